import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RoomStatus } from '@shared/platform/bridge'
import { MAX_ROOMS, roomUrls } from '../../../electron/main/room/discovery'
import { ROOM_PORT } from '../../../electron/main/room/host'
import { lanAddresses } from '../../../electron/main/room/lan'
import { RoomController } from '../../../electron/main/room/room'
import { LAPTOP, fakeRoomWorld, otherRoom } from '../room/fakes'

let world: ReturnType<typeof fakeRoomWorld>
let room: RoomController
let changes: RoomStatus[]

beforeEach(async () => {
  vi.useFakeTimers()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  world = fakeRoomWorld()
  room = new RoomController(world.deps())
  changes = []
  room.onChange((s) => changes.push(s))
  room.start()
  await room.settled()
})
afterEach(async () => {
  await room.dispose()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const LAN = lanAddresses(LAPTOP)

describe('discovering rooms', () => {
  it('browses _rhizome._tcp on the LAN interface once started', () => {
    expect(world.discovery.map((b) => b.options)).toEqual([{ interface: '192.168.1.23' }])
    expect(world.discovery[0]!.find.mock.calls).toEqual([[{ type: 'rhizome', protocol: 'tcp' }]])
    expect(room.status).toEqual({ hosting: false, hostUrls: [], discovered: [], problem: null })
  })

  it('adds a found room, removes it on goodbye, and tells every listener', () => {
    world.browser().emitService('up', otherRoom())
    expect(room.status.discovered).toEqual(['ws://192.168.1.50:4444'])
    expect(changes.at(-1)!.discovered).toEqual(['ws://192.168.1.50:4444'])
    world.browser().emitService('down', otherRoom())
    expect(room.status.discovered).toEqual([])
    expect(changes.map((s) => s.discovered.length)).toEqual([1, 0])
  })

  it('follows a room that moves to another port', () => {
    world.browser().emitService('up', otherRoom())
    world.browser().emitService('srv-update', otherRoom({ port: 5000 }))
    expect(room.status.discovered).toEqual(['ws://192.168.1.50:5000'])
  })

  it('drops a room that stops answering (TTL expiry), keeps one that answers', async () => {
    world.browser().emitService('up', otherRoom())
    world
      .browser()
      .emitService(
        'up',
        otherRoom({ name: 'ffff', fqdn: 'ffff._rhizome._tcp.local', addresses: ['192.168.1.51'] }),
      )
    // Each refresh sends a new query with a new browser; only "ffff" answers.
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(20_000)
      world.browser().emitService(
        'up',
        otherRoom({
          name: 'ffff',
          fqdn: 'ffff._rhizome._tcp.local',
          addresses: ['192.168.1.51'],
        }),
      )
    }
    expect(room.status.discovered).toEqual(['ws://192.168.1.51:4444'])
    expect(
      world.discovery[0]!.browsers.slice(0, -1).every((b) => b.stop.mock.calls.length === 1),
    ).toBe(true)
  })

  it('ignores its own room (by instance name and by URL)', async () => {
    await room.host()
    const own = world.hosting[0]!.publish.mock.calls[0]![0]
    world.browser().emitService(
      'up',
      otherRoom({
        name: own.name,
        fqdn: `${own.name}._rhizome._tcp.local`,
        addresses: ['192.168.1.23'],
        port: ROOM_PORT,
      }),
    )
    world.browser().emitService(
      'up',
      otherRoom({
        name: 'imposter',
        fqdn: 'imposter._rhizome._tcp.local',
        addresses: ['192.168.1.23'],
        port: ROOM_PORT,
      }),
    )
    world.browser().emitService('up', otherRoom())
    expect(room.status).toEqual({
      hosting: true,
      hostUrls: [`ws://192.168.1.23:${ROOM_PORT}`],
      discovered: ['ws://192.168.1.50:4444'],
      problem: null,
    })
  })

  it('accepts only version-1 rooms on a valid port at an address on our own subnet', () => {
    const rejected = [
      otherRoom({ txt: { v: '2' } }),
      otherRoom({ txt: {} }),
      otherRoom({ txt: undefined }),
      otherRoom({ txt: 'v=1' }),
      otherRoom({ port: 0 }),
      otherRoom({ port: 70_000 }),
      otherRoom({ port: '4444' }),
      otherRoom({ port: 4444.5 }),
      otherRoom({ addresses: ['8.8.8.8'] }),
      otherRoom({ addresses: ['127.0.0.1'] }),
      otherRoom({ addresses: ['192.168.2.50'] }),
      otherRoom({ addresses: ['10.8.0.1'] }),
      otherRoom({ addresses: ['fe80::1'] }),
      otherRoom({ addresses: ['192.168.1.50:80/x'] }),
      otherRoom({ addresses: [], referer: { address: '8.8.8.8' } }),
      otherRoom({ addresses: 'nope', referer: undefined }),
    ]
    for (const service of rejected) {
      expect(roomUrls(service, LAN), JSON.stringify(service)).toEqual([])
    }
    expect(
      roomUrls(otherRoom({ addresses: [], referer: { address: '192.168.1.60' } }), LAN),
    ).toEqual(['ws://192.168.1.60:4444'])
    expect(
      roomUrls(
        otherRoom({ addresses: ['192.168.1.50', 'fe80::1', '192.168.1.50', '192.168.1.52'] }),
        LAN,
      ),
    ).toEqual(['ws://192.168.1.50:4444', 'ws://192.168.1.52:4444'])
  })

  it('forgets a room that turns invalid, and shrugs off services it cannot read', () => {
    world.browser().emitService('up', otherRoom())
    world.browser().emitService('txt-update', otherRoom({ txt: { v: '9' } }))
    expect(room.status.discovered).toEqual([])
    const hostile = {
      get name(): string {
        throw new Error('getter bomb')
      },
    }
    expect(() => world.browser().emitService('up', hostile as never)).not.toThrow()
    expect(() => world.browser().emitService('down', {} as never)).not.toThrow()
    expect(room.status.problem).toBeNull()
  })

  it('remembers at most MAX_ROOMS rooms', () => {
    for (let i = 0; i < MAX_ROOMS + 10; i++) {
      world
        .browser()
        .emitService(
          'up',
          otherRoom({ name: `r${i}`, fqdn: `r${i}._rhizome._tcp.local`, port: 1000 + i }),
        )
    }
    expect(room.status.discovered).toHaveLength(MAX_ROOMS)
  })
})

describe('discovery failures never crash the main process', () => {
  it('a bonjour that throws on creation: problem discoveryFailed, then retried', async () => {
    await room.dispose()
    world = fakeRoomWorld()
    world.bonjourThrows = Object.assign(new Error('bind EADDRINUSE 0.0.0.0:5353'), {
      code: 'EADDRINUSE',
    })
    room = new RoomController(world.deps())
    room.start()
    expect(await room.settled()).toEqual({
      hosting: false,
      hostUrls: [],
      discovered: [],
      problem: 'discoveryFailed',
    })
    // Hosting needs mDNS too: it fails cleanly, and the server it had started is closed.
    expect(await room.host()).toMatchObject({ hosting: false, problem: 'hostFailed' })
    expect(world.servers[0]!.close).toHaveBeenCalledOnce()
    await room.stopHosting()

    world.bonjourThrows = null
    await vi.advanceTimersByTimeAsync(25_000)
    expect(room.status.problem).toBe('discoveryFailed')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(room.status.problem).toBeNull()
    expect(world.discovery).toHaveLength(1)
  })

  it('an mDNS socket error later: discovery stops, problem discoveryFailed, hosting unaffected', async () => {
    await room.host()
    world.browser().emitService('up', otherRoom())
    const discovery = world.discovery[0]!
    discovery.onError(Object.assign(new Error('send ENETUNREACH'), { code: 'ENETUNREACH' }))
    expect(discovery.destroyed).toBe(true)
    expect(room.status).toMatchObject({ hosting: true, discovered: [], problem: 'discoveryFailed' })
    // Late events of the failed discovery are ignored.
    discovery.browsers.at(-1)!.emitService('up', otherRoom())
    discovery.onError(new Error('again'))
    expect(room.status.discovered).toEqual([])
  })

  it('a find() that throws during a refresh is a discovery failure, not a crash', async () => {
    world.discovery[0]!.find.mockImplementation(() => {
      throw new Error('socket closed')
    })
    await vi.advanceTimersByTimeAsync(20_000)
    expect(room.status.problem).toBe('discoveryFailed')
  })

  it('without a LAN, discovery reports noNetwork and resumes when the network returns', async () => {
    world.interfaces = { lo: LAPTOP['lo']! }
    await vi.advanceTimersByTimeAsync(5000)
    expect(room.status.problem).toBe('noNetwork')
    expect(world.discovery).toEqual([])
    world.interfaces = LAPTOP
    await vi.advanceTimersByTimeAsync(5000)
    expect(room.status.problem).toBeNull()
    expect(world.discovery).toHaveLength(1)
  })
})
