/** A signaling service (a y-webrtc-compatible WebSocket server in the app, a bus in tests). */
export interface SignalingChannel {
  /** Subscribes to a topic; `onMessage` receives every payload published on it (own included). */
  join(topic: string, onMessage: (data: string) => void): () => void
  publish(topic: string, data: string): void
  /** Calls `listener` each time the channel (re)connects, so peers can announce themselves. */
  onOpen?(listener: () => void): () => void
}

/** Creates the peer-to-peer link to one remote peer, exchanging opaque signals to do so. */
export interface Connector {
  create(remoteId: string, initiator: boolean, signal: (s: unknown) => void): Handshake
}

export interface Handshake {
  handle(signal: unknown): void
  /** Resolves with the open link; rejects if the connection fails. */
  readonly link: Promise<import('./link').Link>
  close(): void
}
