import { newId } from '../../util/id'
import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import {
  leadershipEventShape,
  type LeadershipEvent,
  type LeadershipEventKind,
  type LeadershipStage,
} from './leadership-event'

export interface EventInput {
  personId: string
  kind: LeadershipEventKind
  text: string
  stage: LeadershipStage
  day: string
  by: string
}

/**
 * Records a training, a responsibility or a stage change; returns the event's id. A training
 * or responsibility needs its text, every event a day.
 */
export function recordLeadership(
  session: CircleSession,
  input: EventInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.people.has(input.personId)) return failure({ code: 'notFound' })
  const errors: FieldError[] = []
  if (input.kind !== 'stage' && input.text.trim() === '')
    errors.push({ field: 'text', code: 'required' })
  if (input.day.trim() === '') errors.push({ field: 'day', code: 'required' })
  const event: LeadershipEvent = {
    id: newId(),
    personId: input.personId,
    kind: input.kind,
    text: input.kind === 'stage' ? '' : input.text,
    stage: input.kind === 'stage' ? input.stage : 'none',
    day: input.day,
    by: input.by,
    at: now,
  }
  const checked = checkWrite(leadershipEventShape, event)
  // Every problem at once (ours and the schema's), so that the form marks all fields.
  if (!checked.ok)
    for (const e of checked.errors) if (!errors.some((x) => x.field === e.field)) errors.push(e)
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.leadershipRecord, () => {
    const r = session.leadershipEvents.insert(event)
    return r.ok ? success(event.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Sets a person's leadership stage (recorded as a stage event, so the history is kept). */
export function setLeadershipStage(
  session: CircleSession,
  input: { personId: string; stage: LeadershipStage; day: string; by: string },
  now = Date.now(),
): Result<string> {
  return recordLeadership(session, { ...input, kind: 'stage', text: '' }, now)
}

/** Removes a recorded event (a stage change removed, the stage before it counts again). */
export function removeLeadershipEvent(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.leadershipEvents.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.leadershipRemove, () => {
    session.leadershipEvents.remove(id)
    return success(undefined)
  })
}
