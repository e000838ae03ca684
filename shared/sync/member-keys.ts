import { buf, fromBase64, toBase64, utf8 } from '../crypto/bytes'
import type { AesKey } from '../crypto/key-type'

/**
 * Each member holds an ECDH P-256 key pair per circle. The public half is in the circle's
 * member list; when a member is removed, the new circle secret is sealed to every remaining
 * member's public key (ephemeral-static ECDH, HKDF-SHA256, AES-256-GCM), so only they can follow.
 */
export interface PublicKeyXY {
  x: string
  y: string
}

export interface SealedForMember {
  /** The sender's ephemeral public key. */
  ex: string
  ey: string
  ct: string
}

const subtle = () => globalThis.crypto.subtle
const EC = { name: 'ECDH', namedCurve: 'P-256' } as const
type Jwk = Parameters<typeof globalThis.crypto.subtle.importKey>[1] & {
  x?: string
  y?: string
  d?: string
}

export async function generateMemberKeys(): Promise<{ publicKey: PublicKeyXY; privateJwk: Jwk }> {
  const pair = (await subtle().generateKey(EC, true, ['deriveBits'])) as {
    publicKey: AesKey
    privateKey: AesKey
  }
  const pub = (await subtle().exportKey('jwk', pair.publicKey)) as Jwk
  const priv = (await subtle().exportKey('jwk', pair.privateKey)) as Jwk
  return { publicKey: { x: pub.x!, y: pub.y! }, privateJwk: priv }
}

const importPublic = (pk: PublicKeyXY) =>
  subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: pk.x, y: pk.y, ext: true }, EC, false, [])

async function sharedKey(
  privateKey: AesKey,
  publicKey: AesKey,
  usage: 'encrypt' | 'decrypt',
): Promise<AesKey> {
  const bits = await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256)
  const base = await subtle().importKey('raw', bits, 'HKDF', false, ['deriveKey'])
  return subtle().deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: buf(utf8('rhizome-rekey-v1')),
      info: buf(utf8('secret')),
    },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  )
}

const IV = new Uint8Array(12) // each ephemeral key is used for exactly one message

export async function sealForMember(
  recipient: PublicKeyXY,
  secret: Uint8Array,
): Promise<SealedForMember> {
  const eph = (await subtle().generateKey(EC, true, ['deriveBits'])) as {
    publicKey: AesKey
    privateKey: AesKey
  }
  const key = await sharedKey(eph.privateKey, await importPublic(recipient), 'encrypt')
  const ct = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: IV }, key, buf(secret)))
  const epub = (await subtle().exportKey('jwk', eph.publicKey)) as Jwk
  return { ex: epub.x!, ey: epub.y!, ct: toBase64(ct) }
}

/** Opens a sealed secret with this member's private key; null if it is not for us or damaged. */
export async function openAsMember(
  privateJwk: Jwk,
  sealed: SealedForMember,
): Promise<Uint8Array | null> {
  try {
    const priv = await subtle().importKey('jwk', privateJwk, EC, false, ['deriveBits'])
    const key = await sharedKey(priv, await importPublic({ x: sealed.ex, y: sealed.ey }), 'decrypt')
    return new Uint8Array(
      await subtle().decrypt({ name: 'AES-GCM', iv: IV }, key, buf(fromBase64(sealed.ct))),
    )
  } catch {
    return null
  }
}

export type MemberPrivateKey = Jwk
