import * as Y from 'yjs'
import { write, ORIGIN } from '../shared/data/origins'
import { CircleSession } from '../shared/domain/circle/session'
import { addPerson, updatePerson } from '../shared/domain/people/commands'
import { emptyPersonInput, type Person } from '../shared/domain/people/person'
import type { LayoutKind } from './layout-build'

export interface DemoResult {
  layout: LayoutKind
  phone: string
  role: string
  converged: boolean
  keptBoth: boolean
}

const PHONE = '+49 30 1234567'
const ROLE = 'Crane operator'

const docWith = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return doc
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote')
}

function result(layout: LayoutKind, seen: readonly { phone: string; role: string }[]): DemoResult {
  const [a, b] = seen as [{ phone: string; role: string }, { phone: string; role: string }]
  const converged = a.phone === b.phone && a.role === b.role
  return {
    layout,
    phone: a.phone,
    role: a.role,
    converged,
    keptBoth: converged && a.phone === PHONE && a.role === ROLE,
  }
}

/** Layouts (a) and (b), written directly: member A edits the phone, member B the role. */
function rawLayout(layout: 'a-ymap-per-record' | 'b-plain-value'): DemoResult {
  const a = docWith(1)
  const b = docWith(2)
  const person: Person = { ...emptyPersonInput(), id: 'person-0001', name: 'Clara', createdAt: 1 }
  const mapA = a.getMap<unknown>('people')
  write(a, ORIGIN.personAdd, () => {
    mapA.set(person.id, layout === 'a-ymap-per-record' ? new Y.Map(Object.entries(person)) : person)
  })
  sync(a, b)
  const edit = (doc: Y.Doc, field: 'phone' | 'role', value: string) =>
    write(doc, ORIGIN.personUpdate, () => {
      const map = doc.getMap<unknown>('people')
      const current = map.get(person.id)
      if (current instanceof Y.Map) current.set(field, value)
      else map.set(person.id, { ...(current as Person), [field]: value })
    })
  edit(a, 'phone', PHONE)
  edit(b, 'role', ROLE)
  sync(a, b)
  const read = (doc: Y.Doc) => {
    const v = doc.getMap<unknown>('people').get(person.id)
    const r = (v instanceof Y.Map ? v.toJSON() : v) as Person
    return { phone: r.phone, role: r.role }
  }
  return result(layout, [read(a), read(b)])
}

/** Layout (c) through the real domain code (CircleSession, addPerson, updatePerson). */
function ourLayout(): DemoResult {
  const a = new CircleSession('demo', docWith(1))
  const b = new CircleSession('demo', docWith(2))
  const added = addPerson(a, { ...emptyPersonInput(), name: 'Clara' }, 1)
  if (!added.ok) throw new Error('addPerson failed')
  sync(a.doc, b.doc)
  updatePerson(a, added.value, { phone: PHONE })
  updatePerson(b, added.value, { role: ROLE })
  sync(a.doc, b.doc)
  const read = (s: CircleSession) => {
    const p = s.people.get(added.value)!
    return { phone: p.phone, role: p.role }
  }
  return result('c-plain-plus-overlay', [read(a), read(b)])
}

/** Two members (fixed clientIDs 1 and 2) concurrently edit different fields of one record. */
export function concurrentEditDemo(): DemoResult[] {
  return [rawLayout('a-ymap-per-record'), rawLayout('b-plain-value'), ourLayout()]
}
