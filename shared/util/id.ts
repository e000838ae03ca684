const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** A random 128-bit identifier (22 url-safe characters). Carries no personal data. */
export function newId(): string {
  const bytes = new Uint8Array(22)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const b of bytes) id += ALPHABET[b & 63]
  return id
}
