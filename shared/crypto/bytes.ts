/** Byte helpers for the crypto layer (no Node Buffer: runs in the renderer too). */

export function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(s)
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

export function randomBytes(n: number): Uint8Array {
  const b = new Uint8Array(n)
  // getRandomValues fills at most 65,536 bytes per call.
  for (let i = 0; i < n; i += 65_536) globalThis.crypto.getRandomValues(b.subarray(i, i + 65_536))
  return b
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** Overwrites a buffer that held key material. */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0)
}

/** WebCrypto wants ArrayBuffer-backed views; copies when a view is over a SharedArrayBuffer. */
export const buf = (b: Uint8Array): Uint8Array<ArrayBuffer> =>
  b.buffer instanceof ArrayBuffer ? (b as Uint8Array<ArrayBuffer>) : new Uint8Array(b)
