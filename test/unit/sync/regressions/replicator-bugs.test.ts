import { describe, expect, it, vi } from 'vitest'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { FuzzNet, type FuzzPeer } from '../fuzz/harness'

vi.mock('@shared/util/id', async () => ({ newId: (await import('../fuzz/ids')).nextId }))

/**
 * Minimal, hand-written reproductions of Replicator bugs the sync fuzz found (see
 * sync-fuzz-seeds.test.ts for the seeds). Each asserts the CORRECT behaviour and is marked
 * `it.fails` while the bug stood; all four are fixed in replicator.ts and now run as plain tests
 * (they fail if a bug comes back).
 */
const names = (p: FuzzPeer) => p.session.people.getSnapshot().map((x) => x.name)
const presence = (p: FuzzPeer) =>
  [...p.replicator.awareness.getStates().values()]
    .map((s) => (s as { member?: { id?: string } }).member?.id)
    .sort()

describe('Replicator regressions', () => {
  /*
   * Found by fuzz seeds 111 and 598 (heal over a spanning tree).
   * shared/sync/replicator.ts, addDoc → onUpdate: an update applied from peer X is relayed to
   * every peer except X. But when that update completes structs that Yjs held as *pending*
   * (received earlier from another peer, with a missing dependency), the resulting 'update'
   * event also carries those structs — which X does not have. X is skipped, so in a partial
   * mesh X never gets them.
   */
  it('relays structs that an update from X released from pending back to X', async () => {
    const net = await FuzzNet.create({ seed: 1, peers: 3, links: [], asyncClose: false })
    const [a, b, c] = net.peers as [FuzzPeer, FuzzPeer, FuzzPeer]
    // C learns A's history; then A and C lose their link for good.
    net.connect(0, 2)
    await net.drainAll()
    net.close(0, 2)
    // B connects to C. C's answer to B's sync request is still in flight afterwards.
    net.connect(1, 2)
    await net.settle()
    await net.deliverOn(2, 1) // C→B: hello, sync request (B answers), presence
    await net.deliverOn(1, 2) // B→C: hello, sync request (C answers: A's history), presence, B's answer
    // B connects to A, and A edits at once: the live edit overtakes A's own sync answer.
    net.connect(0, 1)
    await net.settle()
    addPerson(a.session, { ...emptyPersonInput(), name: 'Rosa' })
    await net.settle()
    await net.deliverOn(0, 1) // B: 'Rosa' depends on A's history, which B lacks → pending
    expect(b.doc.store.pendingStructs).not.toBeNull()
    // C's answer brings A's history: B integrates it *and* 'Rosa', with C as the origin.
    await net.deliverOn(2, 1)
    expect(names(b)).toEqual(['Rosa'])
    await net.drainAll()
    expect(names(c)).toEqual(['Rosa']) // fails: [] — B relayed 'Rosa' to everyone but C
    net.destroy()
  })

  /*
   * Found by the fuzz's presence check (checkPresence: true fails ~85% of seeds).
   * shared/sync/replicator.ts, detach: removeAwarenessStates(…) drops the peer's state but
   * y-protocols keeps its meta (clock). When the peer reconnects, attach sends its state with
   * the SAME clock (it did not change), and applyAwarenessUpdate ignores it (currClock ===
   * clock and state !== null). The peer stays invisible until its 15 s renewal.
   */
  it('shows a peer again after it reconnects', async () => {
    const net = await FuzzNet.create({ seed: 1, peers: 2, links: [[0, 1]], asyncClose: false })
    const [a, b] = net.peers as [FuzzPeer, FuzzPeer]
    await net.drainAll()
    expect(presence(a)).toEqual([a.memberId, b.memberId])
    net.close(0, 1)
    expect(presence(a)).toEqual([a.memberId])
    net.connect(0, 1)
    await net.drainAll()
    expect(a.replicator.peerStates()[0]?.member?.id).toBe(b.memberId) // connected, hello seen
    expect(presence(a)).toEqual([a.memberId, b.memberId]) // fails: [a] only
    net.destroy()
  })

  /*
   * Found by a 2000-seed sweep with the two fixes above patched in, while
   * test/support/fake-net.ts gained `deliverOnClose` (close listeners run a microtask later,
   * as for FakeConnector's links and a data channel closed from the far end).
   * shared/sync/replicator.ts, attach: replacing a peer's session calls
   * existing.session.close() and immediately installs the new PeerState; when the old link
   * reports closing later, detach(old) returns early (p.session !== session) and the peer's
   * presence is never removed. detach() also identifies presence by the hello's member id, so
   * a session closed before its hello arrived (member null) cannot clean up either.
   * Fix: in attach, `if (existing) this.detach(existing.session)` before replacing it (and/or
   * remember which awareness clients each session introduced, and remove those on detach).
   */
  it('forgets a replaced peer when its old link reports closing late', async () => {
    const net = await FuzzNet.create({ seed: 1, peers: 2, links: [], asyncClose: true })
    const [a, b] = net.peers as [FuzzPeer, FuzzPeer]
    net.connect(0, 1)
    await net.drainAll()
    expect(presence(a)).toEqual([a.memberId, b.memberId])
    net.connect(0, 1) // A replaces its session with B; the old link tells A a microtask later
    await net.settle()
    net.close(0, 1) // the new link goes down too, before B's hello arrived on it
    await net.settle()
    expect(a.replicator.peerStates()).toEqual([])
    expect(presence(a)).toEqual([a.memberId]) // fails: B is still shown as present
    net.destroy()
  })

  /*
   * shared/sync/replicator.ts, receive(syncRequest): `unshared` is reset to 0 as soon as the
   * answer is handed to the link (send() resolves), not when the peer has it. If the link
   * drops before the answer arrives, the sync panel says "Every change you made has been
   * shared." while no other member has them.
   */
  it('does not report offline changes as shared when the answer was lost', async () => {
    const net = await FuzzNet.create({ seed: 1, peers: 2, links: [], asyncClose: false })
    const [a, b] = net.peers as [FuzzPeer, FuzzPeer]
    addPerson(a.session, { ...emptyPersonInput(), name: 'Rosa' })
    expect(a.replicator.unsharedChanges).toBeGreaterThan(0)
    net.connect(0, 1)
    await net.settle()
    await net.deliverOn(1, 0) // A gets B's sync request and answers: the answer is on the wire
    net.close(0, 1) // …and lost
    await net.settle()
    expect(names(b)).toEqual([])
    expect(a.replicator.unsharedChanges).toBeGreaterThan(0) // fails: 0
    net.destroy()
  })
})
