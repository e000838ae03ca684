import type { Person } from '../people/person'
import type { UnitNode } from '../units/tree'
import { unitWithDescendants } from '../units/tree'
import {
  goalCount,
  participationId,
  type Participation,
  type ParticipationRecord,
  type StructureTest,
} from './structure-test'

export interface TestTally {
  /** People in scope. */
  total: number
  took: number
  declined: number
  /** Not yet recorded either way. */
  unknown: number
  /** How many must take part to reach the goal. */
  needed: number
  reached: boolean
  /** Share of the people in scope who took part, 0–1 (0 when nobody is in scope). */
  share: number
}

export interface TestResult {
  overall: TestTally
  /** One tally per unit in scope that has people (tree order); null unit: no unit. */
  byUnit: { unit: UnitNode | null; tally: TestTally }[]
}

/** Participation by test id, then by person id. */
export type ParticipationIndex = ReadonlyMap<string, ReadonlyMap<string, ParticipationRecord>>

const NONE: ReadonlyMap<string, ParticipationRecord> = new Map()

/** True for the one record that counts for its test and person: the one under the derived id. */
export const countsAsParticipation = (r: ParticipationRecord) =>
  r.id === participationId(r.testId, r.personId)

/**
 * Indexes participation records by test and person. Only the record under the id derived
 * from test and person counts (what setParticipation writes), so a person is never counted
 * twice, whatever a peer wrote.
 */
export function indexParticipation(records: readonly ParticipationRecord[]): ParticipationIndex {
  const out = new Map<string, Map<string, ParticipationRecord>>()
  for (const r of records) {
    if (!countsAsParticipation(r)) continue
    let byPerson = out.get(r.testId)
    if (!byPerson) out.set(r.testId, (byPerson = new Map()))
    byPerson.set(r.personId, r)
  }
  return out
}

/** What was recorded for a person in a test: 'yes', 'no', or null (nothing yet). */
export function participationOf(
  index: ParticipationIndex,
  testId: string,
  personId: string,
): Participation | null {
  return index.get(testId)?.get(personId)?.took ?? null
}

/** Whole percent who took part, rounded down (so 50 % never shows for 49.6 %). */
export const sharePercent = (tally: Pick<TestTally, 'share'>) =>
  Math.floor(tally.share * 100 + 1e-9)

/** Counts a group of people against a test's goal. */
export function tallyOf(
  test: Pick<StructureTest, 'goalPercent' | 'plusOne'>,
  people: readonly Person[],
  took: (p: Person) => Participation | null,
): TestTally {
  let yes = 0
  let no = 0
  for (const p of people) {
    const t = took(p)
    if (t === 'yes') yes++
    else if (t === 'no') no++
  }
  const total = people.length
  const needed = goalCount(test, total)
  return {
    total,
    took: yes,
    declined: no,
    unknown: total - yes - no,
    needed,
    reached: total > 0 && yes >= needed,
    share: total > 0 ? yes / total : 0,
  }
}

/** True when a test is scoped to a unit that is no longer in the circle. */
export function scopeMissing(test: StructureTest, units: readonly UnitNode[]): boolean {
  return test.unitId !== '' && !units.some((n) => n.unit.id === test.unitId)
}

/** The people a test counts: everyone, or those in its unit and the units below it. */
export function peopleInScope(
  test: StructureTest,
  people: readonly Person[],
  units: readonly UnitNode[],
): Person[] {
  if (test.unitId === '') return [...people]
  const scope = unitWithDescendants(units, test.unitId)
  return people.filter((p) => scope.has(p.unitId))
}

/** Results of a test overall and per unit, against its goal. */
export function testResult(input: {
  test: StructureTest
  people: readonly Person[]
  /** The circle's units, flattened (flattenUnits). */
  units: readonly UnitNode[]
  participation: ParticipationIndex
}): TestResult {
  const { test, units } = input
  const inScope = peopleInScope(test, input.people, units)
  const recorded = input.participation.get(test.id) ?? NONE
  const took = (p: Person) => recorded.get(p.id)?.took ?? null
  const byUnitId = new Map<string, Person[]>()
  for (const p of inScope) {
    const list = byUnitId.get(p.unitId)
    if (list) list.push(p)
    else byUnitId.set(p.unitId, [p])
  }
  const byUnit: TestResult['byUnit'] = []
  for (const u of units) {
    const list = byUnitId.get(u.unit.id)
    if (list) byUnit.push({ unit: u, tally: tallyOf(test, list, took) })
    byUnitId.delete(u.unit.id)
  }
  const rest = [...byUnitId.values()].flat()
  if (rest.length > 0) byUnit.push({ unit: null, tally: tallyOf(test, rest, took) })
  return { overall: tallyOf(test, inScope, took), byUnit }
}

type Cache<V> = WeakMap<object, V>
/** Tallies by test, people, units and records (all immutable snapshots): see testsOverTime. */
const tallies: Cache<Cache<Cache<Cache<TestTally>>>> = new WeakMap()

/**
 * A test's overall tally, computed once per version of its inputs. Recording a person changes
 * one test's records only, so every other test's tally is reused.
 */
function cachedTally(
  test: StructureTest,
  people: readonly Person[],
  units: readonly UnitNode[],
  recorded: ReadonlyMap<string, ParticipationRecord>,
): TestTally {
  const level = <V>(map: Cache<V>, key: object, make: () => V): V => {
    let v = map.get(key)
    if (v === undefined) map.set(key, (v = make()))
    return v
  }
  const byRecorded = level(
    level(
      level(tallies, test, () => new WeakMap()),
      people,
      () => new WeakMap(),
    ),
    units,
    () => new WeakMap<object, TestTally>(),
  )
  return level(byRecorded, recorded, () =>
    tallyOf(test, peopleInScope(test, people, units), (p) => recorded.get(p.id)?.took ?? null),
  )
}

export interface TestOverTime {
  test: StructureTest
  tally: TestTally
  /** Change of the share who took part since the test before, in percentage points. */
  change: number | null
}

/**
 * Every test in date order (oldest first; tests without a date last) with how many took
 * part against its goal: whether participation is rising from one test to the next shows
 * whether the circle is ready to escalate.
 */
export function testsOverTime(input: {
  tests: readonly StructureTest[]
  people: readonly Person[]
  units: readonly UnitNode[]
  participation: ParticipationIndex
}): TestOverTime[] {
  const ordered = [...input.tests].sort(
    (a, b) =>
      (a.date === '' ? 1 : 0) - (b.date === '' ? 1 : 0) ||
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.createdAt - b.createdAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const out: TestOverTime[] = []
  let previous: TestTally | null = null
  for (const test of ordered) {
    const recorded = input.participation.get(test.id) ?? NONE
    const tally = cachedTally(test, input.people, input.units, recorded)
    const change =
      previous && previous.total > 0 && tally.total > 0
        ? sharePercent(tally) - sharePercent(previous)
        : null
    out.push({ test, tally, change })
    previous = tally
  }
  return out
}
