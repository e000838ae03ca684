import type { CircleSession } from '../circle/session'
import { laterEvent } from './leadership-event'

/** A person's leadership record for their subject access request, oldest first. */
export function leadershipForDossier(
  session: CircleSession,
  personId: string,
  memberName: (id: string) => string,
) {
  return session.leadershipEvents
    .getSnapshot()
    .filter((e) => e.personId === personId)
    .sort((a, b) => (laterEvent(a, b) ? 1 : -1))
    .map((e) => ({
      kind: e.kind,
      text: e.text,
      stage: e.kind === 'stage' ? e.stage : ('' as const),
      day: e.day,
      recordedBy: memberName(e.by),
      recordedAt: e.at,
    }))
}
