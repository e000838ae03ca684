import type { DistributionPoint, ParticipationWeek } from './series'

/** Supporters (assessed 1 or 2) at the end of the range, and the change since its first period. */
export function supportSummary(points: readonly DistributionPoint[]): {
  supporters: number
  change: number
  since: string
} | null {
  if (points.length === 0) return null
  const of = (p: DistributionPoint) => p.counts[1] + p.counts[2]
  const first = points[0]!
  const last = points.at(-1)!
  return { supporters: of(last), change: of(last) - of(first), since: first.end }
}

/** Totals over the range, for the one-line summaries under the participation charts. */
export function participationTotals(weeks: readonly ParticipationWeek[]) {
  let meetings = 0
  let present = 0
  let conversations = 0
  for (const w of weeks) {
    meetings += w.meetings
    present += w.present
    conversations += w.conversations
  }
  const last = weeks.at(-1)
  return { meetings, present, conversations, lastWeekConversations: last?.conversations ?? 0 }
}

/** Whole percent of the people a test counted who took part (rounded down; 0 of 0 is 0). */
export const turnoutPercent = (t: { took: number; inScope: number }) =>
  t.inScope > 0 ? Math.floor((t.took * 100) / t.inScope) : 0
