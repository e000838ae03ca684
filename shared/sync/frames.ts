import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** What travels between two peers, after decryption. */
export const FRAME = {
  /** "Here is my state vector": answer with what I lack. */
  syncRequest: 0,
  /** A Yjs update answering a sync request, or a live update. */
  update: 1,
  /** Presence (y-protocols awareness update). */
  awareness: 2,
  /** Who I am: member id, name, protocol version. */
  hello: 3,
  /** My state vector after applying your updates (acknowledgement). */
  ack: 4,
} as const
export type FrameKind = (typeof FRAME)[keyof typeof FRAME]

export interface Frame {
  kind: FrameKind
  /** Which of the circle's documents this is about ('' for circle-level frames). */
  doc: string
  payload: Uint8Array
}

export const MAX_DOC_ID = 128

export function encodeFrame(f: Frame): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, f.kind)
  encoding.writeVarString(e, f.doc)
  encoding.writeVarUint8Array(e, f.payload)
  return encoding.toUint8Array(e)
}

/** Decodes a frame; null for anything malformed (a peer may run another version, or be hostile). */
export function decodeFrame(bytes: Uint8Array): Frame | null {
  try {
    const d = decoding.createDecoder(bytes)
    const kind = decoding.readVarUint(d)
    if (kind > 4) return null
    const doc = decoding.readVarString(d)
    if (doc.length > MAX_DOC_ID) return null
    const payload = decoding.readVarUint8Array(d)
    if (decoding.hasContent(d)) return null
    return { kind: kind as FrameKind, doc, payload }
  } catch {
    return null
  }
}
