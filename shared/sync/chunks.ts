/**
 * Splits messages into chunks that fit a WebRTC data channel (Chromium closes a channel on
 * messages over 256 KiB: y-webrtc #42) and puts them back together on the other side.
 *
 * Chunk layout: [u32 message id][u32 index][u32 count][bytes]. The reassembler bounds how much
 * it holds (total size, open messages), so a hostile peer cannot exhaust memory.
 */
export const CHUNK_BYTES = 60 * 1024
const HEADER = 12

export function* chunk(message: Uint8Array, id: number, size = CHUNK_BYTES): Generator<Uint8Array> {
  const count = Math.max(1, Math.ceil(message.length / size))
  for (let i = 0; i < count; i++) {
    const body = message.subarray(i * size, (i + 1) * size)
    const out = new Uint8Array(HEADER + body.length)
    const v = new DataView(out.buffer)
    v.setUint32(0, id >>> 0)
    v.setUint32(4, i)
    v.setUint32(8, count)
    out.set(body, HEADER)
    yield out
  }
}

export interface ReassemblerLimits {
  /** Largest message accepted (bytes). */
  maxMessage: number
  /** Messages being assembled at once. */
  maxOpen: number
  /** Bytes held in unfinished messages, all together. */
  maxOpenBytes: number
  /** An unfinished message older than this is dropped (ms). */
  staleMs: number
}

export const DEFAULT_LIMITS: ReassemblerLimits = {
  maxMessage: 256 * 1024 * 1024,
  maxOpen: 8,
  maxOpenBytes: 256 * 1024 * 1024,
  staleMs: 120_000,
}

type Outcome = { message: Uint8Array } | { dropped: 'malformed' | 'oversize' | 'tooMany' } | null

export class Reassembler {
  private open = new Map<
    number,
    { parts: (Uint8Array | undefined)[]; got: number; bytes: number; at: number }
  >()
  private openBytes = 0

  constructor(
    private readonly limits: ReassemblerLimits = DEFAULT_LIMITS,
    private readonly chunkBytes = CHUNK_BYTES,
  ) {}

  /** Feeds one chunk; returns a whole message, a drop reason, or null while waiting for more. */
  push(data: Uint8Array): Outcome {
    if (data.length < HEADER || data.length > HEADER + this.chunkBytes)
      return { dropped: 'malformed' }
    const v = new DataView(data.buffer, data.byteOffset, HEADER)
    const id = v.getUint32(0)
    const index = v.getUint32(4)
    const count = v.getUint32(8)
    if (count === 0 || index >= count) return { dropped: 'malformed' }
    if (count * this.chunkBytes > this.limits.maxMessage + this.chunkBytes)
      return { dropped: 'oversize' }
    const body = data.slice(HEADER)
    if (count === 1) return { message: body }
    const now = Date.now()
    for (const [k, v] of this.open) if (now - v.at > this.limits.staleMs) this.discard(k)
    let m = this.open.get(id)
    if (!m) {
      if (this.open.size >= this.limits.maxOpen) return { dropped: 'tooMany' }
      m = { parts: new Array(count), got: 0, bytes: 0, at: now }
      this.open.set(id, m)
    }
    if (m.parts.length !== count) {
      this.discard(id)
      return { dropped: 'malformed' }
    }
    if (m.parts[index] === undefined) {
      m.parts[index] = body
      m.got++
      m.bytes += body.length
      this.openBytes += body.length
    }
    if (m.bytes > this.limits.maxMessage || this.openBytes > this.limits.maxOpenBytes) {
      this.discard(id)
      return { dropped: 'oversize' }
    }
    if (m.got < count) return null
    this.discard(id)
    const out = new Uint8Array(m.bytes)
    let o = 0
    for (const p of m.parts) {
      out.set(p!, o)
      o += p!.length
    }
    return { message: out }
  }

  private discard(id: number): void {
    const m = this.open.get(id)
    if (!m) return
    this.openBytes -= m.bytes
    this.open.delete(id)
  }

  get openMessages(): number {
    return this.open.size
  }
}
