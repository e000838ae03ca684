import { describe, expect, it } from 'vitest'
import { randomBytes } from '@shared/crypto/bytes'
import { decodeInvite, encodeInvite, type Invite } from '@shared/sync/invite'

const invite = (): Invite => ({
  circleId: 'abcdefgh1234',
  circleName: 'Tenants of Block 7',
  invitedBy: 'Ana',
  signaling: ['wss://signal.example.org', 'ws://127.0.0.1:4444'],
  secret: randomBytes(32),
  expiresAt: 2_000_000_000_000,
})

describe('invite codes', () => {
  it('round-trips, tolerating spaces and line breaks from copying', async () => {
    const i = invite()
    const code = await encodeInvite(i)
    const spaced = code.replace(/(.{20})/g, '$1 \n')
    expect(await decodeInvite(spaced, 0)).toEqual({ ok: true, invite: i })
  })

  it('tells malformed, altered and expired codes apart', async () => {
    const i = invite()
    const code = await encodeInvite(i)
    expect(await decodeInvite('hello', 0)).toEqual({ ok: false, error: 'malformed' })
    expect(await decodeInvite(code.slice(0, -3), 0)).toEqual({ ok: false, error: 'tampered' })
    const body = code.split('.')[1]!
    const flipped = code.replace(
      body,
      body.slice(0, 10) + (body[10] === 'A' ? 'B' : 'A') + body.slice(11),
    )
    expect((await decodeInvite(flipped, 0)).ok).toBe(false)
    expect(await decodeInvite(code, i.expiresAt + 1)).toEqual({ ok: false, error: 'expired' })
    const bad = await encodeInvite({ ...i, signaling: ['javascript:alert(1)'] })
    expect(await decodeInvite(bad, 0)).toEqual({ ok: false, error: 'malformed' })
  })
})
