import { randomBytes } from 'node:crypto'
import {
  ROOM_TXT,
  SERVICE_PROTOCOL,
  SERVICE_TYPE,
  type BonjourFactory,
  type BonjourLike,
  type PublishedService,
  type ServiceRecord,
} from './bonjour'
import type { LanAddress } from './lan'

/** The part of signal/server.ts's SignalServer that hosting uses. */
export interface SignalServerLike {
  port: number
  close(): Promise<void>
}
export type StartSignal = (options: { host: string; port: number }) => Promise<SignalServerLike>

/** The port a room tries first, so an address typed by hand stays the same; else any free one. */
export const ROOM_PORT = 4444
/** How long stopping waits for the goodbye packets before it closes the socket anyway. */
const GOODBYE_TIMEOUT_MS = 1000
/** TTL of the A record, as bonjour-service sets it. */
const A_TTL = 120

/** 64 random bits as hex: instance names and host names say nothing about the laptop. */
export const randomLabel = (): string => randomBytes(8).toString('hex')

export interface HostDependencies {
  startSignal: StartSignal
  createBonjour: BonjourFactory
  randomLabel?: () => string
  port?: number
  /** An advertisement failed after it started (the signaling server goes on working). */
  onAdvertiseError: (error: unknown) => void
}

/** One hosted address: a signaling server bound to it and its DNS-SD advertisement. */
export interface HostEndpoint {
  address: string
  url: string
  /** The random DNS-SD instance name, so discovery can recognise this host's own room. */
  name: string
}

interface Running extends HostEndpoint {
  server: SignalServerLike
  bonjour: BonjourLike
  service: PublishedService
}

const errorCode = (error: unknown): string | undefined =>
  (error as { code?: unknown } | null)?.code === undefined
    ? undefined
    : String((error as { code: unknown }).code)

async function listen(
  startSignal: StartSignal,
  address: string,
  port: number,
): Promise<SignalServerLike> {
  try {
    return await startSignal({ host: address, port })
  } catch (error) {
    if (port === 0 || errorCode(error) !== 'EADDRINUSE') throw error
    return startSignal({ host: address, port: 0 })
  }
}

/**
 * bonjour-service announces an A (and AAAA) record for every address of every interface of the
 * machine, VPNs and containers included. A room announces exactly one: the hosted address,
 * under the random host name. Replaced right after publish(), before its probe (which waits at
 * least one timer tick) lets it announce; teardown (goodbye) uses the same records.
 */
export function narrowRecords(service: PublishedService, host: string, address: string): void {
  const all = service.records.bind(service)
  service.records = (): ServiceRecord[] => [
    ...all().filter((record) => record.type !== 'A' && record.type !== 'AAAA'),
    { name: host, type: 'A', ttl: A_TTL, data: address },
  ]
}

function unpublish(service: PublishedService): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, GOODBYE_TIMEOUT_MS)
    try {
      if (!service.stop) throw new Error('no stop')
      service.stop(() => {
        clearTimeout(timer)
        resolve()
      })
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

async function stopEndpoint(endpoint: Running): Promise<void> {
  await unpublish(endpoint.service)
  try {
    endpoint.bonjour.destroy()
  } catch {
    // Already gone.
  }
  await endpoint.server.close().catch(() => undefined)
}

async function startEndpoint(lan: LanAddress, deps: HostDependencies): Promise<Running> {
  const server = await listen(deps.startSignal, lan.address, deps.port ?? ROOM_PORT)
  const label = deps.randomLabel ?? randomLabel
  const name = label()
  const host = `${label()}.local`
  let bonjour: BonjourLike | undefined
  try {
    bonjour = deps.createBonjour({ interface: lan.address }, deps.onAdvertiseError)
    const service = bonjour.publish({
      name,
      type: SERVICE_TYPE,
      protocol: SERVICE_PROTOCOL,
      port: server.port,
      host,
      txt: { ...ROOM_TXT },
      disableIPv6: true,
      probe: true,
    })
    narrowRecords(service, host, lan.address)
    return {
      address: lan.address,
      url: `ws://${lan.address}:${server.port}`,
      name,
      server,
      bonjour,
      service,
    }
  } catch (error) {
    try {
      bonjour?.destroy()
    } catch {
      // Nothing more to release.
    }
    await server.close().catch(() => undefined)
    throw error
  }
}

/**
 * A hosted room: one signaling server per LAN address (bound to that address only, never
 * 0.0.0.0), each advertised as `_rhizome._tcp` under a fresh random name.
 */
export class RoomHost {
  private stopping: Promise<void> | undefined

  private constructor(
    private readonly running: Running[],
    private readonly failures: { advertise: boolean },
  ) {}

  /** Starts on every address that works; throws when none does. */
  static async start(addresses: readonly LanAddress[], deps: HostDependencies): Promise<RoomHost> {
    // An mDNS socket error may come before start() resolves: remember it for the caller.
    const failures = { advertise: false }
    const onAdvertiseError = (error: unknown): void => {
      failures.advertise = true
      deps.onAdvertiseError(error)
    }
    const results = await Promise.allSettled(
      addresses.map((lan) => startEndpoint(lan, { ...deps, onAdvertiseError })),
    )
    const running = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []))
    if (running.length === 0) {
      throw failed[0] ?? new Error('no address to host on')
    }
    for (const error of failed) {
      console.warn(`[room] could not host on one address: ${errorCode(error) ?? 'error'}`)
    }
    return new RoomHost(running, failures)
  }

  /** An advertisement failed after it started (the servers still run). */
  get advertiseFailed(): boolean {
    return this.failures.advertise
  }

  get endpoints(): HostEndpoint[] {
    return this.running.map(({ address, url, name }) => ({ address, url, name }))
  }

  /** Says goodbye on mDNS, then closes every signaling server. Never rejects. */
  stop(): Promise<void> {
    this.stopping ??= Promise.all(this.running.map(stopEndpoint)).then(() => undefined)
    return this.stopping
  }
}
