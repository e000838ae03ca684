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
 * the first assessment and `now`, how many of the people (those in `personIds` that existed
 * by then) stood at each assessment. People created later are not counted before they existed.
 */
export function assessmentHistory(input: {
  assessments: readonly Assessment[]
  people: readonly { id: string; createdAt: number }[]
  now: number
  steps: number
}): HistoryPoint[] {
  const { now } = input
  const byPerson = new Map<string, Assessment[]>()
  let first = now
  for (const a of input.assessments) {
    const list = byPerson.get(a.personId) ?? []
    list.push(a)
    byPerson.set(a.personId, list)
    if (a.at < first) first = a.at
  }
  for (const list of byPerson.values()) list.sort((a, b) => (later(a, b) === a ? 1 : -1))
  const steps = Math.max(1, input.steps)
  const span = Math.max(1, now - first)
  const points: HistoryPoint[] = []
  for (let i = 1; i <= steps; i++) {
    const at = first + Math.round((span * i) / steps)
    const counts = emptyDistribution()
    for (const p of input.people) {
      if (p.createdAt > at) continue
      let value = 0
      for (const a of byPerson.get(p.id) ?? []) {
        if (a.at > at) break
        value = a.value
      }
      counts[value]!++
    }
    points.push({ at, counts })
  }
  return points
}
