import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import { addPerson, removePerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { ORIGIN, write } from '@shared/data/origins'
import {
  addStructureTest,
  removeStructureTest,
  setParticipation,
  updateStructureTest,
  type TestInput,
} from '@shared/domain/structure-tests/commands'
import {
  indexParticipation,
  participationOf,
  peopleInScope,
  scopeMissing,
  testResult,
  testsOverTime,
} from '@shared/domain/structure-tests/results'
import { ParticipationIndexStore } from '@shared/domain/structure-tests/participation-index'
import {
  goalCount,
  isTestDate,
  participationId,
  type StructureTest,
} from '@shared/domain/structure-tests/structure-test'
import { removeUnit } from '@shared/domain/units/commands'
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

const MEMBER = 'member-aaaaaaaaaaaa'

const testInput = (over: Partial<TestInput> = {}): TestInput => ({
  name: 'Petition for heating',
  kind: 'petition',
  date: '2025-03-14',
  goalPercent: 50,
  plusOne: true,
  unitId: '',
  notes: '',
  ...over,
})

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`command failed: ${JSON.stringify(r.error)}`)
  return r.value
}

/** A circle with people in Harbour › Night shift, Harbour › Day shift, Office and no unit. */
function circle(s = session(1)) {
  const person = (name: string, unit: string) =>
    unwrap(addPerson(s, { ...emptyPersonInput(), name, unit }))
  const ids = {
    rosa: person('Rosa', 'Harbour > Night shift'),
    amir: person('Amir', 'Harbour > Night shift'),
    lena: person('Lena', 'Harbour > Night shift'),
    jonas: person('Jonas', 'Harbour > Day shift'),
    mei: person('Mei', 'Harbour'),
    olga: person('Olga', 'Office'),
    kim: person('Kim', ''),
  }
  const units = () => flattenUnits(s.units.getSnapshot())
  const unitId = (name: string) => units().find((n) => n.unit.name === name)!.unit.id
  return { s, ids, units, unitId }
}

const result = (s: CircleSession, test: StructureTest) =>
  testResult({
    test,
    people: s.people.getSnapshot(),
    units: flattenUnits(s.units.getSnapshot()),
    participation: indexParticipation(s.participation.getSnapshot()),
  })

const record = (
  s: CircleSession,
  testId: string,
  personId: string,
  took: 'yes' | 'no' | null,
  now?: number,
) => unwrap(setParticipation(s, { testId, personId, took, by: MEMBER }, now))

describe('goal math', () => {
  const goal = (goalPercent: number, plusOne: boolean, total: number) =>
    goalCount({ goalPercent, plusOne }, total)

  it('50 % + 1 is more than half', () => {
    expect(goal(50, true, 7)).toBe(4)
    expect(goal(50, true, 8)).toBe(5)
    expect(goal(50, true, 1)).toBe(1)
    expect(goal(50, true, 2)).toBe(2)
    expect(goal(50, true, 30)).toBe(16)
  })

  it('a percentage must be reached', () => {
    expect(goal(60, false, 10)).toBe(6)
    expect(goal(60, false, 11)).toBe(7)
    expect(goal(50, false, 7)).toBe(4)
    expect(goal(50, false, 8)).toBe(4)
    expect(goal(1, false, 10)).toBe(1)
    expect(goal(100, false, 10)).toBe(10)
    // Exact at percentages that are not exact in binary floating point.
    expect(goal(70, false, 10)).toBe(7)
    expect(goal(29, false, 100)).toBe(29)
    expect(goal(57, false, 100)).toBe(57)
  })

  it('never asks for more than everyone, nor anything of nobody', () => {
    expect(goal(100, true, 10)).toBe(10)
    expect(goal(50, true, 0)).toBe(0)
  })
})

describe('structure tests', () => {
  it('adds, edits and removes a test with what was recorded for it', () => {
    const { s, ids } = circle()
    const id = unwrap(addStructureTest(s, testInput({ name: '  Petition for heating ' })))
    expect(s.structureTests.get(id)).toMatchObject({ name: 'Petition for heating', plusOne: true })
    expect(updateStructureTest(s, id, { goalPercent: 60, plusOne: false }).ok).toBe(true)
    expect(s.structureTests.get(id)).toMatchObject({ goalPercent: 60, plusOne: false })
    record(s, id, ids.rosa, 'yes')
    record(s, id, ids.amir, 'no')
    expect(s.participation.size).toBe(2)
    expect(removeStructureTest(s, id).ok).toBe(true)
    expect(s.structureTests.size).toBe(0)
    expect(s.participation.size).toBe(0)
    expect(removeStructureTest(s, id)).toEqual({ ok: false, error: { code: 'notFound' } })
    expect(s.invariants()).toEqual([])
  })

  it('refuses a test without a name or date, with a bad goal or an unknown unit', () => {
    const { s } = circle()
    const r = addStructureTest(
      s,
      testInput({ name: ' ', date: '', goalPercent: 0, unitId: 'no-such-unit-0001' }),
    )
    expect(r.ok).toBe(false)
    const fields = !r.ok && r.error.code === 'invalid' ? r.error.errors.map((e) => e.field) : []
    expect(fields.sort()).toEqual(['date', 'goalPercent', 'name', 'unitId'])
    expect(addStructureTest(s, testInput({ date: '2025-02-30' })).ok).toBe(false)
    expect(addStructureTest(s, testInput({ goalPercent: 101 })).ok).toBe(false)
    expect(s.structureTests.size).toBe(0)
    const id = unwrap(addStructureTest(s, testInput()))
    expect(updateStructureTest(s, id, { date: 'soon' }).ok).toBe(false)
    expect(updateStructureTest(s, 'no-such-test-0001', { name: 'x' })).toEqual({
      ok: false,
      error: { code: 'notFound' },
    })
  })

  it('checks dates', () => {
    expect(isTestDate('2024-02-29')).toBe(true)
    expect(isTestDate('2025-02-29')).toBe(false)
    expect(isTestDate('2025-12-31')).toBe(true)
    expect(isTestDate('2025-13-01')).toBe(false)
    expect(isTestDate('14.03.2025')).toBe(false)
  })

  it('lists the newest test first', () => {
    const { s } = circle()
    unwrap(addStructureTest(s, testInput({ name: 'Shirt day', date: '2025-05-01' }), 1))
    unwrap(addStructureTest(s, testInput({ name: 'Petition', date: '2025-03-14' }), 2))
    unwrap(addStructureTest(s, testInput({ name: 'Vote', date: '2025-06-20' }), 3))
    unwrap(addStructureTest(s, testInput({ name: 'Sign-up', date: '2025-06-20' }), 4))
    expect(s.structureTests.getSnapshot().map((t) => t.name)).toEqual([
      'Sign-up',
      'Vote',
      'Shirt day',
      'Petition',
    ])
  })

  it('refuses every write in a read-only circle', () => {
    const { s, ids } = circle()
    const id = unwrap(addStructureTest(s, testInput()))
    Object.defineProperty(s, 'readOnly', { get: () => true })
    const readOnly = { ok: false, error: { code: 'readOnly' } }
    expect(addStructureTest(s, testInput())).toEqual(readOnly)
    expect(updateStructureTest(s, id, { name: 'x' })).toEqual(readOnly)
    expect(setParticipation(s, { testId: id, personId: ids.rosa, took: 'yes', by: '' })).toEqual(
      readOnly,
    )
    expect(removeStructureTest(s, id)).toEqual(readOnly)
  })
})

describe('participation', () => {
  it('records, changes and clears what a person did', () => {
    const { s, ids } = circle()
    const id = unwrap(addStructureTest(s, testInput()))
    record(s, id, ids.rosa, 'yes', 1000)
    const index = () => indexParticipation(s.participation.getSnapshot())
    expect(participationOf(index(), id, ids.rosa)).toBe('yes')
    expect(s.participation.get(participationId(id, ids.rosa))).toMatchObject({
      took: 'yes',
      by: MEMBER,
      at: 1000,
    })
    record(s, id, ids.rosa, 'no', 2000)
    expect(participationOf(index(), id, ids.rosa)).toBe('no')
    expect(s.participation.size).toBe(1)
    record(s, id, ids.rosa, null)
    expect(participationOf(index(), id, ids.rosa)).toBe(null)
    expect(s.participation.size).toBe(0)
    // Clearing what was never recorded is fine.
    record(s, id, ids.rosa, null)
    expect(
      setParticipation(s, { testId: id, personId: 'nobody-000000001', took: 'yes', by: '' }),
    ).toEqual({ ok: false, error: { code: 'notFound' } })
  })

  it('is removed with the person', () => {
    const { s, ids } = circle()
    const id = unwrap(addStructureTest(s, testInput()))
    record(s, id, ids.rosa, 'yes')
    unwrap(removePerson(s, ids.rosa))
    expect(s.participation.size).toBe(0)
    expect(s.invariants()).toEqual([])
  })

  it('counts one record per person and test: the one under the derived id', () => {
    const { s, ids } = circle()
    const id = unwrap(addStructureTest(s, testInput()))
    // Written by a peer under another id, or under the derived id of someone else.
    write(s.doc, ORIGIN.participationSet, () => {
      s.participation.insert({
        id: 'foreign-participation-1',
        testId: id,
        personId: ids.rosa,
        took: 'yes',
        by: '',
        at: 5,
      })
      s.participation.insert({
        id: participationId(id, ids.amir),
        testId: id,
        personId: ids.rosa,
        took: 'yes',
        by: '',
        at: 5,
      })
    })
    const index = () => indexParticipation(s.participation.getSnapshot())
    expect(participationOf(index(), id, ids.rosa)).toBe(null)
    expect(result(s, s.structureTests.get(id)!).overall.took).toBe(0)
    record(s, id, ids.rosa, 'no')
    record(s, id, ids.amir, 'yes')
    expect(participationOf(index(), id, ids.rosa)).toBe('no')
    expect(participationOf(index(), id, ids.amir)).toBe('yes')
    expect(s.participation.get(participationId(id, ids.amir))?.personId).toBe(ids.amir)
    expect(result(s, s.structureTests.get(id)!).overall).toMatchObject({ took: 1, declined: 1 })
  })

  it('recorded for the same person on two laptops at once converges to one record', () => {
    const a = session(1)
    const { ids } = circle(a)
    const b = session(2)
    const id = unwrap(addStructureTest(a, testInput()))
    sync(a.doc, b.doc)
    // Both offline: a records "took part", b "did not", for the same person.
    unwrap(setParticipation(a, { testId: id, personId: ids.rosa, took: 'yes', by: MEMBER }, 10))
    unwrap(setParticipation(b, { testId: id, personId: ids.rosa, took: 'no', by: 'member-b' }, 11))
    // And both record Amir, with the same answer.
    record(a, id, ids.amir, 'yes')
    record(b, id, ids.amir, 'yes')
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(s.participation.size).toBe(2)
      const rosa = s.participation.getSnapshot().filter((p) => p.personId === ids.rosa)
      expect(rosa).toHaveLength(1)
    }
    // The same whole record on both sides: one member's answer with that member's name.
    expect(a.participation.get(participationId(id, ids.rosa))).toEqual(
      b.participation.get(participationId(id, ids.rosa)),
    )
    const winner = a.participation.get(participationId(id, ids.rosa))!
    expect([
      ['yes', MEMBER],
      ['no', 'member-b'],
    ]).toContainEqual([winner.took, winner.by])
    expect(result(a, a.structureTests.get(id)!)).toEqual(result(b, b.structureTests.get(id)!))
  })

  it('keeps an answer recorded on one laptop while another cleared it', () => {
    const a = session(1)
    const { ids } = circle(a)
    const b = session(2)
    const id = unwrap(addStructureTest(a, testInput()))
    record(a, id, ids.rosa, 'yes')
    sync(a.doc, b.doc)
    record(a, id, ids.rosa, null)
    record(b, id, ids.rosa, 'no')
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(participationOf(indexParticipation(s.participation.getSnapshot()), id, ids.rosa)).toBe(
        'no',
      )
      expect(s.participation.size).toBe(1)
      // No field edits left over from the replaced record.
      expect(s.participation.fields.size).toBe(0)
    }
  })

  it('leaves no record behind when a test is removed while another laptop records', async () => {
    const a = session(1)
    const { ids } = circle(a)
    const b = session(2)
    const id = unwrap(addStructureTest(a, testInput()))
    sync(a.doc, b.doc)
    unwrap(removeStructureTest(a, id))
    record(b, id, ids.rosa, 'yes')
    sync(a.doc, b.doc)
    // Each peer sweeps records that refer to a removed test shortly after a peer's change.
    await new Promise((r) => setTimeout(r, 700))
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(s.participation.size).toBe(0)
      expect(s.invariants()).toEqual([])
    }
    a.destroy()
    b.destroy()
  })
})

describe('results', () => {
  it('counts the people in scope: everyone, or a unit and the units below it', () => {
    const { s, ids, units, unitId } = circle()
    const all = unwrap(addStructureTest(s, testInput()))
    const harbour = unwrap(addStructureTest(s, testInput({ unitId: unitId('Harbour') })))
    const night = unwrap(addStructureTest(s, testInput({ unitId: unitId('Night shift') })))
    const names = (testId: string) =>
      peopleInScope(s.structureTests.get(testId)!, s.people.getSnapshot(), units())
        .map((p) => p.name)
        .sort()
    expect(names(all)).toEqual(['Amir', 'Jonas', 'Kim', 'Lena', 'Mei', 'Olga', 'Rosa'])
    expect(names(harbour)).toEqual(['Amir', 'Jonas', 'Lena', 'Mei', 'Rosa'])
    expect(names(night)).toEqual(['Amir', 'Lena', 'Rosa'])
    expect(ids.olga).toBeTruthy()
  })

  it('tallies overall and per unit against the goal', () => {
    const { s, ids, unitId } = circle()
    const id = unwrap(addStructureTest(s, testInput({ unitId: unitId('Harbour') })))
    record(s, id, ids.rosa, 'yes')
    record(s, id, ids.amir, 'yes')
    record(s, id, ids.lena, 'no')
    record(s, id, ids.jonas, 'yes')
    // Out of scope: does not count.
    record(s, id, ids.olga, 'yes')
    const r = result(s, s.structureTests.get(id)!)
    expect(r.overall).toEqual({
      total: 5,
      took: 3,
      declined: 1,
      unknown: 1,
      needed: 3,
      reached: true,
      share: 3 / 5,
    })
    expect(r.byUnit.map((u) => [u.unit?.unit.name ?? null, u.tally.took, u.tally.total])).toEqual([
      ['Harbour', 0, 1],
      ['Day shift', 1, 1],
      ['Night shift', 2, 3],
    ])
    const night = r.byUnit.find((u) => u.unit?.unit.name === 'Night shift')!.tally
    expect(night).toMatchObject({ needed: 2, reached: true, declined: 1, unknown: 0 })
    const harbourOnly = r.byUnit.find((u) => u.unit?.unit.name === 'Harbour')!.tally
    expect(harbourOnly).toMatchObject({ needed: 1, reached: false, unknown: 1 })
  })

  it('groups people without a unit, and shows nobody when the scope unit is gone', () => {
    const { s, ids, units, unitId } = circle()
    const all = unwrap(addStructureTest(s, testInput()))
    record(s, all, ids.kim, 'yes')
    const r = result(s, s.structureTests.get(all)!)
    expect(r.byUnit.at(-1)).toMatchObject({ unit: null, tally: { total: 1, took: 1 } })
    expect(r.overall).toMatchObject({ total: 7, needed: 4, reached: false })

    const office = unwrap(addStructureTest(s, testInput({ unitId: unitId('Office') })))
    expect(scopeMissing(s.structureTests.get(office)!, units())).toBe(false)
    unwrap(removeUnit(s, unitId('Office')))
    expect(scopeMissing(s.structureTests.get(office)!, units())).toBe(true)
    expect(result(s, s.structureTests.get(office)!).overall).toMatchObject({
      total: 0,
      reached: false,
    })
    // The test can still be edited (its scope kept or changed to an existing unit).
    expect(updateStructureTest(s, office, { name: 'Office petition' }).ok).toBe(true)
    expect(updateStructureTest(s, office, { unitId: '' }).ok).toBe(true)
  })

  it('compares tests over time, oldest first, with the change in points', () => {
    const { s, ids } = circle()
    const later = unwrap(addStructureTest(s, testInput({ name: 'Shirt day', date: '2025-05-01' })))
    const first = unwrap(addStructureTest(s, testInput({ name: 'Petition', date: '2025-03-14' })))
    for (const p of [ids.rosa, ids.amir]) record(s, first, p, 'yes')
    for (const p of [ids.rosa, ids.amir, ids.lena, ids.jonas, ids.mei]) record(s, later, p, 'yes')
    const rows = testsOverTime({
      tests: s.structureTests.getSnapshot(),
      people: s.people.getSnapshot(),
      units: flattenUnits(s.units.getSnapshot()),
      participation: indexParticipation(s.participation.getSnapshot()),
    })
    expect(rows.map((r) => [r.test.name, r.tally.took, r.tally.reached, r.change])).toEqual([
      ['Petition', 2, false, null],
      // Shares in whole percent, rounded down as shown: 2 of 7 is 28 %, 5 of 7 is 71 %.
      ['Shirt day', 5, true, 71 - 28],
    ])
  })
})

describe('participation index store', () => {
  const plain = (index: ReadonlyMap<string, ReadonlyMap<string, { took: string }>>) =>
    Object.fromEntries(
      [...index].map(([testId, m]) => [
        testId,
        Object.fromEntries([...m].map(([personId, r]) => [personId, r.took])),
      ]),
    )

  it('follows every change as a full index would, copying only what changed', () => {
    const a = session(1)
    const { ids } = circle(a)
    const b = session(2)
    const store = new ParticipationIndexStore(a.participation)
    let calls = 0
    const off = store.subscribe(() => calls++)
    const t1 = unwrap(addStructureTest(a, testInput({ name: 'One' })))
    const t2 = unwrap(addStructureTest(a, testInput({ name: 'Two' })))
    record(a, t1, ids.rosa, 'yes')
    record(a, t2, ids.rosa, 'no')
    const before = store.getSnapshot()
    record(a, t1, ids.amir, 'yes')
    const after = store.getSnapshot()
    expect(after).not.toBe(before)
    // The other test's map is shared, untouched.
    expect(after.get(t2)).toBe(before.get(t2))
    expect(after.get(t1)).not.toBe(before.get(t1))
    // A peer's changes arrive the same way.
    sync(a.doc, b.doc)
    record(b, t1, ids.rosa, 'no')
    record(b, t2, ids.rosa, null)
    record(b, t1, ids.lena, 'yes')
    sync(a.doc, b.doc)
    expect(plain(store.getSnapshot())).toEqual(
      plain(indexParticipation(a.participation.getSnapshot())),
    )
    expect(participationOf(store.getSnapshot(), t1, ids.rosa)).toBe('no')
    expect(store.getSnapshot().has(t2)).toBe(false)
    unwrap(removeStructureTest(a, t1))
    expect(store.getSnapshot().size).toBe(0)
    expect(calls).toBeGreaterThan(0)
    off()
    // Read while nobody listens: rebuilt from the collection.
    const t3 = unwrap(addStructureTest(a, testInput({ name: 'Three' })))
    record(a, t3, ids.mei, 'yes')
    expect(participationOf(store.getSnapshot(), t3, ids.mei)).toBe('yes')
    const same = store.getSnapshot()
    expect(store.getSnapshot()).toBe(same)
  })
})
