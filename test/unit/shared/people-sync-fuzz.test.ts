import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import { addPerson, removePerson, updatePerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'

/** A small deterministic PRNG (mulberry32) so that a failing seed can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Peer {
  session: CircleSession
  inbox: Uint8Array[]
}

/** Peers that queue each other's updates and deliver them in random order, with duplicates. */
function runSeed(seed: number, steps = 120) {
  const rand = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const n = 3 + Math.floor(rand() * 3)
  const docs = Array.from({ length: n }, (_, i) => {
    const doc = new Y.Doc()
    doc.clientID = i + 1
    return doc
  })
  const inboxes = docs.map((): Uint8Array[] => [])
  docs.forEach((doc, i) =>
    doc.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return
      inboxes.forEach((inbox, j) => j !== i && inbox.push(u))
    }),
  )
  // Sessions after the handlers, so that each peer's migration writes reach the others too.
  const peers: Peer[] = docs.map((doc, i) => ({
    session: new CircleSession('fuzz', doc),
    inbox: inboxes[i]!,
  }))
  const deliver = (p: Peer, all: boolean) => {
    while (p.inbox.length > 0) {
      const i = Math.floor(rand() * p.inbox.length)
      const u = p.inbox[i]!
      if (rand() < 0.9) p.inbox.splice(i, 1) // else: delivered again later (duplicate)
      Y.applyUpdate(p.session.doc, u, 'remote')
      if (!all && rand() < 0.5) break
    }
  }
  for (let step = 0; step < steps; step++) {
    const p = pick(peers)
    const ids = p.session.people.getSnapshot().map((x) => x.id)
    const r = rand()
    if (r < 0.3 || ids.length === 0)
      addPerson(p.session, { ...emptyPersonInput(), name: `P${step}` })
    else if (r < 0.7) {
      const field = pick(['name', 'email', 'unit', 'tags', 'notes'] as const)
      const value = field === 'tags' ? [`t${step % 3}`] : `${field}${step}`
      updatePerson(p.session, pick(ids), { [field]: value })
    } else if (r < 0.8) removePerson(p.session, pick(ids))
    else deliver(p, false)
    for (const q of peers) {
      const problems = q.session.invariants()
      if (problems.length > 0) throw new Error(`seed ${seed} step ${step}: ${problems.join('; ')}`)
    }
  }
  // Heal: everyone receives everything.
  for (let round = 0; round < 3; round++) for (const p of peers) deliver(p, true)
  for (const p of peers) {
    // Sweep what concurrent delete+edit left behind, as a peer does on open; then share it.
    p.session.doc.transact(() => p.session.people.sweepOrphans(), 'system:maintenance')
  }
  for (let round = 0; round < 2; round++) for (const p of peers) deliver(p, true)
  const states = peers.map((p) => JSON.stringify(p.session.people.getSnapshot()))
  for (const s of states) expect(s, `seed ${seed}: peers differ`).toBe(states[0])
  for (const p of peers) {
    expect(p.session.invariants()).toEqual([])
    expect(p.session.people.orphanIds()).toEqual([])
  }
}

describe('people sync fuzz (seeded fake peers)', () => {
  const count = Number(process.env.FUZZ_SEEDS ?? 60)
  for (let seed = 1; seed <= count; seed++) it(`seed ${seed} converges`, () => runSeed(seed))
})
