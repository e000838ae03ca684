import type { Person } from '../people/person'
import { peopleInScope, sharePercent, type ParticipationIndex } from '../structure-tests/results'
import { isPosition } from '../meetings/position'
import { goalCount, type StructureTest } from '../structure-tests/structure-test'
import type { UnitNode } from '../units/tree'
import type { Step } from './plan'

/**
 * A plan's ladder in order: by position, ties (two members adding a step at once) broken by
 * id, the same on every peer. A position a peer wrote that this version cannot read goes last.
 */
export function orderSteps(steps: readonly Step[], planId: string): Step[] {
  const key = (s: Step) => (isPosition(s.position) ? s.position : '~')
  return steps
    .filter((s) => s.planId === planId)
    .sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    })
}

/** Whether a step's gate is met, and the numbers behind it. */
export type GateStatus =
  | { kind: 'none' }
  /** The gate's structure test was removed. */
  | { kind: 'missing' }
  /** The test has not been held yet: nothing is recorded for anyone in its scope. */
  | { kind: 'waiting'; test: StructureTest; total: number; needed: number }
  | {
      kind: 'met' | 'notMet'
      test: StructureTest
      /** People in the test's scope who took part. */
      took: number
      /** People in the test's scope. */
      total: number
      /** How many must take part to meet the gate. */
      needed: number
      /** Whole percent who took part, rounded down. */
      percent: number
    }

export interface GateContext {
  tests: ReadonlyMap<string, StructureTest>
  people: readonly Person[]
  /** The circle's units, flattened (flattenUnits). */
  units: readonly UnitNode[]
  participation: ParticipationIndex
}

/**
 * A step's gate, from the live charting data: the share of the people in the test's scope who
 * took part (counted as the Tests view counts them) against the share the step requires. Met
 * when at least `requiredPercent` % of them took part (and at least one person is in scope).
 */
export function gateStatus(
  step: Pick<Step, 'testId' | 'requiredPercent'>,
  ctx: GateContext,
): GateStatus {
  if (step.testId === '') return { kind: 'none' }
  const test = ctx.tests.get(step.testId)
  if (!test) return { kind: 'missing' }
  const scope = scopeOf(test, ctx.people, ctx.units)
  let took = 0
  let declined = 0
  // Only the records of people in scope count, as in the Tests view.
  for (const [personId, r] of ctx.participation.get(test.id) ?? [])
    if (scope.has(personId)) {
      if (r.took === 'yes') took++
      else declined++
    }
  const total = scope.size
  const needed = goalCount({ goalPercent: step.requiredPercent, plusOne: false }, total)
  if (took + declined === 0) return { kind: 'waiting', test, total, needed }
  return {
    kind: total > 0 && took >= needed ? 'met' : 'notMet',
    test,
    took,
    total,
    needed,
    percent: sharePercent({ share: total > 0 ? took / total : 0 }),
  }
}

type Cache<V> = WeakMap<object, V>
const scopes: Cache<Cache<Cache<ReadonlySet<string>>>> = new WeakMap()

/**
 * The ids of the people a test counts, once per version of the test, people and units (all
 * immutable snapshots): a signature recorded in the Tests view re-counts each gate from its
 * test's records alone, without going through every person of the circle again.
 */
function scopeOf(
  test: StructureTest,
  people: readonly Person[],
  units: readonly UnitNode[],
): ReadonlySet<string> {
  let byPeople = scopes.get(test)
  if (!byPeople) scopes.set(test, (byPeople = new WeakMap()))
  let byUnits = byPeople.get(people)
  if (!byUnits) byPeople.set(people, (byUnits = new WeakMap()))
  let scope = byUnits.get(units)
  if (!scope) {
    scope = new Set(peopleInScope(test, people, units).map((p) => p.id))
    byUnits.set(units, scope)
  }
  return scope
}

/** How far up its ladder a plan can go: the steps in order, each with its gate. */
export function ladderOf(
  steps: readonly Step[],
  planId: string,
  ctx: GateContext,
): { step: Step; gate: GateStatus }[] {
  return orderSteps(steps, planId).map((step) => ({ step, gate: gateStatus(step, ctx) }))
}
