import type { Person } from '../people/person'
import type { UnitNode } from '../units/tree'
import { unitWithDescendants } from '../units/tree'
import {
  goalCount,
  participationId,
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
}

export interface TestResult {
  overall: TestTally
  /** One tally per unit in scope that has people (tree order); null unit: no unit. */
  byUnit: { unit: UnitNode | null; tally: TestTally }[]
}

function tally(
  test: StructureTest,
  people: readonly Person[],
  took: (p: Person) => string | null,
): TestTally {
  let yes = 0
  let no = 0
  for (const p of people) {
    const t = took(p)
    if (t === 'yes') yes++
    else if (t === 'no') no++
  }
  const needed = goalCount(test, people.length)
  return {
    total: people.length,
    took: yes,
    declined: no,
    unknown: people.length - yes - no,
    needed,
    reached: people.length > 0 && yes >= needed,
  }
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
  units: readonly UnitNode[]
  participation: (id: string) => ParticipationRecord | undefined
}): TestResult {
  const { test, units } = input
  const inScope = peopleInScope(test, input.people, units)
  const took = (p: Person) => input.participation(participationId(test.id, p.id))?.took ?? null
  const byUnitId = new Map<string, Person[]>()
  for (const p of inScope) {
    const list = byUnitId.get(p.unitId) ?? []
    list.push(p)
    byUnitId.set(p.unitId, list)
  }
  const byUnit: TestResult['byUnit'] = []
  for (const u of units) {
    const list = byUnitId.get(u.unit.id)
    if (list) byUnit.push({ unit: u, tally: tally(test, list, took) })
    byUnitId.delete(u.unit.id)
  }
  const rest = [...byUnitId.values()].flat()
  if (rest.length > 0) byUnit.push({ unit: null, tally: tally(test, rest, took) })
  return { overall: tally(test, inScope, took), byUnit }
}
