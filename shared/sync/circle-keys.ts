import { buf, toBase64, utf8 } from '../crypto/bytes'
import type { AesKey } from '../crypto/key-type'

/**
 * Everything a circle's sync needs is derived from its 256-bit secret with HKDF-SHA256:
 * - `topic`: the signaling topic, an HMAC of a fixed label: the signaling server (and anyone
 *   watching it) sees neither the circle's id nor its name, and cannot link two epochs.
 * - `signalKey`: seals signaling payloads (SDP offers, ICE candidates, announcements).
 * - `wireKey`: seals every message on the peer-to-peer data channels, on top of DTLS.
 * A wrong secret gives a different topic, so nothing is ever exchanged.
 */
export interface CircleKeys {
  topic: string
  signalKey: AesKey
  wireKey: AesKey
  /** A short public fingerprint of the secret, to tell epochs apart in the UI and logs. */
  fingerprint: string
}

const subtle = () => globalThis.crypto.subtle

async function hkdf(
  secret: Uint8Array,
  info: string,
  usages: ('encrypt' | 'decrypt')[],
): Promise<AesKey> {
  const base = await subtle().importKey('raw', buf(secret), 'HKDF', false, ['deriveKey'])
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: buf(utf8('rhizome-sync-v1')), info: buf(utf8(info)) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  )
}

async function hkdfBits(secret: Uint8Array, info: string): Promise<Uint8Array> {
  const base = await subtle().importKey('raw', buf(secret), 'HKDF', false, ['deriveBits'])
  const bits = await subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: buf(utf8('rhizome-sync-v1')), info: buf(utf8(info)) },
    base,
    256,
  )
  return new Uint8Array(bits)
}

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('')

export async function deriveCircleKeys(secret: Uint8Array): Promise<CircleKeys> {
  if (secret.length !== 32) throw new Error('a circle secret has 32 bytes')
  const [topic, fp, signalKey, wireKey] = await Promise.all([
    hkdfBits(secret, 'topic'),
    hkdfBits(secret, 'fingerprint'),
    hkdf(secret, 'signal', ['encrypt', 'decrypt']),
    hkdf(secret, 'wire', ['encrypt', 'decrypt']),
  ])
  return { topic: hex(topic), signalKey, wireKey, fingerprint: toBase64(fp).slice(0, 8) }
}
