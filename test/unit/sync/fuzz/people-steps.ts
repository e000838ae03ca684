import { renameCircle } from '@shared/domain/circle/commands'
import type { CircleSession } from '@shared/domain/circle/session'
import { addPerson, removePerson, updatePerson } from '@shared/domain/people/commands'
import { emptyPersonInput, PERSON_EDITABLE, type PersonInput } from '@shared/domain/people/person'
import { chartingPatch } from './charting-steps'
import type { Rng } from './prng'
import type { FuzzPeer } from './types'

/** Fixed start of the fuzz's clock (steps add to it), so that a seed replays exactly. */
export const EPOCH = 1_700_000_000_000

export type PeopleStep = 'add' | 'update' | 'remove' | 'rename' | 'conflict' | 'bigNotes'

/**
 * People and circle steps of the sync fuzz on `peer` (already picked): add, edit and remove a
 * person, rename the circle, a conflict of two peers on one person, and notes large enough to
 * span two chunks. Returns the log line.
 */
export function peopleStep(
  kind: PeopleStep,
  rng: Rng,
  peer: FuzzPeer,
  peers: readonly FuzzPeer[],
  s: number,
): string {
  switch (kind) {
    case 'add': {
      const input = { ...emptyPersonInput(), name: nameOf(rng, s), tags: tagsOf(rng) }
      const r = addPerson(peer.session, input, EPOCH + s)
      return `p${peer.index} add ${input.name} → ${r.ok ? r.value : 'refused'}`
    }
    case 'update': {
      const id = pickPerson(rng, peer)
      if (!id) return `p${peer.index} update: nobody visible`
      const patch = patchOf(rng, s, undefined, peer.session)
      const r = updatePerson(peer.session, id, patch)
      return `p${peer.index} update ${id} ${JSON.stringify(patch)} → ${r.ok}`
    }
    case 'remove': {
      const id = pickPerson(rng, peer)
      if (!id) return `p${peer.index} remove: nobody visible`
      return `p${peer.index} remove ${id} → ${removePerson(peer.session, id).ok}`
    }
    case 'rename': {
      const r = renameCircle(peer.session, `Circle ${rng.pick(['North', 'south', 'Ost'])} ${s}`)
      return `p${peer.index} rename → ${r.ok ? r.value : 'refused'}`
    }
    case 'conflict':
      return conflict(rng, peers, s)
    case 'bigNotes': {
      const id = pickPerson(rng, peer)
      if (!id) return `p${peer.index} bigNotes: nobody visible`
      // 3 bytes per character in UTF-8: two such notes make a sync answer span two chunks.
      const notes = `${s}:`.padEnd(rng.int(15_000, 20_000), '€·ŋ')
      const r = updatePerson(peer.session, id, { notes })
      return `p${peer.index} bigNotes ${id} (${notes.length} chars) → ${r.ok}`
    }
  }
}

/** Two peers act on the same person before either hears of the other: edit/edit or delete/edit. */
function conflict(rng: Rng, peers: readonly FuzzPeer[], s: number): string {
  const p = rng.pick(peers)
  const q = rng.pick(peers.filter((x) => x !== p))
  const shared = p.session.people
    .getSnapshot()
    .map((x) => x.id)
    .filter((id) => q.session.people.has(id))
  if (shared.length === 0) {
    const r = addPerson(p.session, { ...emptyPersonInput(), name: nameOf(rng, s) }, EPOCH + s)
    return `conflict p${p.index}/p${q.index}: nobody shared, p${p.index} adds ${r.ok && r.value}`
  }
  const id = rng.pick(shared)
  const mode = rng.pick(['edit/edit', 'delete/edit', 'edit/delete', 'delete/delete'] as const)
  const [mp, mq] = mode.split('/') as ['edit' | 'delete', 'edit' | 'delete']
  const field = rng.pick(PERSON_EDITABLE)
  const act = (x: FuzzPeer, m: 'edit' | 'delete', v: number) =>
    m === 'delete'
      ? removePerson(x.session, id).ok
      : updatePerson(x.session, id, patchOf(rng, s * 10 + v, field, x.session)).ok
  const rp = act(p, mp, 1)
  const rq = act(q, mq, 2)
  return `conflict ${mode} on ${id}.${field}: p${p.index}→${rp} p${q.index}→${rq}`
}

// ---- random values ---------------------------------------------------------------------------

function nameOf(rng: Rng, s: number): string {
  const base = rng.pick(['Ana', 'ben', 'Clara', 'dora', 'Émile', '  Farah  '])
  return `${base} ${s}`
}

function tagsOf(rng: Rng): string[] {
  const pool = ['tenant', 'lead', 'Lead', 'a', 'b', ' a ']
  return Array.from({ length: rng.int(0, 3) }, () => rng.pick(pool))
}

function patchOf(
  rng: Rng,
  s: number,
  field: string = rng.pick(PERSON_EDITABLE),
  session: CircleSession,
): Partial<PersonInput> {
  const charting = chartingPatch(rng, session, field, s)
  if (charting) return charting
  switch (field) {
    case 'name':
      return { name: nameOf(rng, s) }
    case 'tags':
      return { tags: tagsOf(rng) }
    case 'notes':
      return { notes: rng.chance(0.2) ? '' : `note ${s} ${'·'.repeat(rng.int(0, 40))}` }
    default:
      return { [field]: rng.chance(0.2) ? '' : `${field}-${s}` }
  }
}

function pickPerson(rng: Rng, peer: FuzzPeer): string | undefined {
  const ids = peer.session.people.getSnapshot().map((p) => p.id)
  return ids.length === 0 ? undefined : rng.pick(ids)
}
