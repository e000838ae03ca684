import { useDeferredValue, useMemo } from 'react'
import type { CircleSession } from '@shared/domain/circle/session'
import type { BucketUnit } from '@shared/domain/dashboard/buckets'
import type { DashboardScope } from '@shared/domain/dashboard/scope'
import { dashboard, type Dashboard } from '@shared/domain/dashboard/series'
import { flattenUnits, type UnitNode } from '@shared/domain/units/tree'
import { dayOf } from '@shared/util/day'
import { useStore } from '../../app/use-store'
import { useNow } from '../../ui/use-now'

export const RANGES = [3, 6, 12] as const
export type RangeMonths = (typeof RANGES)[number]

/** The distribution is counted per week over 3 months, per month over longer ranges. */
export const distributionUnitOf = (months: RangeMonths): BucketUnit =>
  months <= 3 ? 'week' : 'month'

/** A scope as the value of a select: 'circle', 'unit:<id>' or 'organizer:<member id>'. */
export function parseScope(value: string): DashboardScope {
  if (value.startsWith('unit:')) return { kind: 'unit', unitId: value.slice(5) }
  if (value.startsWith('organizer:')) return { kind: 'organizer', memberId: value.slice(10) }
  return { kind: 'circle' }
}

/** The circle's units as a tree (for the scope select and unit scopes). */
export function useUnitNodes(session: CircleSession): UnitNode[] {
  const units = useStore(session.units)
  return useMemo(() => flattenUnits(units), [units])
}

/**
 * The dashboard of an open circle for a scope and range, recomputed when any of its records
 * change (deferred, so that typing elsewhere never waits for it).
 */
export function useDashboard(
  session: CircleSession,
  scope: DashboardScope,
  months: RangeMonths,
): { data: Dashboard; today: string } {
  const people = useStore(session.people)
  const units = useUnitNodes(session)
  const assessments = useStore(session.assessments)
  const meetings = useStore(session.meetings)
  const attendance = useStore(session.attendance)
  const tests = useStore(session.structureTests)
  const participation = useStore(session.participation)
  const conversations = useStore(session.conversations)
  // Minutes are enough: the last period ends now.
  const now = useNow(60_000)
  const today = dayOf(now)
  const records = useMemo(
    () => ({
      people,
      units,
      assessments,
      meetings,
      attendance,
      tests,
      participation,
      conversations,
    }),
    [people, units, assessments, meetings, attendance, tests, participation, conversations],
  )
  const inputs = useDeferredValue(records)
  const scopeKey = JSON.stringify(scope)
  const data = useMemo(
    () =>
      dashboard({
        ...inputs,
        scope,
        today,
        now,
        months,
        distributionUnit: distributionUnitOf(months),
      }),
    // `scopeKey` stands for `scope`; `now` moves with `today` closely enough per minute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [inputs, scopeKey, today, months],
  )
  return { data, today }
}
