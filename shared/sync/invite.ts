import { buf, fromBase64, toBase64, utf8 } from '../crypto/bytes'

/**
 * An invite carries what a new member needs to join: the circle's id and name, who invited
 * them, signaling addresses and the circle secret, and an expiry. It is shown as text and a
 * QR code; its last part is an HMAC under the secret, so a mistyped or altered code is
 * recognised before anything is tried.
 */
export interface Invite {
  circleId: string
  circleName: string
  invitedBy: string
  signaling: string[]
  secret: Uint8Array
  expiresAt: number
}

export type InviteError = 'malformed' | 'tampered' | 'expired'
export const INVITE_PREFIX = 'rhizome1.'
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

const b64url = (b: Uint8Array) =>
  toBase64(b).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const fromB64url = (s: string) =>
  fromBase64(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4))

async function mac(secret: Uint8Array, body: string): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    buf(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const sig = new Uint8Array(
    await globalThis.crypto.subtle.sign('HMAC', key, buf(utf8(`invite:${body}`))),
  )
  return b64url(sig.subarray(0, 12))
}

export async function encodeInvite(invite: Invite): Promise<string> {
  const body = b64url(
    utf8(
      JSON.stringify({
        c: invite.circleId,
        n: invite.circleName,
        by: invite.invitedBy,
        s: invite.signaling,
        k: b64url(invite.secret),
        exp: invite.expiresAt,
      }),
    ),
  )
  return `${INVITE_PREFIX}${body}.${await mac(invite.secret, body)}`
}

const isWsUrl = (u: unknown): u is string => {
  if (typeof u !== 'string' || u.length > 300) return false
  try {
    const url = new URL(u)
    return url.protocol === 'ws:' || url.protocol === 'wss:'
  } catch {
    return false
  }
}

export async function decodeInvite(
  text: string,
  now = Date.now(),
): Promise<{ ok: true; invite: Invite } | { ok: false; error: InviteError }> {
  const code = text.replace(/\s+/g, '')
  if (!code.startsWith(INVITE_PREFIX) || code.length > 4000)
    return { ok: false, error: 'malformed' }
  const [body, sig, ...rest] = code.slice(INVITE_PREFIX.length).split('.')
  if (!body || !sig || rest.length > 0) return { ok: false, error: 'malformed' }
  let v: Record<string, unknown>
  let secret: Uint8Array
  try {
    v = JSON.parse(new TextDecoder().decode(fromB64url(body)))
    secret = fromB64url(String(v.k))
  } catch {
    return { ok: false, error: 'malformed' }
  }
  const valid =
    typeof v.c === 'string' &&
    /^[A-Za-z0-9_-]{8,64}$/.test(v.c) &&
    typeof v.n === 'string' &&
    v.n.length <= 200 &&
    typeof v.by === 'string' &&
    v.by.length <= 100 &&
    Array.isArray(v.s) &&
    v.s.length <= 8 &&
    v.s.every(isWsUrl) &&
    typeof v.exp === 'number' &&
    secret.length === 32
  if (!valid) return { ok: false, error: 'malformed' }
  if ((await mac(secret, body)) !== sig) return { ok: false, error: 'tampered' }
  if ((v.exp as number) < now) return { ok: false, error: 'expired' }
  return {
    ok: true,
    invite: {
      circleId: v.c as string,
      circleName: v.n as string,
      invitedBy: v.by as string,
      signaling: v.s as string[],
      secret,
      expiresAt: v.exp as number,
    },
  }
}
