/**
 * A reliable, ordered message pipe to one peer: a WebRTC data channel in the app, an
 * in-memory queue in tests. Messages are at most CHUNK_BYTES + header; PeerSession chunks.
 */
export interface Link {
  send(data: Uint8Array): void
  /** Bytes queued but not yet sent (RTCDataChannel.bufferedAmount). */
  readonly bufferedAmount: number
  /** Resolves when bufferedAmount has dropped below `bytes` (or the link closed). */
  whenBelow(bytes: number): Promise<void>
  onMessage(listener: (data: Uint8Array) => void): void
  onClose(listener: () => void): void
  close(): void
  readonly open: boolean
}
