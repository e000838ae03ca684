/**
 * Fakes for room mode's injected dependencies: os.networkInterfaces, bonjour-service and the
 * signaling server. No socket is opened; tests drive mDNS events by hand.
 */
import { EventEmitter } from 'node:events'
import Bonjour from 'bonjour-service'
import { vi, type Mock } from 'vitest'
import type {
  BonjourLike,
  BonjourOptions,
  BrowserLike,
  FoundService,
  PublishOptions,
  PublishedService,
} from '../../../electron/main/room/bonjour'
import type { NetworkInterfaces } from '../../../electron/main/room/lan'
import type { RoomDependencies } from '../../../electron/main/room/room'

type Entry = NonNullable<NetworkInterfaces[string]>[number]

export const ipv4 = (address: string, netmask = '255.255.255.0', internal = false): Entry => ({
  address,
  netmask,
  family: 'IPv4',
  mac: '02:00:00:00:00:01',
  internal,
  cidr: null,
})

export const ipv6 = (address: string): Entry => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '02:00:00:00:00:01',
  internal: false,
  cidr: null,
  scopeid: 0,
})

/** A laptop on a Wi-Fi LAN, with loopback, Docker and a WireGuard VPN around it. */
export const LAPTOP: NetworkInterfaces = {
  lo: [ipv4('127.0.0.1', '255.0.0.0', true)],
  wlan0: [ipv4('192.168.1.23'), ipv6('fe80::1234:56ff:fe78:9abc')],
  docker0: [ipv4('172.17.0.1', '255.255.0.0')],
  wg0: [ipv4('10.8.0.2')],
}

export class FakeBrowser extends EventEmitter implements BrowserLike {
  stop = vi.fn()
  emitService(event: 'up' | 'down' | 'srv-update' | 'txt-update', service: FoundService): void {
    this.emit(event, service)
  }
}

/** A published service: bonjour-service's real Service class (for its records), fake start/stop. */
export type FakeService = PublishedService & {
  stopSpy: Mock<(callback?: () => void) => void>
}

export class FakeBonjour implements BonjourLike {
  readonly browsers: FakeBrowser[] = []
  readonly services: FakeService[] = []
  destroyed = false

  constructor(
    readonly options: BonjourOptions,
    readonly onError: (error: unknown) => void,
  ) {}

  publish = vi.fn((options: PublishOptions) => {
    const stopSpy = vi.fn((callback?: () => void) => callback?.())
    const service = new Bonjour.Service(options, () => {}, stopSpy) as unknown as FakeService
    service.stopSpy = stopSpy
    this.services.push(service)
    return service
  })

  find = vi.fn((_options: { type: string; protocol: 'tcp' }) => {
    const browser = new FakeBrowser()
    this.browsers.push(browser)
    return browser
  })

  destroy = vi.fn(() => {
    this.destroyed = true
  })
}

export interface FakeServer {
  host: string
  port: number
  close: Mock<() => Promise<void>>
}

/** Everything a RoomController needs, faked, with handles to inspect and drive it. */
export function fakeRoomWorld(interfaces: NetworkInterfaces = LAPTOP) {
  const world = {
    interfaces,
    bonjours: [] as FakeBonjour[],
    servers: [] as FakeServer[],
    /** When set, creating a bonjour instance throws it. */
    bonjourThrows: null as Error | null,
    /** When set, starting a signaling server rejects with it. */
    signalFails: null as ((port: number) => Error | null) | null,
    nextPort: 40_000,
    get discovery(): FakeBonjour[] {
      return world.bonjours.filter((b) => !b.destroyed && b.find.mock.calls.length > 0)
    },
    get hosting(): FakeBonjour[] {
      return world.bonjours.filter((b) => b.publish.mock.calls.length > 0)
    },
    /** The newest browser of the live discovery instance on `address`. */
    browser(address = '192.168.1.23'): FakeBrowser {
      const b = world.discovery.find((d) => d.options.interface === address)
      if (!b) throw new Error(`no discovery on ${address}`)
      return b.browsers.at(-1)!
    },
    startSignal: vi.fn(async ({ host, port }: { host: string; port: number }) => {
      const error = world.signalFails?.(port)
      if (error) throw error
      const server: FakeServer = {
        host,
        port: port === 0 ? world.nextPort++ : port,
        close: vi.fn(() => Promise.resolve()),
      }
      world.servers.push(server)
      return server
    }),
    createBonjour: vi.fn((options: BonjourOptions, onError: (error: unknown) => void) => {
      if (world.bonjourThrows) throw world.bonjourThrows
      const bonjour = new FakeBonjour(options, onError)
      world.bonjours.push(bonjour)
      return bonjour
    }),
    deps(extra: Partial<RoomDependencies> = {}): RoomDependencies {
      return {
        networkInterfaces: () => world.interfaces,
        createBonjour: world.createBonjour,
        startSignal: world.startSignal,
        ...extra,
      }
    },
  }
  return world
}

/** A room another laptop advertises, as bonjour-service's browser reports it. */
export const otherRoom = (overrides: Partial<Record<keyof FoundService, unknown>> = {}) =>
  ({
    name: 'a1b2c3d4e5f60718',
    fqdn: 'a1b2c3d4e5f60718._rhizome._tcp.local',
    host: '0f1e2d3c4b5a6978.local',
    port: 4444,
    addresses: ['192.168.1.50'],
    txt: { v: '1' },
    referer: { address: '192.168.1.50', family: 'IPv4', port: 5353, size: 200 },
    ...overrides,
  }) as FoundService
