import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assess } from '@shared/domain/assessments/commands'
import { CircleSession } from '@shared/domain/circle/session'
import { addCustomField, removeCustomField } from '@shared/domain/custom-fields/commands'
import { customValue } from '@shared/domain/custom-fields/custom-field'
import { addPerson, removePerson, updatePerson } from '@shared/domain/people/commands'
import { erasePerson } from '@shared/domain/people/erase'
import { emptyPersonInput } from '@shared/domain/people/person'
import { personDossier, toPersonExport } from '@shared/domain/people/person-export'
import { addRelationship, relationshipsOf } from '@shared/domain/relationships/commands'
import { addStructureTest, setParticipation } from '@shared/domain/structure-tests/commands'
import { addUnit, removeUnit, updateUnit } from '@shared/domain/units/commands'
import { flattenUnits } from '@shared/domain/units/tree'

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote')
}
const session = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return new CircleSession('circle-1', doc)
}
const ok = <T>(r: { ok: true; value: T } | { ok: false }) => {
  if (!r.ok) throw new Error('command failed')
  return r.value
}
const person = (s: CircleSession, name: string, extra = {}) =>
  ok(addPerson(s, { ...emptyPersonInput(), name, ...extra }))
const test = (s: CircleSession) =>
  ok(
    addStructureTest(s, {
      name: 'Petition',
      kind: 'petition',
      date: '2026-11-01',
      goalPercent: 50,
      plusOne: true,
      unitId: '',
      notes: '',
    }),
  )

describe('assessments', () => {
  it('keeps the history; the latest is current, on every peer the same', () => {
    const a = session(1)
    const b = session(2)
    const rosa = person(a, 'Rosa')
    sync(a.doc, b.doc)
    ok(assess(a, { personId: rosa, value: 3, reason: 'unsure', by: '' }, 1000))
    ok(assess(a, { personId: rosa, value: 2, reason: 'signed', by: '' }, 2000))
    // Two members assess at the same moment while apart: both kept, one current everywhere.
    ok(assess(a, { personId: rosa, value: 1, reason: 'joined committee', by: '' }, 3000))
    ok(assess(b, { personId: rosa, value: 4, reason: 'angry at union', by: '' }, 3000))
    sync(a.doc, b.doc)
    expect(a.assessmentIndex.history(rosa).map((x) => x.value)).toHaveLength(4)
    expect(a.assessmentIndex.current(rosa)).toBe(b.assessmentIndex.current(rosa))
    expect(a.assessmentIndex.valueAt(rosa, 2500)).toBe(2)
    expect(a.assessmentIndex.valueAt(rosa, 500)).toBe(0)
  })

  it('refuses values outside 1-5 and people who are not there', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    expect(assess(s, { personId: rosa, value: 6, reason: '', by: '' }).ok).toBe(false)
    expect(assess(s, { personId: rosa, value: 0, reason: '', by: '' }).ok).toBe(false)
    expect(assess(s, { personId: 'nobody-000000', value: 2, reason: '', by: '' }).ok).toBe(false)
  })
})

describe('units', () => {
  it('form a tree; removing a unit moves its people and units up', () => {
    const s = session(1)
    const site = ok(addUnit(s, { name: 'Harbour', parentId: '' }))
    const dock = ok(addUnit(s, { name: 'Dock 7', parentId: site }))
    const night = ok(addUnit(s, { name: 'Night shift', parentId: dock }))
    const rosa = person(s, 'Rosa', { unitId: dock })
    expect(flattenUnits(s.units.getSnapshot()).map((n) => n.path.join('>'))).toEqual([
      'Harbour',
      'Harbour>Dock 7',
      'Harbour>Dock 7>Night shift',
    ])
    // A unit cannot go under itself or its own units.
    expect(updateUnit(s, site, { parentId: night }).ok).toBe(false)
    ok(removeUnit(s, dock))
    expect(s.people.get(rosa)?.unitId).toBe(site)
    expect(s.units.get(night)?.parentId).toBe(site)
  })

  it('a typed path finds existing units whatever the case, and creates the rest', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa', { unit: 'Harbour > Night shift' })
    const clara = person(s, 'Clara', { unit: 'harbour ›  night  shift ' })
    expect(s.units.size).toBe(2)
    expect(s.people.get(rosa)?.unitId).toBe(s.people.get(clara)?.unitId)
  })

  it('units moved under each other at once on two peers are both still shown', () => {
    const a = session(1)
    const b = session(2)
    const x = ok(addUnit(a, { name: 'X', parentId: '' }))
    const y = ok(addUnit(a, { name: 'Y', parentId: '' }))
    sync(a.doc, b.doc)
    ok(updateUnit(a, x, { parentId: y }))
    ok(updateUnit(b, y, { parentId: x }))
    sync(a.doc, b.doc)
    expect(flattenUnits(a.units.getSnapshot()).map((n) => n.unit.name)).toEqual(['X', 'Y'])
  })
})

describe('custom fields', () => {
  it('checks values by type and removing a field removes its values', () => {
    const s = session(1)
    const size = ok(addCustomField(s, { name: 'Shoe size', type: 'number', choices: [] }))
    const shift = ok(
      addCustomField(s, { name: 'Shift', type: 'choice', choices: ['Early', 'Late'] }),
    )
    expect(customValue(s.customFields.get(size)!, '39,5')).toBe(39.5)
    expect(customValue(s.customFields.get(size)!, 'big')).toBeNull()
    expect(customValue(s.customFields.get(shift)!, 'late')).toBe('Late')
    expect(customValue(s.customFields.get(shift)!, 'Night')).toBeNull()
    const rosa = person(s, 'Rosa', { custom: { [size]: 39, [shift]: 'Late' } })
    ok(removeCustomField(s, size))
    expect(s.people.get(rosa)?.custom).toEqual({ [shift]: 'Late' })
  })
})

describe('erasing a person', () => {
  it('removes the person and every record that refers to them, and notes an erasure', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa Canary')
    const clara = person(s, 'Clara')
    ok(assess(s, { personId: rosa, value: 2, reason: 'signed', by: '' }))
    ok(addRelationship(s, { fromId: clara, toId: rosa, kind: 'family', label: 'sister' }))
    ok(addRelationship(s, { fromId: rosa, toId: clara, kind: 'knows', label: '' }))
    const t = test(s)
    ok(setParticipation(s, { testId: t, personId: rosa, took: 'yes', by: '' }))
    ok(setParticipation(s, { testId: t, personId: clara, took: 'no', by: '' }))
    expect(ok(erasePerson(s, rosa)).references).toBe(4)
    expect(s.people.has(rosa)).toBe(false)
    expect(s.assessments.size).toBe(0)
    expect(s.relationships.size).toBe(0)
    expect(s.participation.size).toBe(1)
    expect(s.erasures.size).toBe(1)
    expect(s.settledInvariants()).toEqual([])
    // The erasure note and every key in the document hold no trace of the person.
    const json = JSON.stringify(s.doc.toJSON())
    expect(json).not.toContain('Rosa')
    expect(json).not.toContain(rosa)
  })

  it('a garbage-collected copy of the document (what compaction stores) no longer holds the content', () => {
    const s = session(1)
    const rosa = person(s, 'Zelda Canary', { notes: 'lives at Canary Street 5' })
    ok(updatePerson(s, rosa, { phone: '+49 555 CANARY' }))
    ok(erasePerson(s, rosa))
    const compacted = new Y.Doc({ gc: true })
    Y.applyUpdate(compacted, Y.encodeStateAsUpdate(s.doc))
    const bytes = new TextDecoder('latin1').decode(Y.encodeStateAsUpdate(compacted))
    expect(bytes).not.toContain('Canary')
    expect(bytes).not.toContain('CANARY')
  })

  it('an assessment made offline of a person erased meanwhile is swept on every peer', () => {
    const a = session(1)
    const b = session(2)
    const rosa = person(a, 'Rosa')
    sync(a.doc, b.doc)
    ok(erasePerson(a, rosa))
    ok(assess(b, { personId: rosa, value: 2, reason: 'offline', by: '' }))
    ok(updatePerson(b, rosa, { phone: '123' }))
    sync(a.doc, b.doc)
    expect(a.settledInvariants()).not.toEqual([])
    a.maintain()
    b.maintain()
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(s.settledInvariants()).toEqual([])
      expect(s.assessments.size).toBe(0)
      expect(s.people.orphanIds()).toEqual([])
    }
  })

  it('an assessment that arrives before its person is kept until the person arrives', () => {
    const a = session(1)
    const b = session(2)
    const c = session(3)
    const rosa = person(a, 'Rosa')
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc), 'remote')
    ok(assess(b, { personId: rosa, value: 2, reason: 'signed', by: '' }))
    // C hears from B first: only the assessment, not yet Rosa (still on her way from A).
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'remote')
    expect(c.people.size).toBe(0)
    c.maintain()
    expect(c.assessments.size).toBe(1)
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(a.doc), 'remote')
    expect(c.assessmentIndex.current(rosa)).toBe(2)
    expect(c.settledInvariants()).toEqual([])
  })

  it('removing a person (not an erase request) also removes what refers to them', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    ok(assess(s, { personId: rosa, value: 2, reason: '', by: '' }))
    ok(removePerson(s, rosa))
    expect(s.assessments.size).toBe(0)
    expect(s.erasures.size).toBe(0)
  })
})

describe("a person's data", () => {
  it('exports everything about a person, relationships by name', () => {
    const s = session(1)
    const size = ok(addCustomField(s, { name: 'Shoe size', type: 'number', choices: [] }))
    const rosa = person(s, 'Rosa', {
      unit: 'Harbour > Night shift',
      role: 'Crane operator',
      languages: ['pt', 'de'],
      leader: true,
      stage: 'active',
      custom: { [size]: 39 },
    })
    const clara = person(s, 'Clara')
    ok(assess(s, { personId: rosa, value: 2, reason: 'signed', by: '' }, 5))
    ok(addRelationship(s, { fromId: clara, toId: rosa, kind: 'family', label: 'sister' }))
    expect(relationshipsOf(s, rosa)).toHaveLength(1)
    const d = personDossier(s, rosa)!
    expect(d.person).toMatchObject({
      name: 'Rosa',
      unitPath: ['Harbour', 'Night shift'],
      role: 'Crane operator',
      leader: true,
      stage: 'active',
      assessment: 2,
      custom: { 'Shoe size': '39' },
    })
    expect(d.relationships).toEqual([
      { kind: 'family', label: 'sister', direction: 'to', other: 'Clara' },
    ])
    expect(toPersonExport(s, s.people.get(clara)!).relationships).toEqual([
      { kind: 'family', label: 'sister', to: rosa },
    ])
  })
})
