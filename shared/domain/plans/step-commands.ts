import { newId } from '../../util/id'
import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { positionBetween, spreadPositions } from '../meetings/position'
import { stepShape, type Step } from './plan'
import { orderSteps } from './ladder'
import { schemaErrors, written } from './commands'

/** What a user fills in for a rung of the ladder. */
export type StepInput = Pick<
  Step,
  'tactic' | 'kind' | 'day' | 'responsible' | 'testId' | 'requiredPercent'
>

/** The responsible are members; the gate is a structure test of the circle (kept if removed). */
function checkStep(session: CircleSession, input: Partial<StepInput>, current?: Step) {
  const errors: FieldError[] = []
  for (const m of input.responsible ?? [])
    if (!current?.responsible.includes(m) && !session.members.has(m))
      errors.push({ field: 'responsible', code: 'notAllowed' })
  if (input.testId && input.testId !== current?.testId && !session.structureTests.has(input.testId))
    errors.push({ field: 'testId', code: 'notAllowed' })
  return errors
}

/** Adds a step at the top of the ladder (after the last one); returns its id. */
export function addStep(
  session: CircleSession,
  planId: string,
  input: StepInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.plans.has(planId)) return failure({ code: 'notFound' })
  const ladder = orderSteps(session.planSteps.getSnapshot(), planId)
  const step: Step = { ...input, id: newId(), planId, position: 'i', createdAt: now }
  const errors = [...schemaErrors(stepShape, step), ...checkStep(session, input)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.stepSave, () => {
    let position = positionBetween(ladder.at(-1)?.position ?? null, null)
    if (position === null) {
      // A peer left a position this version cannot compute after: renumber the ladder.
      const spread = spreadPositions(ladder.length + 1)
      ladder.forEach((s, i) => session.planSteps.update(s.id, { position: spread[i] }))
      position = spread.at(-1)!
    }
    const r = session.planSteps.insert({ ...step, position })
    return r.ok ? success(step.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes some fields of a step. */
export function updateStep(
  session: CircleSession,
  id: string,
  patch: Partial<StepInput>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.planSteps.get(id)
  if (!current) return failure({ code: 'notFound' })
  const errors = [...schemaErrors(stepShape, patch), ...checkStep(session, patch, current)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.stepSave, () => written(session.planSteps.update(id, patch)))
}

/** Removes a step from the ladder. */
export function removeStep(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.planSteps.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.stepRemove, () => {
    session.planSteps.remove(id)
    return success(undefined)
  })
}

/** Gives every step of a ladder a fresh, evenly spread position (inside a write). */
function renumber(session: CircleSession, ladder: readonly Step[]): void {
  const positions = spreadPositions(ladder.length)
  ladder.forEach((s, i) => session.planSteps.update(s.id, { position: positions[i] }))
}

/**
 * Moves a step one place earlier (-1) or later (+1) on its ladder: one write of its position,
 * between its new neighbours. Where a peer left positions that leave no room, the ladder is
 * renumbered in the same transaction. Moving past an end does nothing.
 */
export function moveStep(session: CircleSession, id: string, by: -1 | 1): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const step = session.planSteps.get(id)
  if (!step) return failure({ code: 'notFound' })
  const ladder = orderSteps(session.planSteps.getSnapshot(), step.planId)
  const at = ladder.findIndex((s) => s.id === id)
  const to = at + by
  if (to < 0 || to >= ladder.length) return success(undefined)
  const rest = ladder.filter((s) => s.id !== id)
  const before = rest[to - 1]?.position ?? null
  const after = rest[to]?.position ?? null
  return write(session.doc, ORIGIN.stepMove, () => {
    const position = positionBetween(before, after)
    if (position !== null) return written(session.planSteps.update(id, { position }))
    const reordered = [...rest.slice(0, to), step, ...rest.slice(to)]
    renumber(session, reordered)
    return success(undefined)
  })
}
