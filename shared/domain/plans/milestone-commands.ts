import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { milestoneShape, type Milestone } from './plan'
import { schemaErrors, written } from './commands'

export type MilestoneInput = Pick<Milestone, 'title' | 'day'>

/** Adds a milestone to a plan; returns its id. */
export function addMilestone(
  session: CircleSession,
  planId: string,
  input: MilestoneInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.plans.has(planId)) return failure({ code: 'notFound' })
  const m: Milestone = { ...input, id: newId(), planId, done: false, createdAt: now }
  const errors = schemaErrors(milestoneShape, m)
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.milestoneSave, () => {
    const r = session.planMilestones.insert(m)
    return r.ok ? success(m.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes a milestone's title, day or whether it is done. */
export function updateMilestone(
  session: CircleSession,
  id: string,
  patch: Partial<MilestoneInput & Pick<Milestone, 'done'>>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.planMilestones.has(id)) return failure({ code: 'notFound' })
  const errors = schemaErrors(milestoneShape, patch)
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.milestoneSave, () =>
    written(session.planMilestones.update(id, patch)),
  )
}

/** Removes a milestone; its tasks stay on the plan, under no milestone. */
export function removeMilestone(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.planMilestones.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.milestoneRemove, () => {
    for (const a of session.actions.getSnapshot())
      if (a.milestoneId === id) session.actions.update(a.id, { milestoneId: '' })
    session.planMilestones.remove(id)
    return success(undefined)
  })
}
