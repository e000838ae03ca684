import type { Action } from './action'

export const ACTION_STATES = ['open', 'done', 'all'] as const
export type ActionState = (typeof ACTION_STATES)[number]

/** The meeting filter value for action items made outside any meeting. */
export const NO_MEETING = '-'

/** What the circle-wide actions list is narrowed to. */
export interface ActionFilter {
  /** Only the action items of this member (the one using the app). */
  mine: boolean
  /** Only open action items whose due day has passed. */
  overdue: boolean
  /** Whose: '' anyone, `m:<member id>` or `p:<person id>`. */
  owner: string
  /** From which meeting: '' any, NO_MEETING none, or a meeting id. */
  meetingId: string
  state: ActionState
}

export const ALL_ACTIONS: ActionFilter = {
  mine: false,
  overdue: false,
  owner: '',
  meetingId: '',
  state: 'open',
}

/** The owner filter value of an action item ('' nobody). */
export const ownerKey = (a: Pick<Action, 'memberId' | 'personId'>) =>
  a.memberId !== '' ? `m:${a.memberId}` : a.personId !== '' ? `p:${a.personId}` : ''

/** True for an open action item whose due day is before `today` (YYYY-MM-DD). */
export const isOverdue = (a: Pick<Action, 'doneAt' | 'due'>, today: string) =>
  a.doneAt === 0 && a.due !== '' && a.due < today

/** The action items (in the collection's order: open first, by due day) that match. */
export function filterActions(
  actions: readonly Action[],
  filter: ActionFilter,
  context: { me: string; today: string },
): Action[] {
  return actions.filter((a) => {
    if (filter.state === 'open' && a.doneAt > 0) return false
    if (filter.state === 'done' && a.doneAt === 0) return false
    if (filter.mine && a.memberId !== context.me) return false
    if (filter.overdue && !isOverdue(a, context.today)) return false
    if (filter.owner !== '' && ownerKey(a) !== filter.owner) return false
    if (filter.meetingId === NO_MEETING) return a.meetingId === ''
    if (filter.meetingId !== '' && a.meetingId !== filter.meetingId) return false
    return true
  })
}
