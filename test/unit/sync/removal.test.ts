import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import { CircleSession } from '@shared/domain/circle/session'
import { registerSelf } from '@shared/domain/members/commands'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { CircleSyncCore } from '@shared/sync/circle-sync-core'
import { generateMemberKeys } from '@shared/sync/member-keys'
import { FakeConnector, FakeSignaling } from '../../support/fake-net'

async function member(name: string, secret: Uint8Array, bus: FakeSignaling) {
  const doc = new Y.Doc()
  const session = new CircleSession('c', doc)
  const keys = await generateMemberKeys()
  const info = { id: `member-${name}-0000`, name, colour: '#1d4ed8' }
  registerSelf(session, { ...info, publicKey: keys.publicKey })
  const secrets: string[] = []
  const core = new CircleSyncCore(
    session,
    secret,
    { member: info, privateKey: keys.privateJwk },
    { signaling: [bus], connector: new FakeConnector(name) },
    (s) => secrets.push(s),
  )
  return { session, core, info, secrets }
}

const names = (s: CircleSession) => s.people.getSnapshot().map((p) => p.name)

describe('removing a member', () => {
  it('moves the others to a new secret; the removed member receives nothing new', async () => {
    const bus = new FakeSignaling()
    const secret = randomBytes(32)
    const ana = await member('ana', secret, bus)
    const ben = await member('ben', secret, bus)
    const eve = await member('eve', secret, bus)
    addPerson(ana.session, { ...emptyPersonInput(), name: 'Rosa' })
    for (const m of [ben, eve]) await expect.poll(() => names(m.session)).toEqual(['Rosa'])
    await expect.poll(() => ana.session.members.size).toBe(3)

    await ana.core.remove([eve.info.id])
    await expect.poll(() => eve.core.removed).toBe(true)
    await expect.poll(() => ben.secrets.length).toBe(1)
    expect(ben.secrets[0]).toBe(ana.secrets[0])
    expect(eve.secrets).toEqual([])

    addPerson(ana.session, { ...emptyPersonInput(), name: 'Clara' })
    await expect.poll(() => names(ben.session)).toEqual(['Clara', 'Rosa'])
    await new Promise((r) => setTimeout(r, 100))
    expect(names(eve.session)).toEqual(['Rosa'])
    for (const m of [ana, ben, eve]) m.core.stop()
  })
})
