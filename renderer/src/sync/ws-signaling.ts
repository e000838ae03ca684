import type { SignalingChannel } from '@shared/sync/signaling'
import { ValueStore } from '@shared/data/store'

export type SignalingState = 'connecting' | 'open' | 'closed'

/** The parts of the WebSocket API we use (the browser's, or `ws` in Node tests). */
export interface SocketLike {
  readyState: number
  send(data: string): void
  close(): void
  onopen: (() => void) | null
  onclose: (() => void) | null
  onerror: (() => void) | null
  onmessage: ((e: { data: unknown }) => void) | null
}

const BACKOFF = [1000, 2000, 5000, 10_000, 30_000]

/**
 * A client of a y-webrtc-compatible signaling server: subscribes to topics, publishes, and
 * reconnects with backoff. Only HMAC topics and sealed payloads ever reach the server.
 */
export class WsSignaling implements SignalingChannel {
  readonly state = new ValueStore<SignalingState>('connecting')
  private socket: SocketLike | null = null
  private readonly topics = new Map<string, Set<(d: string) => void>>()
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  private ping: ReturnType<typeof setInterval> | null = null
  private stopped = false
  private lastHeard = 0
  private readonly openListeners = new Set<() => void>()

  onOpen(listener: () => void): () => void {
    this.openListeners.add(listener)
    return () => this.openListeners.delete(listener)
  }

  constructor(
    readonly url: string,
    private readonly makeSocket: (url: string) => SocketLike = (u) =>
      new WebSocket(u) as unknown as SocketLike,
  ) {
    this.connect()
  }

  join(topic: string, onMessage: (data: string) => void): () => void {
    let set = this.topics.get(topic)
    if (!set) {
      this.topics.set(topic, (set = new Set()))
      this.send({ type: 'subscribe', topics: [topic] })
    }
    set.add(onMessage)
    return () => {
      set!.delete(onMessage)
      if (set!.size === 0) {
        this.topics.delete(topic)
        this.send({ type: 'unsubscribe', topics: [topic] })
      }
    }
  }

  publish(topic: string, data: string): void {
    this.send({ type: 'publish', topic, data })
  }

  destroy(): void {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    if (this.ping) clearInterval(this.ping)
    this.socket?.close()
    this.state.set('closed')
  }

  /** Publications made while (re)connecting, sent once subscribed (bounded, oldest dropped). */
  private readonly queue: string[] = []

  private send(msg: { type: string; [key: string]: unknown }): void {
    if (this.socket?.readyState === 1) this.socket.send(JSON.stringify(msg))
    else if (msg.type === 'publish') {
      this.queue.push(JSON.stringify(msg))
      if (this.queue.length > 50) this.queue.shift()
    }
  }

  private connect(): void {
    if (this.stopped) return
    this.state.set('connecting')
    let socket: SocketLike
    try {
      socket = this.makeSocket(this.url)
    } catch {
      return this.retry()
    }
    this.socket = socket
    socket.onopen = () => {
      this.attempt = 0
      this.state.set('open')
      if (this.topics.size > 0) this.send({ type: 'subscribe', topics: [...this.topics.keys()] })
      for (const m of this.queue.splice(0)) socket.send(m)
      this.lastHeard = Date.now()
      // A socket that answers nothing for two ping intervals is dead (sleep, Wi-Fi change).
      this.ping = setInterval(() => {
        if (Date.now() - this.lastHeard > 45_000) return socket.close()
        this.send({ type: 'ping' })
      }, 20_000)
      for (const l of [...this.openListeners]) l()
    }
    socket.onmessage = (e) => {
      this.lastHeard = Date.now()
      if (typeof e.data !== 'string' || e.data.length > 256 * 1024) return
      let msg: { type?: unknown; topic?: unknown; data?: unknown }
      try {
        msg = JSON.parse(e.data)
      } catch {
        return
      }
      if (msg.type !== 'publish' || typeof msg.topic !== 'string' || typeof msg.data !== 'string')
        return
      for (const l of this.topics.get(msg.topic) ?? []) l(msg.data)
    }
    socket.onclose = () => {
      if (this.ping) clearInterval(this.ping)
      this.ping = null
      if (this.socket === socket) this.retry()
    }
    socket.onerror = () => socket.close()
  }

  private retry(): void {
    if (this.stopped) return
    this.state.set('closed')
    const delay = BACKOFF[Math.min(this.attempt++, BACKOFF.length - 1)]
    this.timer = setTimeout(() => this.connect(), delay)
  }
}
