import {
  laterEvent,
  LEADERSHIP_STAGES,
  type LeadershipEvent,
  type LeadershipStage,
} from './leadership-event'

export type StageCounts = Record<LeadershipStage, number>

export interface PipelineMonth {
  /** YYYY-MM */
  month: string
  /** People at each stage at the end of the month. */
  counts: StageCounts
  /** Stage changes recorded in the month, and how many of them were a step up. */
  moves: number
  up: number
}

export interface Pipeline {
  /** People at each stage now ('none': nobody set a stage, or it was set back). */
  now: StageCounts
  months: PipelineMonth[]
}

const zero = (): StageCounts =>
  Object.fromEntries(LEADERSHIP_STAGES.map((s) => [s, 0])) as StageCounts

/** A person's stage events, oldest first. */
export function stageHistory(events: readonly LeadershipEvent[], personId: string) {
  return events
    .filter((e) => e.kind === 'stage' && e.personId === personId)
    .sort((a, b) => (laterEvent(a, b) ? 1 : -1))
}

/** A person's leadership stage: their latest stage event's ('none' without one). */
export function stageOf(events: readonly LeadershipEvent[], personId: string): LeadershipStage {
  let best: LeadershipEvent | undefined
  for (const e of events)
    if (e.kind === 'stage' && e.personId === personId && (!best || laterEvent(e, best))) best = e
  return best?.stage ?? 'none'
}

/** The month `n` months before YYYY-MM. */
function monthBefore(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`
}

/**
 * The circle's leadership pipeline: how many people are at each stage now, and at the end of
 * each of the last `months` months with the stage changes in it. Only people still in the
 * circle count; everyone without a stage is 'none' (counted only among `people`).
 */
export function pipeline(input: {
  events: readonly LeadershipEvent[]
  /** Ids of the circle's people. */
  people: ReadonlySet<string> | { has(id: string): boolean; readonly size: number }
  today: string
  months?: number
}): Pipeline {
  const byPerson = new Map<string, LeadershipEvent[]>()
  for (const e of input.events) {
    if (e.kind !== 'stage' || e.day === '' || !input.people.has(e.personId)) continue
    const list = byPerson.get(e.personId)
    if (list) list.push(e)
    else byPerson.set(e.personId, [e])
  }
  for (const list of byPerson.values()) list.sort((a, b) => (laterEvent(a, b) ? 1 : -1))
  const rank = (s: LeadershipStage) => LEADERSHIP_STAGES.indexOf(s)
  const countAt = (lastDay: string): StageCounts => {
    const counts = zero()
    let staged = 0
    for (const list of byPerson.values()) {
      let stage: LeadershipStage | null = null
      for (const e of list) if (e.day <= lastDay) stage = e.stage
      if (stage !== null && stage !== 'none') {
        counts[stage]++
        staged++
      }
    }
    counts.none = Math.max(0, input.people.size - staged)
    return counts
  }
  const current = input.today.slice(0, 7)
  const months: PipelineMonth[] = []
  for (let i = (input.months ?? 12) - 1; i >= 0; i--) {
    const month = monthBefore(current, i)
    let moves = 0
    let up = 0
    for (const list of byPerson.values()) {
      let before: LeadershipStage = 'none'
      for (const e of list) {
        if (e.day.slice(0, 7) === month) {
          moves++
          if (rank(e.stage) > rank(before)) up++
        }
        before = e.stage
      }
    }
    months.push({ month, counts: countAt(`${month}-31`), moves, up })
  }
  return { now: countAt(input.today), months }
}
