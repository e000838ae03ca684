import * as Y from 'yjs'
import { write, ORIGIN } from '../shared/data/origins'
import { CircleSession } from '../shared/domain/circle/session'
import { updatePerson } from '../shared/domain/people/commands'
import type { Person, PersonInput } from '../shared/domain/people/person'
import type { DocPersistence } from '../shared/persistence/types'
import { round, timed, timedSync, type BenchLine } from './helpers'
import { makePeople, seeded } from './people'
import { openStore } from './stores'

export interface StoreGrowthOptions {
  people: number
  edits: number
  cycles: number
  /**
   * Awaits the store's flush every this many edits, as the app stores edits while a member
   * works. One 10,000-deep queue instead makes fake-indexeddb quadratic (~18 s to drain) and
   * lets y-indexeddb's 1 s trim timer fire mid-drain, which measures the fake, not our code.
   */
  flushEvery?: number
}

const DOC_ID = 'bench-growth'
const EDITABLE = ['phone', 'unit', 'notes', 'email'] as const

/** The i-th single-field edit: cycles through people and fields, always a new value. */
function editAt(people: readonly Person[], i: number, rand: () => number) {
  const person = people[i % people.length]!
  const field = EDITABLE[Math.floor(i / people.length) % EDITABLE.length]!
  const value =
    field === 'email'
      ? `p${i}@example.org`
      : field === 'phone'
        ? `+49 30 ${String(Math.floor(rand() * 1e7)).padStart(7, '0')}`
        : `${field} ${i}`
  return { id: person.id, patch: { [field]: value } as Partial<PersonInput> }
}

function seedPeople(session: CircleSession, people: readonly Person[]): void {
  write(session.doc, ORIGIN.personAdd, () => {
    for (const p of people) session.people.insert(p)
  })
}

/** Opens the stored circle in a fresh doc, as the app does on start, then closes it again. */
async function reopen(store: DocPersistence): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const handle = await store.attach(DOC_ID, doc)
  const session = new CircleSession(DOC_ID, doc)
  await handle.flush()
  await handle.close()
  session.destroy()
  return doc
}

/**
 * Through IndexeddbDocPersistence (fake-indexeddb): a circle with some people, `edits` single-
 * field edits (each its own transaction), flush, then `cycles` close/reopen cycles. Reports
 * stored bytes against the encoded state. Floor: the same edits and reopenings on bare
 * Y.Docs with no store at all.
 */
export async function benchStoreGrowth(opts: StoreGrowthOptions): Promise<BenchLine> {
  const people = makePeople(opts.people, 7)
  const store = openStore('indexeddb')
  const flushEvery = opts.flushEvery ?? 100

  const run = await timed(async () => {
    const doc = new Y.Doc()
    doc.clientID = 1
    const handle = await store.attach(DOC_ID, doc)
    const session = new CircleSession(DOC_ID, doc)
    seedPeople(session, people)
    const rand = seeded(11)
    for (let i = 0; i < opts.edits; i++) {
      const { id, patch } = editAt(people, i, rand)
      const r = updatePerson(session, id, patch)
      if (!r.ok || !r.value.changed) throw new Error(`edit ${i} did not apply`)
      if ((i + 1) % flushEvery === 0) await handle.flush()
    }
    await handle.flush()
    await handle.close()
    session.destroy()
    const before = await store.storedBytes(DOC_ID)
    let last = doc
    for (let c = 0; c < opts.cycles; c++) last = await reopen(store)
    const after = await store.storedBytes(DOC_ID)
    return { before, after, stateBytes: Y.encodeStateAsUpdate(last).byteLength, last, doc }
  })
  const { before, after, stateBytes, last, doc } = run.value
  const same = Y.encodeStateVector(last).join() === Y.encodeStateVector(doc).join()
  await store.erase(DOC_ID)
  if (!same) throw new Error('reopened document differs from the edited one')

  const floor = timedSync(() => {
    const d = new Y.Doc()
    d.clientID = 1
    const s = new CircleSession(DOC_ID, d)
    seedPeople(s, people)
    const rand = seeded(11)
    for (let i = 0; i < opts.edits; i++) {
      const { id, patch } = editAt(people, i, rand)
      updatePerson(s, id, patch)
    }
    const state = Y.encodeStateAsUpdate(d)
    for (let c = 0; c < opts.cycles; c++) {
      const fresh = new Y.Doc()
      Y.applyUpdate(fresh, state)
      new CircleSession(DOC_ID, fresh).destroy()
    }
  })

  return {
    name: 'store-growth',
    ms: round(run.ms),
    floor_ms: round(floor.ms),
    ratio: round(after / stateBytes, 2),
    store: 'indexeddb',
    people: opts.people,
    edits: opts.edits,
    cycles: opts.cycles,
    flush_every: flushEvery,
    stored_bytes: after,
    state_bytes: stateBytes,
    stored_bytes_before_reopen: before,
    growth_from_reopen_bytes: after - before,
    target: 'ratio <= 3 and growth_from_reopen_bytes == 0',
  }
}
