import type { CircleSession } from '@shared/domain/circle/session'
import { addPlan, type PlanInput } from '@shared/domain/plans/commands'
import type { GateContext } from '@shared/domain/plans/ladder'
import type { StepInput } from '@shared/domain/plans/step-commands'
import { addStructureTest, setParticipation } from '@shared/domain/structure-tests/commands'
import { indexParticipation } from '@shared/domain/structure-tests/results'
import { flattenUnits } from '@shared/domain/units/tree'
import { circle, ME, NOW, person } from './today-helpers'

/** Fixtures of the plan tests. */

export const plan = (over: Partial<PlanInput> = {}): PlanInput => ({
  name: 'Raise for the night shift',
  goal: '10 % more for the night shift by July',
  targetStakeholderId: '',
  startDay: '2026-03-01',
  endDay: '2026-07-31',
  team: {},
  ...over,
})

export const step = (over: Partial<StepInput> = {}): StepInput => ({
  tactic: 'Petition',
  kind: 'petition',
  day: '',
  responsible: [],
  testId: '',
  requiredPercent: 60,
  ...over,
})

export const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

export const gates = (s: CircleSession): GateContext => ({
  tests: new Map(s.structureTests.getSnapshot().map((x) => [x.id, x])),
  people: s.people.getSnapshot(),
  units: flattenUnits(s.units.getSnapshot()),
  participation: indexParticipation(s.participation.getSnapshot()),
})

export function withTest(people = 5) {
  const s = circle()
  const ids = Array.from({ length: people }, (_, i) => person(s, `Worker ${i + 1}`))
  const testId = ok(
    addStructureTest(
      s,
      {
        name: 'Majority petition',
        kind: 'petition',
        date: '2026-03-20',
        goalPercent: 50,
        plusOne: true,
        unitId: '',
        notes: '',
      },
      NOW,
    ),
  )
  const planId = ok(addPlan(s, { ...plan(), createdBy: ME }, NOW))
  const took = (i: number, took: 'yes' | 'no' | null = 'yes') =>
    ok(setParticipation(s, { testId, personId: ids[i]!, took, by: ME }, NOW))
  return { s, ids, testId, planId, took }
}
