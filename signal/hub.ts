import type { WebSocket } from 'ws'
import { encodePublish, isTopic } from './protocol'
import type { Counters } from './stats'

/** What the hub knows of one connection. */
export interface Peer {
  readonly ws: WebSocket
  /** The topics this connection is subscribed to. */
  readonly topics: Set<string>
}

export interface HubLimits {
  maxTopicsPerConnection: number
  maxTopicLength: number
  maxBufferedBytes: number
}

/**
 * Topic → subscribers. A topic exists only while it has a subscriber: the entry is deleted
 * with its last one, so memory is bounded by connections × maxTopicsPerConnection.
 */
export class Hub {
  private readonly subscribers = new Map<string, Set<Peer>>()

  constructor(
    private readonly limits: HubLimits,
    private readonly counters: Counters,
  ) {}

  get topicCount(): number {
    return this.subscribers.size
  }

  subscribe(peer: Peer, topics: unknown[]): void {
    let invalid = false
    let overLimit = false
    for (const topic of topics) {
      if (!isTopic(topic, this.limits.maxTopicLength)) {
        invalid = true
        continue
      }
      if (peer.topics.has(topic)) continue
      if (peer.topics.size >= this.limits.maxTopicsPerConnection) {
        overLimit = true
        continue
      }
      peer.topics.add(topic)
      let set = this.subscribers.get(topic)
      if (!set) this.subscribers.set(topic, (set = new Set()))
      set.add(peer)
    }
    if (invalid) this.counters.dropped.topic++
    if (overLimit) this.counters.dropped.topicLimit++
  }

  unsubscribe(peer: Peer, topics: unknown[]): void {
    for (const topic of topics) {
      if (typeof topic === 'string' && peer.topics.delete(topic)) this.leave(peer, topic)
    }
  }

  /** Forgets a closed connection. */
  remove(peer: Peer): void {
    for (const topic of peer.topics) this.leave(peer, topic)
    peer.topics.clear()
  }

  /**
   * Sends a publish to every subscriber of its topic, the sender included if subscribed.
   * False when the message cannot be re-encoded (it is then dropped).
   */
  publish(topic: string, message: Record<string, unknown>): boolean {
    const receivers = this.subscribers.get(topic)
    const data = receivers ? encodePublish(message, receivers.size) : ''
    if (data === null) return false
    this.counters.published++
    if (!receivers) return true
    for (const receiver of receivers) {
      const ws = receiver.ws
      if (ws.readyState !== ws.OPEN) continue
      if (ws.bufferedAmount > this.limits.maxBufferedBytes) {
        this.counters.dropped.backpressure++
        continue
      }
      ws.send(data)
      this.counters.forwarded++
    }
    return true
  }

  private leave(peer: Peer, topic: string): void {
    const set = this.subscribers.get(topic)
    if (!set) return
    set.delete(peer)
    if (set.size === 0) this.subscribers.delete(topic)
  }
}
