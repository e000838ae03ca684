import type { Assessment } from '../assessments/assessment'
import { later } from '../assessments/assessment'
import { emptyDistribution, type Distribution } from './chart-model'

export interface HistoryPoint {
  /** End of the period (ms). */
  at: number
  counts: Distribution
}

/** Assessments of the wanted people, by person, oldest first. */
export function assessmentsByPerson(
  assessments: readonly Assessment[],
  wanted: { has(id: string): boolean },
): Map<string, Assessment[]> {
  const byPerson = new Map<string, Assessment[]>()
  for (const a of assessments) {
    if (!wanted.has(a.personId)) continue
    const list = byPerson.get(a.personId)
    if (list) list.push(a)
    else byPerson.set(a.personId, [a])
  }
  for (const list of byPerson.values())
    if (list.length > 1) list.sort((a, b) => (later(a, b) === a ? 1 : -1))
  return byPerson
}

const NONE: readonly Assessment[] = []

/** The first index whose end is at or after `at` (ends.length when none). */
function firstEndFrom(ends: readonly number[], at: number): number {
  let lo = 0
  let hi = ends.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ends[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * How many of `people` stood at each assessment (0 = not yet assessed) at each of the
 * ascending times `ends`: a person's value at a time is their latest assessment at or before
 * it; people created later are not counted before they existed. One pass over each person's
 * assessments (binary search per change, a running sum per value), not one per time.
 */
export function distributionsAt(
  people: readonly { id: string; createdAt: number }[],
  byPerson: ReadonlyMap<string, readonly Assessment[]>,
  ends: readonly number[],
): Distribution[] {
  const n = ends.length
  // diff[v][i]: change of the count at value v from time i-1 to time i.
  const diff = Array.from({ length: 6 }, () => new Int32Array(n + 1))
  for (const p of people) {
    let from = firstEndFrom(ends, p.createdAt)
    if (from >= n) continue
    let value = 0
    for (const a of byPerson.get(p.id) ?? NONE) {
      const at = Math.max(from, firstEndFrom(ends, a.at))
      if (at > from) {
        diff[value]![from]!++
        diff[value]![at]!--
        from = at
      }
      value = a.value >= 0 && a.value <= 5 ? a.value : 0
    }
    diff[value]![from]!++
    diff[value]![n]!--
  }
  const out: Distribution[] = []
  const running = emptyDistribution()
  for (let i = 0; i < n; i++) {
    for (let v = 0; v < 6; v++) running[v]! += diff[v]![i]!
    out.push([...running] as Distribution)
  }
  return out
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
  const byPerson = assessmentsByPerson(input.assessments, new Set(input.people.map((p) => p.id)))
  if (byPerson.size === 0) return []
  let first = Infinity
  for (const list of byPerson.values()) if (list[0]!.at < first) first = list[0]!.at
  first = Math.min(first, now)
  const steps = Math.max(1, Math.floor(input.steps))
  const span = Math.max(1, now - first)
  const ends: number[] = []
  for (let i = 1; i <= steps; i++) ends.push(first + Math.round((span * i) / steps))
  const counts = distributionsAt(input.people, byPerson, ends)
  return ends.map((at, i) => ({ at, counts: counts[i]! }))
}
