import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import { deriveCircleKeys } from '@shared/sync/circle-keys'
import { PeerSession } from '@shared/sync/peer-session'
import { Replicator } from '@shared/sync/replicator'
import { linkPair } from '../../support/fake-net'

describe('peers introduce themselves', () => {
  it('a peer whose hello was lost is asked again and gets its name', async () => {
    const keys = await deriveCircleKeys(randomBytes(32))
    const a = new Replicator(new Y.Doc(), { id: 'member-ana-0000', name: 'Ana', colour: '#1d4ed8' })
    const b = new Replicator(new Y.Doc(), { id: 'member-ben-0000', name: 'Ben', colour: '#b3261e' })
    const [la, lb] = linkPair()
    // The first message A sends (its hello) never arrives: a reconnect race on a real link.
    const send = la.send.bind(la)
    let lost = 0
    la.send = (d) => {
      if (lost++ === 0) return
      send(d)
    }
    const sa = new PeerSession('b', la, keys.wireKey, (f, s) => a.receive(f, s))
    const sb = new PeerSession('a', lb, keys.wireKey, (f, s) => b.receive(f, s))
    a.attach(sa)
    b.attach(sb)
    await expect.poll(() => a.peerStates()[0]?.member?.name).toBe('Ben')
    await expect.poll(() => b.peerStates()[0]?.member?.name).toBe('Ana')
    expect(lost).toBeGreaterThan(1)
    a.destroy()
    b.destroy()
  })
})
