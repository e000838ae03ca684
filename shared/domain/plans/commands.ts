import { newId } from '../../util/id'
import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { planShape, type Plan } from './plan'

/** What a user fills in for a plan. */
export type PlanInput = Pick<
  Plan,
  'name' | 'goal' | 'targetStakeholderId' | 'startDay' | 'endDay' | 'team'
>

/** Turns a Collection write result into a command result. */
export function written(
  r: { ok: true } | { ok: false; errors: FieldError[] } | { ok: false; notFound: true },
): Result<void> {
  if (r.ok) return success(undefined)
  return 'notFound' in r
    ? failure({ code: 'notFound' })
    : failure({ code: 'invalid', errors: r.errors })
}

/** Field errors the schema finds in (part of) a record, without writing anything. */
export function schemaErrors<S extends Parameters<typeof checkWrite>[0]>(
  shape: S,
  values: Record<string, unknown>,
): FieldError[] {
  const r = checkWrite(shape, values as never)
  return r.ok ? [] : r.errors
}

/**
 * What the schema cannot check: the target is a stakeholder of a power map, the team are
 * members of the circle, the end is not before the start. A target or member removed since
 * may stay as it was (the plan then shows it as removed).
 */
function checkPlan(session: CircleSession, input: Partial<PlanInput>, current?: Plan) {
  const errors: FieldError[] = []
  const target = input.targetStakeholderId
  if (target && target !== current?.targetStakeholderId && !session.stakeholders.has(target))
    errors.push({ field: 'targetStakeholderId', code: 'notAllowed' })
  for (const [memberId, role] of Object.entries(input.team ?? {})) {
    if (current?.team[memberId] === undefined && !session.members.has(memberId))
      errors.push({ field: 'team', code: 'notAllowed' })
    if (typeof role === 'string' && role.trim() === '')
      errors.push({ field: `team.${memberId}`, code: 'required' })
  }
  const start = input.startDay ?? current?.startDay ?? ''
  const end = input.endDay ?? current?.endDay ?? ''
  if (start !== '' && end !== '' && end < start)
    errors.push({ field: 'endDay', code: 'outOfRange' })
  return errors
}

/** Creates a plan; returns its id. */
export function addPlan(
  session: CircleSession,
  input: PlanInput & { createdBy: string },
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const plan: Plan = { ...input, id: newId(), createdAt: now }
  const errors = [...schemaErrors(planShape, plan), ...checkPlan(session, input)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.planSave, () => {
    const r = session.plans.insert(plan)
    return r.ok ? success(plan.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes some fields of a plan; only what differs is written (team: entry by entry). */
export function updatePlan(
  session: CircleSession,
  id: string,
  patch: Partial<PlanInput>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.plans.get(id)
  if (!current) return failure({ code: 'notFound' })
  const errors = [...schemaErrors(planShape, patch), ...checkPlan(session, patch, current)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.planSave, () => written(session.plans.update(id, patch)))
}

/**
 * Removes a plan with its ladder and milestones. Its tasks are action items of the circle and
 * stay, no longer on any plan.
 */
export function removePlan(session: CircleSession, id: string): Result<{ tasksKept: number }> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.plans.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.planRemove, () => {
    for (const s of session.planSteps.getSnapshot())
      if (s.planId === id) session.planSteps.remove(s.id)
    for (const m of session.planMilestones.getSnapshot())
      if (m.planId === id) session.planMilestones.remove(m.id)
    let tasksKept = 0
    for (const a of session.actions.getSnapshot())
      if (a.planId === id && session.actions.update(a.id, { planId: '', milestoneId: '' }).ok)
        tasksKept++
    session.plans.remove(id)
    return success({ tasksKept })
  })
}
