import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import { addPerson, removePerson, updatePerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote')
}

const session = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return new CircleSession('circle-1', doc)
}

describe('people collection', () => {
  it('adds, updates and removes a person', () => {
    const s = session(1)
    const added = addPerson(s, { ...emptyPersonInput(), name: '  Rosa  ', tags: ['a', 'a', ' b '] })
    expect(added.ok).toBe(true)
    const id = added.ok ? added.value : ''
    expect(s.people.get(id)).toMatchObject({ name: 'Rosa', tags: ['a', 'b'] })
    expect(updatePerson(s, id, { email: 'rosa@example.org' }).ok).toBe(true)
    expect(s.people.get(id)?.email).toBe('rosa@example.org')
    expect(removePerson(s, id).ok).toBe(true)
    expect(s.people.size).toBe(0)
    expect(s.invariants()).toEqual([])
  })

  it('keeps concurrent edits of different fields of the same person', () => {
    const a = session(1)
    const b = session(2)
    const r = addPerson(a, { ...emptyPersonInput(), name: 'Clara' })
    const id = r.ok ? r.value : ''
    sync(a.doc, b.doc)
    updatePerson(a, id, { phone: '+49 30 1234' })
    updatePerson(b, id, { unit: 'Harbour > Night shift', custom: { 'field-size-0001': 39 } })
    updatePerson(a, id, { custom: { 'field-shoe-0001': 'yes' } })
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      const unit = s.units.get(s.people.get(id)!.unitId)
      expect(unit?.name).toBe('Night shift')
      expect(s.units.get(unit!.parentId)?.name).toBe('Harbour')
      // Values of two different custom fields, set at once on two laptops, are both kept.
      expect(s.people.get(id)).toMatchObject({
        phone: '+49 30 1234',
        custom: { 'field-size-0001': 39, 'field-shoe-0001': 'yes' },
      })
    }
  })

  it('clears one custom value without touching another', () => {
    const a = session(1)
    const r = addPerson(a, {
      ...emptyPersonInput(),
      name: 'Clara',
      custom: { 'field-a-000001': 'x', 'field-b-000001': 2 },
    })
    const id = r.ok ? r.value : ''
    updatePerson(a, id, { custom: { 'field-b-000001': 2 } })
    expect(a.people.get(id)!.custom).toEqual({ 'field-b-000001': 2 })
    expect(updatePerson(a, id, { custom: { 'Rosa Müller': 'x' } }).ok).toBe(false)
  })

  it('refuses invalid writes with field errors', () => {
    const s = session(1)
    const r = addPerson(s, { ...emptyPersonInput(), name: '' })
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', errors: [{ field: 'name', code: 'required' }] },
    })
    const long = addPerson(s, { ...emptyPersonInput(), name: 'x'.repeat(10_000) })
    expect(long.ok).toBe(false)
    expect(s.people.size).toBe(0)
  })

  it('skips and reports malformed records from a peer without crashing', () => {
    const s = session(1)
    s.doc.transact(() => {
      s.people.base.set('AAAAAAAAAAAA', { id: 'AAAAAAAAAAAA', name: 42, createdAt: 1 })
      s.people.base.set('BBBBBBBBBBBB', {
        id: 'BBBBBBBBBBBB',
        name: 'Ok',
        tags: 'not-a-list',
        createdAt: 1,
      })
      s.people.base.set('CCCCCCCCCCCC', 'junk')
    }, 'remote')
    expect(s.people.getSnapshot().map((p) => p.name)).toEqual(['Ok'])
    expect(s.people.get('BBBBBBBBBBBB')?.tags).toEqual([])
    expect(
      s.people
        .malformedRecords()
        .map((m) => m.id)
        .sort(),
    ).toEqual(['AAAAAAAAAAAA', 'CCCCCCCCCCCC'])
  })
})
