import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { addAction, type ActionInput } from '../meetings/action-commands'
import type { Action } from '../meetings/action'
import { written } from './commands'
import { columnOf, type Column } from './board'

/**
 * Tasks of a plan are the circle's action items (`session.actions`) with a `planId`: one list,
 * so nothing is tracked twice. A task made on a plan shows in the Actions list; an action
 * item made in a meeting can be put on a plan.
 */

/** Checks that a plan exists and that the milestone, if any, is one of its own. */
function checkLink(session: CircleSession, planId: string, milestoneId: string): boolean {
  if (planId === '') return milestoneId === ''
  if (!session.plans.has(planId)) return false
  if (milestoneId === '') return true
  return session.planMilestones.get(milestoneId)?.planId === planId
}

/** Adds a task to a plan (an action item outside any meeting); returns its id. */
export function addTask(
  session: CircleSession,
  input: ActionInput & { planId: string; milestoneId: string; createdBy: string },
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (input.planId === '' || !checkLink(session, input.planId, input.milestoneId))
    return failure({ code: 'notFound' })
  return addAction(session, { ...input, meetingId: '' }, now)
}

/** Puts an action item on a plan (and milestone), moves it to another, or takes it off (''). */
export function linkTask(
  session: CircleSession,
  actionId: string,
  link: Pick<Action, 'planId' | 'milestoneId'>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.actions.has(actionId)) return failure({ code: 'notFound' })
  if (!checkLink(session, link.planId, link.milestoneId)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.taskLink, () => written(session.actions.update(actionId, link)))
}

/**
 * Moves a task to a column of the board: to do (not started), doing (started, kept from the
 * first start) or done (done by `by`, now; reopening clears it). One write of the fields that
 * change, so a peer's edit of what or who is kept.
 */
export function moveTask(
  session: CircleSession,
  id: string,
  to: Column,
  by: string,
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const a = session.actions.get(id)
  if (!a) return failure({ code: 'notFound' })
  if (columnOf(a) === to) return success(undefined)
  const patch: Partial<Action> =
    to === 'todo'
      ? { startedAt: 0, doneAt: 0, doneBy: '' }
      : to === 'doing'
        ? { startedAt: a.startedAt > 0 ? a.startedAt : now, doneAt: 0, doneBy: '' }
        : { doneAt: now, doneBy: by }
  return write(session.doc, ORIGIN.taskMove, () => written(session.actions.update(id, patch)))
}
