import type { EventEmitter } from 'node:events'
import Bonjour from 'bonjour-service'

/** DNS-SD service type of a room: `_rhizome._tcp`. */
export const SERVICE_TYPE = 'rhizome'
export const SERVICE_PROTOCOL = 'tcp'
/** The only TXT record a room carries: the version of this advertisement. */
export const ROOM_TXT: Readonly<Record<string, string>> = Object.freeze({ v: '1' })

/** What host.ts passes to `publish` (the subset of bonjour-service's ServiceConfig we use). */
export interface PublishOptions {
  name: string
  type: string
  protocol: 'tcp'
  port: number
  /** SRV target and A record name: a random `<hex>.local`, never the computer's name. */
  host: string
  txt: Record<string, string>
  disableIPv6: boolean
  probe: boolean
}

/** One DNS resource record as bonjour-service builds it. */
export interface ServiceRecord {
  name: string
  type: string
  ttl: number
  data: unknown
}

export interface PublishedService {
  /** The records announced and answered for this service (host.ts narrows them). */
  records(): ServiceRecord[]
  /** Sends goodbye packets (TTL 0), then calls back. */
  stop?: (callback?: () => void) => void
}

/** A service as a browser reports it. Everything in it came from the network: untrusted. */
export interface FoundService {
  name?: unknown
  fqdn?: unknown
  port?: unknown
  addresses?: unknown
  txt?: unknown
  referer?: { address?: unknown } | undefined
}

export type BrowserEvent = 'up' | 'down' | 'srv-update' | 'txt-update'

export interface BrowserLike {
  on(event: BrowserEvent, listener: (service: FoundService) => void): unknown
  stop(): void
}

/** The part of a bonjour-service instance that room mode uses. */
export interface BonjourLike {
  publish(options: PublishOptions): PublishedService
  find(options: { type: string; protocol: 'tcp' }): BrowserLike
  destroy(callback?: () => void): void
}

export interface BonjourOptions {
  /** The IPv4 address of the interface to send multicast on and to join the group on. */
  interface: string
  /** multicast-dns options for tests only (a unicast loopback responder). */
  port?: number
  ip?: string
  bind?: string
  multicast?: boolean
}

/**
 * Creates one mDNS responder/browser. `onError` receives every error that would otherwise be
 * thrown: the socket cannot bind (EADDRINUSE, EACCES), a response cannot be sent, or a packet
 * from the network makes bonjour-service's own handlers throw. It must never throw itself.
 */
export type BonjourFactory = (
  options: BonjourOptions,
  onError: (error: unknown) => void,
) => BonjourLike

interface MdnsInternals {
  server?: { mdns?: EventEmitter }
}

/**
 * The real factory, over bonjour-service. Two of its failure paths would crash the main process,
 * so they are closed here:
 * - multicast-dns emits 'error' (EADDRINUSE, EACCES on port 5353) on an emitter that
 *   bonjour-service never listens to: an unhandled 'error' event throws;
 * - bonjour-service's default error callback throws, and exceptions in its packet handlers
 *   (run from the socket's 'message' event) would be uncaught.
 * Binds 0.0.0.0:5353 (a socket bound to one unicast address does not receive multicast) and
 * joins and sends on the one given interface, so a VPN's default route cannot swallow it.
 */
export const createBonjour: BonjourFactory = (options, onError) => {
  const report = (error: unknown): void => {
    try {
      onError(error)
    } catch {
      // onError must not throw; if it does, the error stops here.
    }
  }
  const mdnsOptions = {
    interface: options.interface,
    bind: options.bind ?? '0.0.0.0',
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.ip === undefined ? {} : { ip: options.ip }),
    ...(options.multicast === undefined ? {} : { multicast: options.multicast }),
  }
  const bonjour = new Bonjour(mdnsOptions as ConstructorParameters<typeof Bonjour>[0], report)
  const mdns = (bonjour as unknown as MdnsInternals).server?.mdns
  if (!mdns || typeof mdns.on !== 'function' || typeof mdns.emit !== 'function') {
    bonjour.destroy()
    throw new Error('bonjour-service internals changed: cannot guard its errors')
  }
  mdns.on('error', report)
  // Exceptions thrown by bonjour-service's listeners (a malformed packet) stop here.
  const emit = mdns.emit.bind(mdns)
  mdns.emit = (event: string | symbol, ...args: unknown[]): boolean => {
    try {
      return emit(event, ...args)
    } catch {
      // A packet bonjour-service could not handle: ignored like any other malformed packet.
      return true
    }
  }
  return bonjour as unknown as BonjourLike
}
