import os from 'node:os'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ROOM_PORT } from '../../../electron/main/room/host'
import { RoomController } from '../../../electron/main/room/room'
import { FakeBonjour, LAPTOP, fakeRoomWorld, ipv4 } from '../room/fakes'

let world: ReturnType<typeof fakeRoomWorld>
let room: RoomController

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  world = fakeRoomWorld()
  room = new RoomController(world.deps())
})
afterEach(async () => {
  await room.dispose()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const published = () => world.hosting.map((b) => b.publish.mock.calls[0]![0])

describe('hosting a room', () => {
  it('binds the signaling server to the LAN address only and reports its URL', async () => {
    const status = await room.host()
    expect(world.startSignal.mock.calls).toEqual([[{ host: '192.168.1.23', port: ROOM_PORT }]])
    expect(status).toEqual({
      hosting: true,
      hostUrls: [`ws://192.168.1.23:${ROOM_PORT}`],
      discovered: [],
      problem: null,
    })
    // mDNS joins and sends on the hosted interface only.
    expect(world.hosting.map((b) => b.options)).toEqual([{ interface: '192.168.1.23' }])
  })

  it('hosts on every LAN address, each advertised on its own interface', async () => {
    world.interfaces = { ...LAPTOP, eth0: [ipv4('10.0.0.9', '255.255.0.0')] }
    const status = await room.host()
    expect(world.startSignal.mock.calls.map(([o]) => o.host).sort()).toEqual([
      '10.0.0.9',
      '192.168.1.23',
    ])
    expect(world.startSignal.mock.calls.every(([o]) => o.host !== '0.0.0.0')).toBe(true)
    expect(status.hostUrls).toEqual([
      `ws://10.0.0.9:${ROOM_PORT}`,
      `ws://192.168.1.23:${ROOM_PORT}`,
    ])
    expect(world.hosting.map((b) => b.options.interface).sort()).toEqual([
      '10.0.0.9',
      '192.168.1.23',
    ])
  })

  it('advertises _rhizome._tcp under a fresh random name and host, with TXT v=1 only', async () => {
    await room.host()
    await room.stopHosting()
    await room.host()
    const [first, second] = published()
    for (const options of [first!, second!]) {
      expect(Object.keys(options).sort()).toEqual(
        ['disableIPv6', 'host', 'name', 'port', 'probe', 'protocol', 'txt', 'type'].sort(),
      )
      expect(options).toMatchObject({ type: 'rhizome', protocol: 'tcp', disableIPv6: true })
      expect(options.txt).toEqual({ v: '1' })
      expect(options.name).toMatch(/^[0-9a-f]{16}$/)
      expect(options.host).toMatch(/^[0-9a-f]{16}\.local$/)
      expect(options.host.startsWith(options.name)).toBe(false)
      const text = JSON.stringify(options).toLowerCase()
      for (const secret of [os.hostname(), os.userInfo().username]) {
        if (secret.length >= 3) expect(text).not.toContain(secret.toLowerCase())
      }
    }
    expect(second!.name).not.toBe(first!.name)
    expect(second!.host).not.toBe(first!.host)
  })

  it('announces exactly one A record, the hosted address, and no AAAA or machine name', async () => {
    await room.host()
    const service = world.hosting[0]!.services[0]!
    const records = service.records()
    const options = published()[0]!
    expect(records.filter((r) => r.type === 'AAAA')).toEqual([])
    expect(records.filter((r) => r.type === 'A')).toEqual([
      { name: options.host, type: 'A', ttl: 120, data: '192.168.1.23' },
    ])
    expect(records.find((r) => r.type === 'SRV')?.data).toEqual({
      port: ROOM_PORT,
      target: options.host,
    })
    expect(records.find((r) => r.type === 'TXT')?.data).toEqual([Buffer.from('v=1')])
    expect(JSON.stringify(records)).not.toContain(os.hostname())
  })

  it('stops hosting: goodbye on mDNS, mDNS socket closed, signaling server closed', async () => {
    await room.host()
    const [bonjour] = world.hosting
    const [server] = world.servers
    const status = await room.stopHosting()
    expect(bonjour!.services[0]!.stopSpy).toHaveBeenCalledOnce()
    expect(bonjour!.destroy).toHaveBeenCalledOnce()
    expect(server!.close).toHaveBeenCalledOnce()
    expect(status).toMatchObject({ hosting: false, hostUrls: [], problem: null })
  })

  it('is idempotent: a second host() while hosting starts nothing', async () => {
    await Promise.all([room.host(), room.host()])
    await room.host()
    expect(world.startSignal).toHaveBeenCalledTimes(1)
  })

  it('falls back to any free port when the room port is taken', async () => {
    world.signalFails = (port) =>
      port === ROOM_PORT ? Object.assign(new Error('in use'), { code: 'EADDRINUSE' }) : null
    const status = await room.host()
    expect(status.hostUrls).toEqual(['ws://192.168.1.23:40000'])
  })

  it('reports noNetwork without a LAN address, and binds nothing', async () => {
    world.interfaces = { lo: LAPTOP['lo']!, wg0: LAPTOP['wg0']! }
    const status = await room.host()
    expect(status).toEqual({ hosting: false, hostUrls: [], discovered: [], problem: 'noNetwork' })
    expect(world.startSignal).not.toHaveBeenCalled()
  })

  it('reports hostFailed when the server cannot start or the advertisement throws', async () => {
    world.signalFails = () => Object.assign(new Error('denied'), { code: 'EACCES' })
    expect(await room.host()).toMatchObject({ hosting: false, problem: 'hostFailed' })

    world.signalFails = null
    world.createBonjour.mockImplementationOnce(() => {
      throw new Error('no multicast')
    })
    // The first createBonjour after start is the host's (discovery was created by host() above).
    expect(await room.host()).toMatchObject({ hosting: false, problem: 'hostFailed' })
    expect(world.servers.at(-1)!.close).toHaveBeenCalledOnce()

    expect(await room.host()).toMatchObject({ hosting: true, problem: null })
  })

  it('reports an advertisement that failed while hosting was still starting', async () => {
    world.createBonjour.mockImplementation((options, onError) => {
      const bonjour = new FakeBonjour(options, onError)
      world.bonjours.push(bonjour)
      // The socket's bind error arrives before the signaling server has finished starting.
      bonjour.publish.mockImplementation((o) => {
        onError(Object.assign(new Error('bind'), { code: 'EADDRINUSE' }))
        return new FakeBonjour(options, onError).publish(o)
      })
      return bonjour
    })
    expect(await room.host()).toMatchObject({ hosting: true, problem: 'hostFailed' })
  })

  it('keeps hosting when the advertisement fails later, and says so', async () => {
    await room.host()
    world.hosting[0]!.onError(Object.assign(new Error('bind'), { code: 'EADDRINUSE' }))
    expect(room.status).toMatchObject({ hosting: true, problem: 'hostFailed' })
    expect(await room.stopHosting()).toMatchObject({ hosting: false, problem: null })
  })

  it('stops hosting when the hosted address disappears, then browses the new network', async () => {
    vi.useFakeTimers()
    const changes: unknown[] = []
    room.onChange((s) => changes.push(s))
    await room.host()
    const [server] = world.servers
    const discoveryBefore = world.discovery[0]!

    // Same network a few polls later: nothing happens.
    await vi.advanceTimersByTimeAsync(12_000)
    expect(room.status.hosting).toBe(true)

    world.interfaces = { ...LAPTOP, wlan0: [ipv4('192.168.7.40')] }
    await vi.advanceTimersByTimeAsync(5000)
    expect(server!.close).toHaveBeenCalledOnce()
    expect(world.hosting[0]!.services[0]!.stopSpy).toHaveBeenCalledOnce()
    expect(room.status).toEqual({
      hosting: false,
      hostUrls: [],
      discovered: [],
      problem: 'noNetwork',
    })
    expect(discoveryBefore.destroyed).toBe(true)
    expect(world.discovery.map((b) => b.options.interface)).toEqual(['192.168.7.40'])
    expect(changes.at(-1)).toEqual(room.status)
  })

  it('stops hosting when the network goes away entirely', async () => {
    vi.useFakeTimers()
    await room.host()
    world.interfaces = { lo: LAPTOP['lo']! }
    await vi.advanceTimersByTimeAsync(5000)
    expect(world.servers[0]!.close).toHaveBeenCalledOnce()
    expect(room.status).toMatchObject({ hosting: false, problem: 'noNetwork' })
    expect(world.discovery).toEqual([])
  })

  it('dispose() (app quit) stops hosting and discovery and is bounded', async () => {
    await room.host()
    await room.dispose()
    expect(world.servers[0]!.close).toHaveBeenCalledOnce()
    expect(world.bonjours.every((b) => b.destroyed)).toBe(true)
    // Nothing starts after dispose.
    expect(await room.host()).toMatchObject({ hosting: false })
    expect(world.startSignal).toHaveBeenCalledTimes(1)
  })

  it('dispose() returns even when the server never finishes closing', async () => {
    vi.useFakeTimers()
    await room.host()
    world.servers[0]!.close.mockImplementation(() => new Promise(() => {}))
    const done = room.dispose()
    await vi.advanceTimersByTimeAsync(3000)
    await expect(done).resolves.toBeUndefined()
  })

  it('notifies listeners of changes only, and survives a throwing listener', async () => {
    const seen: boolean[] = []
    room.onChange(() => {
      throw new Error('listener bug')
    })
    const off = room.onChange((s) => seen.push(s.hosting))
    await room.host()
    await room.host()
    await room.stopHosting()
    off()
    await room.host()
    expect(seen).toEqual([true, false])
  })
})
