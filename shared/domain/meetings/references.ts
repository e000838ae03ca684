import type * as Y from 'yjs'
import type { CircleSession } from '../circle/session'

type Gone = (map: Y.Map<unknown>, id: string) => boolean

/**
 * Meeting records that refer to a meeting that is gone (see circle/references.ts): one member
 * removed a meeting while another, offline, marked attendance or added an agenda item to it.
 * These go with their meeting.
 */
export function danglingMeetingRecords(session: CircleSession, gone: Gone): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const c of meetingCollections(session)) {
    const ids = c
      .getSnapshot()
      .filter((r) => gone(session.meetings.base, r.meetingId))
      .map((r) => r.id)
    if (ids.length > 0) out.set(c.def.name, ids)
  }
  return out
}

/** The collections danglingMeetingRecords names (for the sweep). */
export const meetingCollections = (session: CircleSession) =>
  [session.attendance, session.agendaItems] as const

/**
 * Links of action items and decisions to something gone: a removed meeting, plan or milestone,
 * or a deleted person as an action's owner. The record itself stays (an action item is still
 * to be done); the link is cleared, as removing the meeting, plan or person does.
 */
export function staleLinks(
  session: CircleSession,
  gone: Gone,
): { actions: Map<string, Record<string, ''>>; decisions: Map<string, { meetingId: '' }> } {
  const linked = (map: Y.Map<unknown>, id: string) => id !== '' && gone(map, id)
  const actions = new Map<string, Record<string, ''>>()
  for (const a of session.actions.getSnapshot()) {
    const patch: Record<string, ''> = {}
    if (linked(session.meetings.base, a.meetingId)) patch['meetingId'] = ''
    if (linked(session.people.base, a.personId)) patch['personId'] = ''
    if (linked(session.plans.base, a.planId)) patch['planId'] = ''
    if (linked(session.planMilestones.base, a.milestoneId)) patch['milestoneId'] = ''
    if (Object.keys(patch).length > 0) actions.set(a.id, patch)
  }
  const decisions = new Map<string, { meetingId: '' }>()
  for (const d of session.decisions.getSnapshot())
    if (linked(session.meetings.base, d.meetingId)) decisions.set(d.id, { meetingId: '' })
  return { actions, decisions }
}

/** Clears the links staleLinks finds (inside a write). Returns how many records changed. */
export function clearStaleLinks(session: CircleSession, gone: Gone): number {
  const { actions, decisions } = staleLinks(session, gone)
  let n = 0
  for (const [id, patch] of actions) if (session.actions.update(id, patch).ok) n++
  for (const [id, patch] of decisions) if (session.decisions.update(id, patch).ok) n++
  return n
}
