/** Every bound of the signaling server. All have defaults; tests shrink them. */
export interface SignalOptions {
  /** Interface to bind. Default 127.0.0.1: expose it deliberately, behind a TLS proxy. */
  host: string
  /** 0 picks a free port. */
  port: number
  /** Largest text message accepted, in bytes. Larger: the connection is closed with 1009. */
  maxMessageBytes: number
  /** Topics one connection may hold; further subscribes are ignored. */
  maxTopicsPerConnection: number
  /** Longest topic string (Rhizome's are 64 hex characters). */
  maxTopicLength: number
  maxConnectionsPerIp: number
  maxConnections: number
  /** Token bucket per connection: sustained messages per second and burst size. */
  messagesPerSecond: number
  messageBurst: number
  /**
   * Dropped messages (over the rate, malformed, invalid) drain a second bucket of this size that
   * refills at `droppedPerSecond`; when it is empty the connection is closed with 1008.
   */
  dropBurst: number
  droppedPerSecond: number
  /** Close a connection that has sent no message (a JSON ping counts) for this long. */
  idleTimeoutMs: number
  /** WebSocket ping frames at this interval; a socket that missed the previous pong is dropped. */
  heartbeatMs: number
  /** Forwarding to a receiver with more than this many bytes queued is skipped (slow reader). */
  maxBufferedBytes: number
  /** Take the client address from the last X-Forwarded-For entry (only behind your own proxy). */
  trustProxy: boolean
  /** Log counts (never topics, payloads or addresses) to stderr. */
  verbose: boolean
  /** How often a verbose server logs its counters. */
  logIntervalMs: number
}

export const DEFAULT_OPTIONS: SignalOptions = {
  host: '127.0.0.1',
  port: 4444,
  maxMessageBytes: 64 * 1024,
  maxTopicsPerConnection: 32,
  maxTopicLength: 128,
  maxConnectionsPerIp: 64,
  maxConnections: 1024,
  messagesPerSecond: 50,
  messageBurst: 100,
  dropBurst: 200,
  droppedPerSecond: 10,
  idleTimeoutMs: 60_000,
  heartbeatMs: 30_000,
  maxBufferedBytes: 256 * 1024,
  trustProxy: false,
  verbose: false,
  logIntervalMs: 60_000,
}

export function resolveOptions(partial: Partial<SignalOptions> = {}): SignalOptions {
  const options = { ...DEFAULT_OPTIONS }
  for (const [key, value] of Object.entries(partial) as [keyof SignalOptions, unknown][]) {
    if (value !== undefined) Object.assign(options, { [key]: value })
  }
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`signal option ${key} must be a non-negative number`)
    }
  }
  if (!Number.isInteger(options.port) || options.port > 65_535) {
    throw new RangeError('signal option port must be an integer from 0 to 65535')
  }
  return options
}
