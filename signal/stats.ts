/** Why a message was not acted upon (or not delivered to one receiver). */
export type DropReason =
  | 'rate' // over the connection's token bucket
  | 'malformed' // not JSON
  | 'binary' // a binary frame: the protocol is JSON text only
  | 'invalid' // JSON, but not a known message with the right field types
  | 'topic' // a topic that is not a string of 1..maxTopicLength characters
  | 'topicLimit' // a subscribe beyond maxTopicsPerConnection
  | 'backpressure' // a receiver had too much queued; that delivery was skipped

/** Why the server ended a connection. */
export type CloseReason =
  | 'oversize' // a message over maxMessageBytes (code 1009)
  | 'protocol' // another WebSocket protocol error, e.g. invalid UTF-8 (closed by ws)
  | 'abuse' // dropped messages emptied the drop bucket (code 1008)
  | 'idle' // no message for idleTimeoutMs (code 1000)
  | 'dead' // no pong to the previous heartbeat ping (terminated)
  | 'shutdown' // close() (code 1001)

/** Why the server refused a connection before the WebSocket handshake. */
export type RejectReason = 'perIp' | 'total'

export interface SignalStats {
  /** Open WebSocket connections. */
  connections: number
  /** Topics with at least one subscriber (the only per-topic state the server keeps). */
  topics: number
  /** Distinct client addresses with an open or opening connection. */
  addresses: number
  /** Messages received (all frames carrying data, including dropped ones). */
  received: number
  /** Publish messages accepted. */
  published: number
  /** Deliveries of a publish to one subscriber (the sender included). */
  forwarded: number
  dropped: Record<DropReason, number>
  closed: Record<CloseReason, number>
  rejected: Record<RejectReason, number>
}

export type Counters = Omit<SignalStats, 'connections' | 'topics' | 'addresses'>

export function newCounters(): Counters {
  return {
    received: 0,
    published: 0,
    forwarded: 0,
    dropped: {
      rate: 0,
      malformed: 0,
      binary: 0,
      invalid: 0,
      topic: 0,
      topicLimit: 0,
      backpressure: 0,
    },
    closed: { oversize: 0, protocol: 0, abuse: 0, idle: 0, dead: 0, shutdown: 0 },
    rejected: { perIp: 0, total: 0 },
  }
}

/** One log line of counts: no topics, payloads or addresses ever reach the log. */
export function formatStats(s: SignalStats): string {
  const nonZero = (r: Record<string, number>) =>
    Object.entries(r)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k}:${n}`)
      .join(',') || '0'
  return (
    `connections=${s.connections} topics=${s.topics} received=${s.received} ` +
    `published=${s.published} forwarded=${s.forwarded} dropped=${nonZero(s.dropped)} ` +
    `closed=${nonZero(s.closed)} rejected=${nonZero(s.rejected)}`
  )
}
