import type * as Y from 'yjs'
import type { CircleSession } from '../circle/session'

/**
 * Plan records that refer to a plan that is gone (see circle/references.ts): one member removed
 * a plan while another, offline, added a step or a milestone to it. Tasks are action items and
 * are never swept; one whose plan is gone is simply on no plan.
 */
export function danglingPlanRecords(
  session: CircleSession,
  gone: (map: Y.Map<unknown>, id: string) => boolean,
): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const c of planCollections(session)) {
    const ids = c
      .getSnapshot()
      .filter((r) => gone(session.plans.base, r.planId))
      .map((r) => r.id)
    if (ids.length > 0) out.set(c.def.name, ids)
  }
  return out
}

/** The collections danglingPlanRecords names (for the sweep). */
export const planCollections = (session: CircleSession) =>
  [session.planSteps, session.planMilestones] as const
