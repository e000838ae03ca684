import { newId } from '../../util/id'
import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { actionShape, decisionShape, type Action, type Decision } from './action'

/** What a user fills in for an action item: what, who (a member or a person), by when. */
export type ActionInput = Pick<Action, 'text' | 'memberId' | 'personId' | 'due'>

/** Who an action item is for, checked against the circle: a member or a person, not both. */
function checkOwner(session: CircleSession, input: Partial<ActionInput>, current?: Action) {
  const errors: FieldError[] = []
  const memberId = input.memberId ?? current?.memberId ?? ''
  const personId = input.personId ?? current?.personId ?? ''
  if (memberId !== '' && personId !== '') errors.push({ field: 'owner', code: 'notAllowed' })
  if (
    input.memberId &&
    input.memberId !== current?.memberId &&
    !session.members.has(input.memberId)
  )
    errors.push({ field: 'owner', code: 'notAllowed' })
  if (input.personId && input.personId !== current?.personId && !session.people.has(input.personId))
    errors.push({ field: 'owner', code: 'notAllowed' })
  return errors
}

function schemaErrors<S extends typeof actionShape | typeof decisionShape>(
  shape: S,
  values: Record<string, unknown>,
): FieldError[] {
  const r = checkWrite(shape, values as never)
  return r.ok ? [] : r.errors
}

function updated(r: ReturnType<CircleSession['actions']['update']>): Result<void> {
  if (r.ok) return success(undefined)
  return 'notFound' in r
    ? failure({ code: 'notFound' })
    : failure({ code: 'invalid', errors: r.errors })
}

/** Adds an action item, in a meeting (`meetingId`) or on its own (''); returns its id. */
export function addAction(
  session: CircleSession,
  input: ActionInput & { meetingId: string; createdBy: string } & Partial<
      Pick<Action, 'planId' | 'milestoneId'>
    >,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (input.meetingId !== '' && !session.meetings.has(input.meetingId))
    return failure({ code: 'notFound' })
  const action: Action = {
    planId: '',
    milestoneId: '',
    startedAt: 0,
    ...input,
    id: newId(),
    doneAt: 0,
    doneBy: '',
    createdAt: now,
  }
  const errors = [...schemaErrors(actionShape, action), ...checkOwner(session, input)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.actionSave, () => {
    const r = session.actions.insert(action)
    return r.ok ? success(action.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes what, who or by when of an action item. */
export function updateAction(
  session: CircleSession,
  id: string,
  patch: Partial<ActionInput>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.actions.get(id)
  if (!current) return failure({ code: 'notFound' })
  const errors = [...schemaErrors(actionShape, patch), ...checkOwner(session, patch, current)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.actionSave, () => updated(session.actions.update(id, patch)))
}

/** Marks an action item done (by the member `by`, now). Done again keeps the first time. */
export function completeAction(
  session: CircleSession,
  id: string,
  by: string,
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.actions.get(id)
  if (!current) return failure({ code: 'notFound' })
  if (current.doneAt > 0) return success(undefined)
  return write(session.doc, ORIGIN.actionDone, () =>
    updated(session.actions.update(id, { doneAt: now, doneBy: by })),
  )
}

/** Marks a done action item open again. */
export function reopenAction(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.actions.get(id)
  if (!current) return failure({ code: 'notFound' })
  if (current.doneAt === 0) return success(undefined)
  return write(session.doc, ORIGIN.actionDone, () =>
    updated(session.actions.update(id, { doneAt: 0, doneBy: '' })),
  )
}

/** Removes an action item (a note that placed it then shows it as removed). */
export function removeAction(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.actions.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.actionRemove, () => {
    session.actions.remove(id)
    return success(undefined)
  })
}

/** Records a decision of a meeting (or on its own: meetingId ''); returns its id. */
export function addDecision(
  session: CircleSession,
  input: { meetingId: string; text: string; proposalId?: string; createdBy: string },
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (input.meetingId !== '' && !session.meetings.has(input.meetingId))
    return failure({ code: 'notFound' })
  const decision: Decision = {
    id: newId(),
    meetingId: input.meetingId,
    text: input.text,
    proposalId: input.proposalId ?? '',
    createdBy: input.createdBy,
    createdAt: now,
  }
  const errors = schemaErrors(decisionShape, decision)
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.decisionSave, () => {
    const r = session.decisions.insert(decision)
    return r.ok ? success(decision.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes the text of a decision. */
export function updateDecision(session: CircleSession, id: string, text: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.decisions.has(id)) return failure({ code: 'notFound' })
  const errors = schemaErrors(decisionShape, { text })
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.decisionSave, () => {
    const r = session.decisions.update(id, { text })
    if (r.ok) return success(undefined)
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Removes a decision. */
export function removeDecision(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.decisions.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.decisionRemove, () => {
    session.decisions.remove(id)
    return success(undefined)
  })
}
