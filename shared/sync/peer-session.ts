import type { AesKey } from '../crypto/key-type'
import { open, seal } from '../crypto/seal'
import { chunk, Reassembler, type ReassemblerLimits, DEFAULT_LIMITS } from './chunks'
import { decodeFrame, encodeFrame, type Frame } from './frames'
import type { Link } from './link'

const WIRE = 'rhizome:wire:v1'
/** Pause sending above this many queued bytes; resume below LOW (flow control). */
export const HIGH_WATER = 1024 * 1024
export const LOW_WATER = 256 * 1024

export type DropReason =
  'decrypt' | 'malformed' | 'oversize' | 'tooMany' | 'invalidUpdate' | 'unknownDoc'

/**
 * One peer at the other end of a link. Every frame is sealed with the circle's wire key
 * (defense in depth beyond DTLS), chunked below the data-channel limit and sent with flow
 * control. Whatever fails to reassemble, decrypt or decode is dropped and counted, never thrown.
 */
export class PeerSession {
  readonly dropped: Record<DropReason, number> = {
    decrypt: 0,
    malformed: 0,
    oversize: 0,
    tooMany: 0,
    invalidUpdate: 0,
    unknownDoc: 0,
  }
  sentBytes = 0
  receivedBytes = 0
  lastReceivedAt = 0
  private nextId = 1
  private sending: Promise<void> = Promise.resolve()
  private receiving: Promise<void> = Promise.resolve()
  private readonly reassembler: Reassembler

  constructor(
    readonly remoteId: string,
    private readonly link: Link,
    private readonly wireKey: AesKey,
    private readonly onFrame: (frame: Frame, from: PeerSession) => void,
    limits: ReassemblerLimits = DEFAULT_LIMITS,
  ) {
    this.reassembler = new Reassembler(limits)
    link.onMessage((data) => {
      this.receivedBytes += data.length
      this.receiving = this.receiving.then(() => this.receive(data))
    })
  }

  get open(): boolean {
    return this.link.open
  }

  onClose(listener: () => void): void {
    this.link.onClose(listener)
  }

  close(): void {
    this.link.close()
  }

  drop(reason: DropReason): void {
    this.dropped[reason]++
  }

  /** Resolves once every frame queued so far was handed to the link. */
  idle(): Promise<void> {
    return this.sending.catch(() => undefined)
  }

  /** Queues a frame; resolves once all its chunks were handed to the link. */
  send(frame: Frame): Promise<void> {
    const id = this.nextId++
    this.sending = this.sending
      .then(async () => {
        if (!this.link.open) return
        const sealed = await seal(this.wireKey, encodeFrame(frame), WIRE)
        for (const part of chunk(sealed, id)) {
          if (this.link.bufferedAmount > HIGH_WATER) await this.link.whenBelow(LOW_WATER)
          if (!this.link.open) return
          this.link.send(part)
          this.sentBytes += part.length
        }
      })
      // One failed send must not silently stop every later one.
      .catch(() => undefined)
    return this.sending
  }

  private async receive(data: Uint8Array): Promise<void> {
    const r = this.reassembler.push(data)
    if (r === null) return
    if ('dropped' in r) return this.drop(r.dropped)
    let plain: Uint8Array
    try {
      plain = await open(this.wireKey, r.message, WIRE)
    } catch {
      return this.drop('decrypt')
    }
    const frame = decodeFrame(plain)
    if (!frame) return this.drop('malformed')
    this.lastReceivedAt = Date.now()
    try {
      this.onFrame(frame, this)
    } catch {
      this.drop('malformed')
    }
  }
}
