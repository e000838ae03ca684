import { useMemo } from 'react'
import type { CircleSession } from '@shared/domain/circle/session'
import type { GateContext } from '@shared/domain/plans/ladder'
import { ParticipationIndexStore } from '@shared/domain/structure-tests/participation-index'
import { flattenUnits } from '@shared/domain/units/tree'
import { useStore } from '../../app/use-store'

/** What a plan's screens read, each recomputed only when its collection changes. */
export interface PlanData {
  /** Live charting data the gates are evaluated against (as the Tests view counts). */
  gates: GateContext
  memberNames: ReadonlyMap<string, string>
  personNames: ReadonlyMap<string, string>
}

export function usePlanData(session: CircleSession): PlanData {
  const tests = useStore(session.structureTests)
  const people = useStore(session.people)
  const unitRecords = useStore(session.units)
  const members = useStore(session.members)
  // Kept up to date record by record (see ParticipationIndexStore).
  const indexStore = useMemo(
    () => new ParticipationIndexStore(session.participation),
    [session.participation],
  )
  const participation = useStore(indexStore)
  const units = useMemo(() => flattenUnits(unitRecords), [unitRecords])
  const testMap = useMemo(() => new Map(tests.map((x) => [x.id, x])), [tests])
  const gates = useMemo(
    () => ({ tests: testMap, people, units, participation }),
    [testMap, people, units, participation],
  )
  const memberNames = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members])
  const personNames = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people])
  return { gates, memberNames, personNames }
}
