import {
  ROOM_TXT,
  SERVICE_PROTOCOL,
  SERVICE_TYPE,
  type BonjourFactory,
  type BonjourLike,
  type BrowserEvent,
  type BrowserLike,
  type FoundService,
} from './bonjour'
import { inSubnet, isLanIPv4, type LanAddress } from './lan'

/** A room found on the network: its DNS-SD instance name and where to reach it. */
export interface FoundRoom {
  name: string
  urls: string[]
}

export interface DiscoveryOptions {
  /** The LAN addresses to browse on (one mDNS socket joined on each). */
  addresses: readonly LanAddress[]
  createBonjour: BonjourFactory
  onChange: (rooms: FoundRoom[]) => void
  /** An mDNS socket failed; the owner stops this discovery and may start another later. */
  onError: (error: unknown) => void
  /** A new query every this often; a room that answered none of the last two is dropped. */
  refreshMs?: number
}

export const REFRESH_MS = 20_000
/** Bounds on what the network can make us remember. */
export const MAX_ROOMS = 32
const MAX_URLS_PER_ROOM = 4
const MAX_NAME_LENGTH = 63

const isString = (v: unknown): v is string => typeof v === 'string'

/**
 * The ws:// URLs of a found service, or [] when it is not a usable room. Everything here comes
 * from the network, so only a version-1 room on a valid port, at IPv4 addresses on one of our
 * own LAN subnets, is accepted: a device on the LAN cannot point us at the internet, at
 * loopback or at another subnet.
 */
export function roomUrls(service: FoundService, lans: readonly LanAddress[]): string[] {
  const { port, txt } = service
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) return []
  if (typeof txt !== 'object' || txt === null) return []
  const version = Object.hasOwn(txt, 'v') ? (txt as Record<string, unknown>)['v'] : undefined
  if (version !== ROOM_TXT['v']) return []
  const advertised = Array.isArray(service.addresses) ? service.addresses.filter(isString) : []
  const referer = service.referer?.address
  const candidates = advertised.length > 0 ? advertised : isString(referer) ? [referer] : []
  const usable = candidates.filter((a) => isLanIPv4(a) && lans.some((lan) => inSubnet(a, lan)))
  return [...new Set(usable)].slice(0, MAX_URLS_PER_ROOM).map((a) => `ws://${a}:${port}`)
}

const keyOf = (service: FoundService): string | null => {
  const key = isString(service.fqdn) ? service.fqdn : isString(service.name) ? service.name : null
  return key === null ? null : key.toLowerCase()
}

interface Entry {
  name: string
  urls: string[]
  /** The refresh round in which the room last answered. */
  seen: number
}

/**
 * Browses `_rhizome._tcp` on every LAN address. bonjour-service's browser reports a service
 * once and keeps it for the PTR TTL (8 hours), so liveness is ours: every `refreshMs` a fresh
 * browser asks again; a room that answered neither of the last two rounds is dropped, and a
 * goodbye (TTL 0) drops it at once.
 */
export class Discovery {
  private instances: BonjourLike[] = []
  private browsers: BrowserLike[] = []
  private readonly entries = new Map<string, Entry>()
  private round = 0
  private timer: ReturnType<typeof setInterval> | undefined
  private stopped = false
  private lastKey = ''

  constructor(private readonly options: DiscoveryOptions) {}

  /** Opens the sockets and sends the first query. Throws (having cleaned up) if it cannot. */
  start(): void {
    try {
      for (const lan of this.options.addresses) {
        this.instances.push(
          this.options.createBonjour({ interface: lan.address }, (error) => this.fail(error)),
        )
      }
      this.refresh()
    } catch (error) {
      this.stop()
      throw error
    }
    const refreshMs = this.options.refreshMs ?? REFRESH_MS
    this.timer = setInterval(() => {
      try {
        this.refresh()
      } catch (error) {
        this.fail(error)
      }
    }, refreshMs)
    this.timer.unref?.()
  }

  get rooms(): FoundRoom[] {
    return [...this.entries.values()]
      .map(({ name, urls }) => ({ name, urls: [...urls] }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  stop(): void {
    if (this.stopped) return
    this.stopped = true
    clearInterval(this.timer)
    for (const browser of this.browsers) {
      try {
        browser.stop()
      } catch {
        // Already stopped.
      }
    }
    for (const instance of this.instances) {
      try {
        instance.destroy()
      } catch {
        // Already destroyed.
      }
    }
    this.browsers = []
    this.instances = []
    this.entries.clear()
  }

  private fail(error: unknown): void {
    if (this.stopped) return
    try {
      this.options.onError(error)
    } catch {
      // The owner's handler must not take discovery down with it.
    }
  }

  private refresh(): void {
    if (this.stopped) return
    this.round++
    for (const [key, entry] of this.entries) {
      if (entry.seen < this.round - 2) this.entries.delete(key)
    }
    for (const browser of this.browsers) browser.stop()
    this.browsers = this.instances.map((instance) => {
      const browser = instance.find({ type: SERVICE_TYPE, protocol: SERVICE_PROTOCOL })
      const seen = (service: FoundService) => this.guard(() => this.seen(service))
      for (const event of ['up', 'srv-update', 'txt-update'] as BrowserEvent[]) {
        browser.on(event, seen)
      }
      browser.on('down', (service) => this.guard(() => this.gone(service)))
      return browser
    })
    this.changed()
  }

  private guard(fn: () => void): void {
    if (this.stopped) return
    try {
      fn()
    } catch {
      // A service we cannot read is ignored like a malformed packet.
    }
  }

  private seen(service: FoundService): void {
    const key = keyOf(service)
    if (key === null) return
    const urls = roomUrls(service, this.options.addresses)
    const name = isString(service.name) ? service.name.slice(0, MAX_NAME_LENGTH) : ''
    if (urls.length === 0 || name === '') {
      this.entries.delete(key)
    } else if (this.entries.has(key) || this.entries.size < MAX_ROOMS) {
      this.entries.set(key, { name, urls, seen: this.round })
    }
    this.changed()
  }

  private gone(service: FoundService): void {
    const key = keyOf(service)
    if (key !== null) this.entries.delete(key)
    this.changed()
  }

  private changed(): void {
    const rooms = this.rooms
    const key = JSON.stringify(rooms)
    if (key === this.lastKey) return
    this.lastKey = key
    this.options.onChange(rooms)
  }
}
