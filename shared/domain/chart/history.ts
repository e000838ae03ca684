import type { Assessment } from '../assessments/assessment'
import { later } from '../assessments/assessment'
import { emptyDistribution, type Distribution } from './chart-model'

export interface HistoryPoint {
  /** End of the period (ms). */
  at: number
  counts: Distribution
}

/**
 * The assessment distribution over time: at the end of each of `steps` equal periods between
 * the first assessment of one of `people` and `now`, how many of them stood at each
 * assessment (0 = not yet assessed). People created later are not counted before they existed;
 * assessments of anyone not in `people` are ignored. Empty when none of them was ever assessed.
 */
export function assessmentHistory(input: {
  assessments: readonly Assessment[]
  people: readonly { id: string; createdAt: number }[]
  now: number
  steps: number
}): HistoryPoint[] {
  const { now } = input
  const wanted = new Set(input.people.map((p) => p.id))
  const byPerson = new Map<string, Assessment[]>()
  let first = Infinity
  for (const a of input.assessments) {
    if (!wanted.has(a.personId)) continue
    const list = byPerson.get(a.personId) ?? []
    list.push(a)
    byPerson.set(a.personId, list)
    if (a.at < first) first = a.at
  }
  if (byPerson.size === 0) return []
  first = Math.min(first, now)
  for (const list of byPerson.values()) list.sort((a, b) => (later(a, b) === a ? 1 : -1))
  const steps = Math.max(1, Math.floor(input.steps))
  const span = Math.max(1, now - first)
  const points: HistoryPoint[] = []
  for (let i = 1; i <= steps; i++)
    points.push({ at: first + Math.round((span * i) / steps), counts: emptyDistribution() })
  // Each person once, walking their sorted assessments along the (ascending) period ends.
  for (const p of input.people) {
    const list = byPerson.get(p.id)
    let next = 0
    let value = 0
    for (const point of points) {
      if (list) while (next < list.length && list[next]!.at <= point.at) value = list[next++]!.value
      if (p.createdAt > point.at) continue
      point.counts[value >= 0 && value <= 5 ? value : 0]!++
    }
  }
  return points
}
