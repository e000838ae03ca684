import type { AesKey } from './key-type'
import { buf, utf8 } from './bytes'

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000
export const SALT_BYTES = 16
export const MIN_PASSPHRASE_LENGTH = 8

/**
 * Derives a key-encryption key from a passphrase (PBKDF2-SHA256, random salt). WebCrypto does
 * this natively in the renderer and in Node, with no WASM (which the CSP would have to allow).
 */
export async function deriveKek(
  passphrase: string,
  salt: Uint8Array,
  iterations = PBKDF2_ITERATIONS,
): Promise<AesKey> {
  const subtle = globalThis.crypto.subtle
  const base = await subtle.importKey(
    'raw',
    buf(utf8(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}
