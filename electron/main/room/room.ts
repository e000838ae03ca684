import type { RoomStatus } from '@shared/platform/bridge'
import type { BonjourFactory } from './bonjour'
import { Discovery, type FoundRoom } from './discovery'
import { RoomHost, type StartSignal } from './host'
import { addressKey, lanAddresses, type LanAddress, type NetworkInterfaces } from './lan'

type Problem = RoomStatus['problem']

export interface RoomDependencies {
  networkInterfaces: () => NetworkInterfaces
  createBonjour: BonjourFactory
  startSignal: StartSignal
  /** Random DNS-SD labels (tests make them predictable). */
  randomLabel?: () => string
  /** Port a room tries first (tests use 0). */
  port?: number
  /** How often the network interfaces are compared, to notice a changed network. */
  pollMs?: number
  /** See Discovery. */
  refreshMs?: number
  /** How long a failed discovery waits before it is tried again. */
  retryMs?: number
  now?: () => number
}

export const POLL_MS = 5000
export const RETRY_MS = 30_000
/** Longest that dispose() waits for goodbyes and for the servers to close. */
const DISPOSE_TIMEOUT_MS = 2500

const codeOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'error'
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort()

const IDLE: RoomStatus = { hosting: false, hostUrls: [], discovered: [], problem: null }

/**
 * Room mode in the main process: hosting (signaling server on the LAN address + DNS-SD
 * advertisement) and discovery of other rooms. It never learns anything about circles: only
 * addresses cross it. Every operation is serialized; no failure of mDNS or of the network
 * throws out of it.
 */
export class RoomController {
  private readonly listeners = new Set<(status: RoomStatus) => void>()
  private queue: Promise<unknown> = Promise.resolve()
  private lans: LanAddress[] = []
  private lanKey = ''
  private hosted: RoomHost | null = null
  private discovery: Discovery | null = null
  private found: FoundRoom[] = []
  private hostProblem: Problem = null
  private discoveryProblem: Problem = null
  private discoveryFailedAt = -Infinity
  private poll: ReturnType<typeof setInterval> | undefined
  private started = false
  private disposed = false
  private lastEmitted = JSON.stringify(IDLE)

  constructor(private readonly deps: RoomDependencies) {}

  /** The current status (a fresh copy). */
  get status(): RoomStatus {
    const own = this.hosted?.endpoints ?? []
    const ownNames = new Set(own.map((e) => e.name))
    const hostUrls = sorted(own.map((e) => e.url))
    const discovered = sorted(
      this.found
        .filter((room) => !ownNames.has(room.name))
        .flatMap((room) => room.urls)
        .filter((url) => !hostUrls.includes(url)),
    )
    return {
      hosting: this.hosted !== null,
      hostUrls,
      discovered,
      problem: this.hostProblem ?? this.discoveryProblem,
    }
  }

  onChange(listener: (status: RoomStatus) => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /**
   * Starts discovery and the network watch (idempotent). Called on the renderer's first room
   * call, so the app touches the local network (and macOS asks for permission) only once the
   * room feature is on screen.
   */
  start(): void {
    if (this.started || this.disposed) return
    this.started = true
    this.poll = setInterval(() => void this.checkNetwork(), this.deps.pollMs ?? POLL_MS)
    this.poll.unref?.()
    void this.enqueue(() => {
      this.readNetwork()
      this.restartDiscovery()
    })
  }

  /** The status once every operation asked for so far has run. */
  settled(): Promise<RoomStatus> {
    return this.enqueue(() => undefined)
  }

  /** Hosts a room on every LAN address (no-op while hosting). */
  host(): Promise<RoomStatus> {
    this.start()
    return this.enqueue(async () => {
      if (this.hosted || this.disposed) return
      const changed = this.readNetwork()
      if (changed) this.restartDiscovery()
      if (this.lans.length === 0) {
        this.hostProblem = 'noNetwork'
        return
      }
      let host: RoomHost | null = null
      try {
        host = await RoomHost.start(this.lans, {
          startSignal: this.deps.startSignal,
          createBonjour: this.deps.createBonjour,
          ...(this.deps.randomLabel ? { randomLabel: this.deps.randomLabel } : {}),
          ...(this.deps.port === undefined ? {} : { port: this.deps.port }),
          onAdvertiseError: (error) => {
            if (host) this.advertiseFailed(host, error)
          },
        })
        if (this.disposed) {
          await host.stop()
          return
        }
        this.hosted = host
        this.hostProblem = host.advertiseFailed ? 'hostFailed' : null
      } catch (error) {
        console.warn(`[room] hosting failed: ${codeOf(error)}`)
        this.hostProblem = 'hostFailed'
      }
    })
  }

  /** Stops hosting: goodbye on mDNS, signaling servers closed. */
  stopHosting(): Promise<RoomStatus> {
    return this.enqueue(async () => {
      await this.stopHost()
      this.hostProblem = null
    })
  }

  /** Stops everything for good (app quit). Bounded in time; never rejects. */
  async dispose(): Promise<void> {
    if (this.disposed) return
    this.disposed = true
    clearInterval(this.poll)
    this.stopDiscovery()
    const done = this.enqueue(() => this.stopHost())
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, DISPOSE_TIMEOUT_MS)
    })
    await Promise.race([done.then(() => undefined), timeout])
    clearTimeout(timer)
    this.listeners.clear()
  }

  /** Compares the LAN addresses with the last poll and reacts to a change. */
  checkNetwork(): Promise<RoomStatus> {
    return this.enqueue(async () => {
      if (this.disposed || !this.started) return
      const changed = this.readNetwork()
      if (changed && this.hosted) {
        const still = new Set(this.lans.map((l) => l.address))
        if (this.hosted.endpoints.some((e) => !still.has(e.address))) {
          await this.stopHost()
          this.hostProblem = 'noNetwork'
        }
      }
      const retry = this.now() - this.discoveryFailedAt >= (this.deps.retryMs ?? RETRY_MS)
      if (changed || (this.discovery === null && this.discoveryProblem !== null && retry)) {
        this.restartDiscovery()
      }
    })
  }

  private now(): number {
    return (this.deps.now ?? Date.now)()
  }

  /** Runs `step` after every earlier step, then emits and returns the status. */
  private enqueue(step: () => void | Promise<void>): Promise<RoomStatus> {
    const run = this.queue.then(step).catch((error: unknown) => {
      console.warn(`[room] ${codeOf(error)}`)
    })
    this.queue = run
    return run.then(() => {
      this.emit()
      return this.status
    })
  }

  private emit(): void {
    const status = this.status
    const key = JSON.stringify(status)
    if (key === this.lastEmitted) return
    this.lastEmitted = key
    for (const listener of this.listeners) {
      try {
        listener(this.status)
      } catch (error) {
        console.warn(`[room] a status listener failed: ${codeOf(error)}`)
      }
    }
  }

  /** Re-reads the LAN addresses; true when they changed. */
  private readNetwork(): boolean {
    let lans: LanAddress[]
    try {
      lans = lanAddresses(this.deps.networkInterfaces())
    } catch {
      lans = []
    }
    const key = addressKey(lans)
    const changed = key !== this.lanKey
    this.lans = lans
    this.lanKey = key
    return changed
  }

  private async stopHost(): Promise<void> {
    const host = this.hosted
    this.hosted = null
    if (host) await host.stop()
  }

  private advertiseFailed(host: RoomHost, error: unknown): void {
    if (this.hosted !== host) return
    console.warn(`[room] advertising failed: ${codeOf(error)}`)
    this.hostProblem = 'hostFailed'
    this.emit()
  }

  private stopDiscovery(): void {
    this.discovery?.stop()
    this.discovery = null
    this.found = []
  }

  private restartDiscovery(): void {
    this.stopDiscovery()
    this.discoveryProblem = null
    if (this.disposed) return
    if (this.lans.length === 0) {
      this.discoveryProblem = 'noNetwork'
      return
    }
    const discovery: Discovery = new Discovery({
      addresses: this.lans,
      createBonjour: this.deps.createBonjour,
      ...(this.deps.refreshMs === undefined ? {} : { refreshMs: this.deps.refreshMs }),
      onChange: (rooms) => {
        if (this.discovery !== discovery) return
        this.found = rooms
        this.emit()
      },
      onError: (error) => {
        if (this.discovery !== discovery) return
        this.discoveryFailed(error)
        this.emit()
      },
    })
    this.discovery = discovery
    try {
      discovery.start()
    } catch (error) {
      this.discoveryFailed(error)
    }
  }

  private discoveryFailed(error: unknown): void {
    console.warn(`[room] discovery failed: ${codeOf(error)}`)
    this.stopDiscovery()
    this.discoveryProblem = 'discoveryFailed'
    this.discoveryFailedAt = this.now()
  }
}
