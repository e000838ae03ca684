import type { Action } from '../meetings/action'
import type { Milestone, Step } from './plan'

export const COLUMNS = ['todo', 'doing', 'done'] as const
export type Column = (typeof COLUMNS)[number]

/** The board column of a task: done once done, doing once started, else to do. */
export const columnOf = (a: Pick<Action, 'doneAt' | 'startedAt'>): Column =>
  a.doneAt > 0 ? 'done' : a.startedAt > 0 ? 'doing' : 'todo'

/** A plan's tasks (action items with its planId), in the collection's order. */
export const tasksOf = (actions: readonly Action[], planId: string): Action[] =>
  actions.filter((a) => a.planId === planId)

/** Tasks by column, each column by due day (none last), then oldest first. */
export function board(tasks: readonly Action[]): Record<Column, Action[]> {
  const out: Record<Column, Action[]> = { todo: [], doing: [], done: [] }
  for (const a of tasks) out[columnOf(a)].push(a)
  const due = (a: Action) => (a.due === '' ? '9999-99-99' : a.due)
  for (const c of COLUMNS)
    out[c].sort((a, b) =>
      due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : a.createdAt - b.createdAt || cmp(a.id, b.id),
    )
  return out
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export type TimelineItem =
  | { kind: 'step'; day: string; step: Step }
  | { kind: 'milestone'; day: string; milestone: Milestone }
  | { kind: 'task'; day: string; task: Action }

export interface TimelineMonth {
  /** YYYY-MM, or '' for what has no day yet. */
  month: string
  items: TimelineItem[]
}

/**
 * A plan on a timeline: its steps, milestones and tasks (by due day) in day order, grouped by
 * month; what has no day comes last. On the same day: steps, then milestones, then tasks.
 */
export function timeline(input: {
  steps: readonly Step[]
  milestones: readonly Milestone[]
  tasks: readonly Action[]
}): TimelineMonth[] {
  const items: TimelineItem[] = [
    ...input.steps.map((step) => ({ kind: 'step' as const, day: step.day, step })),
    ...input.milestones.map((milestone) => ({
      kind: 'milestone' as const,
      day: milestone.day,
      milestone,
    })),
    ...input.tasks.map((task) => ({ kind: 'task' as const, day: task.due, task })),
  ]
  const rank = { step: 0, milestone: 1, task: 2 }
  const idOf = (i: TimelineItem) =>
    i.kind === 'step' ? i.step.id : i.kind === 'milestone' ? i.milestone.id : i.task.id
  const day = (i: TimelineItem) => (i.day === '' ? '9999-99-99' : i.day)
  items.sort((a, b) => cmp(day(a), day(b)) || rank[a.kind] - rank[b.kind] || cmp(idOf(a), idOf(b)))
  const months: TimelineMonth[] = []
  for (const item of items) {
    const month = item.day.slice(0, 7)
    const last = months.at(-1)
    if (last && last.month === month) last.items.push(item)
    else months.push({ month, items: [item] })
  }
  return months
}
