import * as Y from 'yjs'
import { write, ORIGIN } from '../shared/data/origins'
import { updatePerson } from '../shared/domain/people/commands'
import type { Person, PersonInput } from '../shared/domain/people/person'
import { buildCircle, seeded } from './people'

export type LayoutKind = 'a-ymap-per-record' | 'b-plain-value' | 'c-plain-plus-overlay'
export const LAYOUTS: readonly LayoutKind[] = [
  'a-ymap-per-record',
  'b-plain-value',
  'c-plain-plus-overlay',
]

const EDIT_FIELDS = ['phone', 'unit', 'notes', 'email'] as const
export type Edit = { id: string; patch: Partial<PersonInput> }

/** Deterministic edits: `fraction` of the records, each with one or two changed fields. */
export function makeEdits(people: readonly Person[], fraction: number, seed = 3): Edit[] {
  const rand = seeded(seed)
  const edits: Edit[] = []
  const count = Math.round(people.length * fraction)
  for (let i = 0; i < count; i++) {
    const person = people[Math.floor(rand() * people.length)]!
    const nFields = rand() < 0.5 ? 1 : 2
    for (let f = 0; f < nFields; f++) {
      const field = EDIT_FIELDS[(i + f) % EDIT_FIELDS.length]!
      edits.push({ id: person.id, patch: { [field]: `${field} edit ${i}` } })
    }
  }
  return edits
}

/** The encoded state of `people` stored in the given layout, after the same edits. */
export function encodeLayout(kind: LayoutKind, people: readonly Person[], edits: readonly Edit[]) {
  if (kind === 'c-plain-plus-overlay') {
    const session = buildCircle(people)
    for (const e of edits) {
      const r = updatePerson(session, e.id, e.patch)
      if (!r.ok) throw new Error('edit failed')
    }
    const bytes = Y.encodeStateAsUpdate(session.doc)
    session.destroy()
    session.doc.destroy()
    return bytes
  }
  const doc = new Y.Doc()
  doc.clientID = 1
  const map = doc.getMap<unknown>('people')
  write(doc, ORIGIN.personAdd, () => {
    for (const p of people) {
      map.set(p.id, kind === 'a-ymap-per-record' ? new Y.Map<unknown>(Object.entries(p)) : p)
    }
  })
  for (const e of edits) {
    write(doc, ORIGIN.personUpdate, () => {
      const current = map.get(e.id)
      if (current instanceof Y.Map) {
        for (const [k, v] of Object.entries(e.patch)) current.set(k, v)
      } else {
        map.set(e.id, { ...(current as Person), ...e.patch })
      }
    })
  }
  const bytes = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return bytes
}
