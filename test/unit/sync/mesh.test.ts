import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import { CircleSession } from '@shared/domain/circle/session'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { deriveCircleKeys } from '@shared/sync/circle-keys'
import { CircleMesh } from '@shared/sync/mesh'
import { Replicator } from '@shared/sync/replicator'
import { FakeConnector, FakeSignaling } from '../../support/fake-net'

async function peer(name: string, secret: Uint8Array, signaling: FakeSignaling) {
  const doc = new Y.Doc()
  const replicator = new Replicator(doc, { id: `member-${name}-000`, name, colour: '#1d4ed8' })
  const session = new CircleSession('c', doc)
  const mesh = new CircleMesh(
    await deriveCircleKeys(secret),
    [signaling],
    new FakeConnector(name),
    replicator,
  )
  mesh.start()
  return { doc, replicator, session, mesh }
}

describe('CircleMesh over in-memory links', () => {
  it('connects two members, syncs both ways, and shows presence', async () => {
    const secret = randomBytes(32)
    const bus = new FakeSignaling()
    const a = await peer('Ana', secret, bus)
    addPerson(a.session, { ...emptyPersonInput(), name: 'Rosa' })
    const b = await peer('Ben', secret, bus)
    await expect.poll(() => b.session.people.getSnapshot().map((p) => p.name)).toEqual(['Rosa'])
    addPerson(b.session, { ...emptyPersonInput(), name: 'Clara' })
    await expect
      .poll(() => a.session.people.getSnapshot().map((p) => p.name))
      .toEqual(['Clara', 'Rosa'])
    await expect.poll(() => a.replicator.peerStates()[0]?.member?.name).toBe('Ben')
    const presence = [...a.replicator.awareness.getStates().values()].map(
      (s) => (s as { member?: { name: string } }).member?.name,
    )
    expect(presence.sort()).toEqual(['Ana', 'Ben'])
    a.mesh.stop()
    b.mesh.stop()
  })

  it('exchanges nothing with a peer holding another secret', async () => {
    const bus = new FakeSignaling()
    const a = await peer('Ana', randomBytes(32), bus)
    addPerson(a.session, { ...emptyPersonInput(), name: 'Rosa' })
    const b = await peer('Eve', randomBytes(32), bus)
    await new Promise((r) => setTimeout(r, 50))
    expect(b.session.people.size).toBe(0)
    expect(a.mesh.connectedPeers + b.mesh.connectedPeers).toBe(0)
    expect(bus.topics.size).toBe(2)
    a.mesh.stop()
    b.mesh.stop()
  })
})
