import { fromBase64, toBase64 } from '../crypto/bytes'
import { open, seal } from '../crypto/seal'
import { newId } from '../util/id'
import type { CircleKeys } from './circle-keys'
import { PeerSession } from './peer-session'
import type { Replicator } from './replicator'
import type { Connector, Handshake, SignalingChannel } from './signaling'

const SIGNAL = 'rhizome:signal:v1'
export const ANNOUNCE_MS = 15_000
export const HANDSHAKE_TIMEOUT_MS = 20_000
const ID = /^[A-Za-z0-9_-]{8,64}$/

type Msg =
  | { t: 'hello'; from: string; n: string }
  | { t: 'signal'; from: string; to: string; n: string; s: unknown }

function readMsg(v: unknown): Msg | null {
  if (typeof v !== 'object' || v === null) return null
  const m = v as Record<string, unknown>
  if (typeof m.from !== 'string' || !ID.test(m.from) || typeof m.n !== 'string') return null
  if (m.t === 'hello') return { t: 'hello', from: m.from, n: m.n }
  if (m.t === 'signal' && typeof m.to === 'string')
    return { t: 'signal', from: m.from, to: m.to, n: m.n, s: m.s }
  return null
}

/**
 * Finds the circle's other members through signaling and keeps one link to each. Signaling
 * payloads are sealed with the circle's signal key and published on the HMAC topic; the peer
 * with the smaller id makes the offer, so two peers never race to connect to each other.
 */
export class CircleMesh {
  readonly selfId = newId()
  private readonly handshakes = new Map<
    string,
    { h: Handshake; timer: ReturnType<typeof setTimeout> }
  >()
  private readonly sessions = new Map<string, PeerSession>()
  private readonly seen = new Set<string>()
  private readonly lastHelloReply = new Map<string, number>()
  private readonly leave = new Map<SignalingChannel, () => void>()
  private started = false
  private announceTimer: ReturnType<typeof setInterval> | null = null
  /** Signaling messages that did not open or validate (hostile or foreign). */
  droppedSignals = 0

  private readonly signaling: SignalingChannel[]

  constructor(
    private readonly keys: CircleKeys,
    signaling: readonly SignalingChannel[],
    private readonly connector: Connector,
    private readonly replicator: Replicator,
  ) {
    this.signaling = [...signaling]
  }

  start(): void {
    this.started = true
    for (const s of this.signaling) this.joinChannel(s)
    void this.announce()
    this.announceTimer = setInterval(() => void this.announce(), ANNOUNCE_MS)
  }

  /** Uses one more signaling channel (a room discovered on the local network). */
  addSignaling(channel: SignalingChannel): void {
    if (this.signaling.includes(channel)) return
    this.signaling.push(channel)
    if (this.started) {
      this.joinChannel(channel)
      void this.announce()
    }
  }

  removeSignaling(channel: SignalingChannel): void {
    const i = this.signaling.indexOf(channel)
    if (i >= 0) this.signaling.splice(i, 1)
    this.leave.get(channel)?.()
    this.leave.delete(channel)
  }

  private joinChannel(channel: SignalingChannel): void {
    this.leave.set(
      channel,
      channel.join(this.keys.topic, (data) => void this.onSignal(data)),
    )
  }

  stop(): void {
    this.started = false
    if (this.announceTimer) clearInterval(this.announceTimer)
    for (const l of this.leave.values()) l()
    this.leave.clear()
    for (const { h, timer } of this.handshakes.values()) {
      clearTimeout(timer)
      h.close()
    }
    this.handshakes.clear()
    for (const s of this.sessions.values()) s.close()
    this.sessions.clear()
  }

  get connectedPeers(): number {
    return this.sessions.size
  }

  private async publish(msg: Record<string, unknown>): Promise<void> {
    const sealed = await seal(
      this.keys.signalKey,
      new TextEncoder().encode(JSON.stringify({ ...msg, n: newId() })),
      SIGNAL,
    )
    const data = toBase64(sealed)
    for (const s of this.signaling) s.publish(this.keys.topic, data)
  }

  private announce(): Promise<void> {
    return this.publish({ t: 'hello', from: this.selfId })
  }

  private async onSignal(data: string): Promise<void> {
    let msg: Msg | null
    try {
      msg = readMsg(
        JSON.parse(
          new TextDecoder().decode(await open(this.keys.signalKey, fromBase64(data), SIGNAL)),
        ),
      )
    } catch {
      msg = null
    }
    if (!msg) {
      this.droppedSignals++
      return
    }
    if (msg.from === this.selfId || this.seen.has(msg.n)) return
    this.seen.add(msg.n)
    if (this.seen.size > 2000) this.seen.clear()
    if (msg.t === 'hello') return this.onHello(msg.from)
    if (msg.to !== this.selfId) return
    let entry = this.handshakes.get(msg.from)
    if (!entry && !this.sessions.has(msg.from)) entry = this.begin(msg.from, false)
    entry?.h.handle(msg.s)
  }

  private onHello(from: string): void {
    if (this.sessions.has(from) || this.handshakes.has(from)) return
    if (this.selfId < from) {
      this.begin(from, true)
      return
    }
    // The other peer makes the offer; make sure it knows we are here (at most every 2 s).
    const last = this.lastHelloReply.get(from) ?? 0
    if (Date.now() - last > 2000) {
      this.lastHelloReply.set(from, Date.now())
      void this.announce()
    }
  }

  private begin(remote: string, initiator: boolean) {
    const h = this.connector.create(
      remote,
      initiator,
      (s) => void this.publish({ t: 'signal', from: this.selfId, to: remote, s }),
    )
    const timer = setTimeout(() => this.forget(remote, h), HANDSHAKE_TIMEOUT_MS)
    const entry = { h, timer }
    this.handshakes.set(remote, entry)
    h.link.then(
      (link) => {
        clearTimeout(timer)
        if (this.handshakes.get(remote)?.h !== h) return link.close()
        this.handshakes.delete(remote)
        const session = new PeerSession(remote, link, this.keys.wireKey, (f, from) =>
          this.replicator.receive(f, from),
        )
        this.sessions.set(remote, session)
        session.onClose(() => {
          if (this.sessions.get(remote) === session) this.sessions.delete(remote)
          // The other side may come back at once (a restart): let it find us now.
          if (this.started) void this.announce()
        })
        this.replicator.attach(session)
      },
      () => this.forget(remote, h),
    )
    return entry
  }

  private forget(remote: string, h: Handshake): void {
    const entry = this.handshakes.get(remote)
    if (entry?.h !== h) return
    clearTimeout(entry.timer)
    this.handshakes.delete(remote)
    h.close()
  }
}
