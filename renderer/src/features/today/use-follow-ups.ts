import { useMemo } from 'react'
import type { CircleSession } from '@shared/domain/circle/session'
import { FollowUpIndex } from '@shared/domain/today/follow-up-index'
import { ReadyBuilder, type ReadySuggestion } from '@shared/domain/today/ready'
import { followUpSettings, type FollowUpSettings } from '@shared/domain/today/settings'
import { TodayBuilder, type TodayList } from '@shared/domain/today/today'
import { dayOf } from '@shared/util/day'
import { useStore } from '../../app/use-store'
import { useNow } from '../../ui/use-now'

interface Builders {
  index: FollowUpIndex
  today: Map<string, TodayBuilder>
  ready: ReadyBuilder
}
const builders = new WeakMap<CircleSession, Builders>()

/** The index and list builders of an open circle (shared by the tab badge and Today). */
function buildersOf(session: CircleSession): Builders {
  let b = builders.get(session)
  if (!b) {
    const index = new FollowUpIndex(session.people, session.conversations)
    b = { index, today: new Map(), ready: new ReadyBuilder(index) }
    builders.set(session, b)
  }
  return b
}

/** The circle's follow-up index. */
export const followUpIndexOf = (session: CircleSession): FollowUpIndex => buildersOf(session).index

/** A member's Today builder (kept, so that it updates person by person). */
function todayBuilderOf(session: CircleSession, memberId: string): TodayBuilder {
  const b = buildersOf(session)
  let builder = b.today.get(memberId)
  if (!builder) b.today.set(memberId, (builder = new TodayBuilder(b.index)))
  return builder
}

/** Today's day (local), refreshed every minute so that a list turns over at midnight. */
export function useToday(): string {
  return dayOf(useNow(60_000))
}

/** The circle's follow-up settings (its defaults until someone changes them). */
export function useFollowUpSettings(session: CircleSession): FollowUpSettings {
  const meta = useStore(session.meta)
  return useMemo(() => followUpSettings(meta), [meta])
}

/** A member's Today list, kept up to date as conversations are logged and people change. */
export function useTodayList(session: CircleSession, memberId: string): TodayList {
  const version = useStore(followUpIndexOf(session))
  const today = useToday()
  const { quietDays } = useFollowUpSettings(session)
  return useMemo(
    () => todayBuilderOf(session, memberId).build({ memberId, today, settings: { quietDays } }),
    // `version` changes whenever the index does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, version, memberId, today, quietDays],
  )
}

/** The circle's "Ready for a next step" suggestions. */
export function useReady(session: CircleSession): readonly ReadySuggestion[] {
  const version = useStore(followUpIndexOf(session))
  const today = useToday()
  const settings = useFollowUpSettings(session)
  const meetings = useStore(session.meetings)
  const attendance = useStore(session.attendance)
  const tests = useStore(session.structureTests)
  const participation = useStore(session.participation)
  return useMemo(
    () =>
      buildersOf(session).ready.build({
        meetings,
        attendance,
        tests,
        participation,
        today,
        settings,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, version, meetings, attendance, tests, participation, today, settings],
  )
}
