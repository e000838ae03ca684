/** Protocols a link in the app may open (in the system browser or mail program). */
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const

const MAX_URL = 2000

/**
 * The address to open for a link someone typed or a peer sent, or null if it must not be
 * opened: only http, https and mailto, no credentials in the address, at most 2000
 * characters. The result is the parsed, normalised address (what the confirmation shows).
 */
export function safeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const s = raw.trim()
  if (s === '' || s.length > MAX_URL) return null
  let url: URL
  try {
    url = new URL(s)
  } catch {
    return null
  }
  if (!(LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return null
  if (url.protocol !== 'mailto:' && (url.hostname === '' || url.username || url.password))
    return null
  return url.href
}

/** A call link for a meeting: http or https only. */
export function safeCallLink(raw: string): string | null {
  const url = safeExternalUrl(raw)
  return url !== null && /^https?:/.test(url) ? url : null
}
