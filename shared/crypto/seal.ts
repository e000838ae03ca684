import type { AesKey } from './key-type'
import { buf, randomBytes, utf8 } from './bytes'

const subtle = () => globalThis.crypto.subtle
export const IV_BYTES = 12

/** Raised when a sealed value does not open: wrong key, or the bytes were changed. */
export class OpenFailed extends Error {
  constructor() {
    super('sealed data could not be opened (wrong key or damaged)')
    this.name = 'OpenFailed'
  }
}

/**
 * AES-256-GCM with a fresh random 96-bit IV per message; the IV is prepended. `context`
 * (e.g. the circle id) is bound as additional data, so a record cannot be moved to another
 * circle or purpose without failing authentication.
 */
export async function seal(
  key: AesKey,
  plaintext: Uint8Array,
  context: string,
): Promise<Uint8Array> {
  const iv = randomBytes(IV_BYTES)
  const ct = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv: buf(iv), additionalData: buf(utf8(context)) },
      key,
      buf(plaintext),
    ),
  )
  const out = new Uint8Array(IV_BYTES + ct.length)
  out.set(iv, 0)
  out.set(ct, IV_BYTES)
  return out
}

export async function open(key: AesKey, sealed: Uint8Array, context: string): Promise<Uint8Array> {
  if (!(sealed instanceof Uint8Array) || sealed.length < IV_BYTES + 16) throw new OpenFailed()
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: buf(sealed.slice(0, IV_BYTES)), additionalData: buf(utf8(context)) },
      key,
      buf(sealed.subarray(IV_BYTES)),
    )
    return new Uint8Array(plain)
  } catch {
    throw new OpenFailed()
  }
}

/** Imports 32 raw bytes as a non-extractable AES-GCM key (the bytes can be wiped afterwards). */
export function importAesKey(raw: Uint8Array): Promise<AesKey> {
  return subtle().importKey('raw', buf(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
}
