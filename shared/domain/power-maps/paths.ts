import type { LinkKind, Stakeholder, StakeholderLink } from './power-map'

/** One step of a path: from one stakeholder over a relationship to the next. */
export interface PathStep {
  linkId: string
  from: string
  to: string
  kind: LinkKind
  label: string
  strength: number
  /** True when the relationship was drawn the other way (a mutual one, walked backwards). */
  reversed: boolean
}

/** A way for a person of the circle to reach the target, step by step. */
export interface InfluencePath {
  /** The stakeholder the path starts from (a person of the circle). */
  start: string
  steps: PathStep[]
  /** Sum over the steps of (4 − strength): 1 for a strong tie, 3 for a weak one. */
  weakness: number
  /** The weakest tie on the path (1 weak … 3 strong). */
  weakest: number
}

const weaknessOf = (strength: number) => 4 - Math.min(3, Math.max(1, strength))

/**
 * "Who can reach X?": for each stakeholder who is a person of the circle, the best path over
 * the map's relationships to `targetId`, best first. A relationship is walked in its
 * direction (an employee reaches the boss: "works for"), a mutual one either way. Best means
 * fewest steps, then strongest ties (lowest total weakness), then the start's name order:
 * the answer can be read out step by step and is the same on every laptop.
 *
 * Dijkstra from the target over the reversed graph with the cost (steps, weakness), which
 * adds up and only grows along a path, so the first time a stakeholder is settled its path
 * is its best.
 */
export function whoCanReach(
  stakeholders: readonly Stakeholder[],
  links: readonly StakeholderLink[],
  targetId: string,
  order: (a: Stakeholder, b: Stakeholder) => number = (a, b) => (a.id < b.id ? -1 : 1),
): InfluencePath[] {
  const byId = new Map(stakeholders.map((s) => [s.id, s]))
  if (!byId.has(targetId)) return []
  // into.get(v): the steps that arrive at v (walked forwards).
  const into = new Map<string, PathStep[]>()
  const add = (step: PathStep) => {
    let list = into.get(step.to)
    if (!list) into.set(step.to, (list = []))
    list.push(step)
  }
  for (const l of links) {
    if (!byId.has(l.fromId) || !byId.has(l.toId) || l.fromId === l.toId) continue
    const base = { linkId: l.id, kind: l.kind, label: l.label, strength: l.strength }
    add({ ...base, from: l.fromId, to: l.toId, reversed: false })
    if (l.direction === 'both') add({ ...base, from: l.toId, to: l.fromId, reversed: true })
  }
  interface Best {
    steps: number
    weakness: number
    /** The first step from this stakeholder towards the target. */
    next: PathStep | null
  }
  const best = new Map<string, Best>([[targetId, { steps: 0, weakness: 0, next: null }]])
  const done = new Set<string>()
  const better = (a: Best, b: Best | undefined) =>
    !b || a.steps < b.steps || (a.steps === b.steps && a.weakness < b.weakness)
  for (;;) {
    // Up to a few thousand stakeholders: a linear scan for the minimum is fast enough.
    let current: string | null = null
    for (const [id, b] of best) {
      if (done.has(id)) continue
      const c = current === null ? undefined : best.get(current)
      if (current === null || better(b, c) || (!better(c!, b) && id < current)) current = id
    }
    if (current === null) break
    done.add(current)
    const here = best.get(current)!
    for (const step of into.get(current) ?? []) {
      if (done.has(step.from)) continue
      const cand: Best = {
        steps: here.steps + 1,
        weakness: here.weakness + weaknessOf(step.strength),
        next: step,
      }
      const old = best.get(step.from)
      // Equal cost: keep the step over the relationship with the smaller id (deterministic).
      if (better(cand, old) || (old && !better(old, cand) && step.linkId < old.next!.linkId))
        best.set(step.from, cand)
    }
  }
  const paths: InfluencePath[] = []
  for (const s of stakeholders) {
    if (s.personId === '' || s.id === targetId) continue
    const b = best.get(s.id)
    if (!b || !done.has(s.id)) continue
    const steps: PathStep[] = []
    for (let at = best.get(s.id); at?.next; at = best.get(at.next.to)) steps.push(at.next)
    paths.push({
      start: s.id,
      steps,
      weakness: b.weakness,
      weakest: Math.min(...steps.map((x) => x.strength)),
    })
  }
  return paths.sort(
    (a, b) =>
      a.steps.length - b.steps.length ||
      a.weakness - b.weakness ||
      order(byId.get(a.start)!, byId.get(b.start)!),
  )
}
