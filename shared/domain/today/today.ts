import { addDays, daysBetween } from '../../util/day'
import type { Conversation } from '../conversations/conversation'
import type { Person } from '../people/person'
import { conversationDay, hasOpenFollowUp, type FollowUpData } from './follow-up-index'
import type { FollowUpSettings } from './settings'
import { sortable, SortedRows, type Keyed } from './sorted-rows'

/** Commitments due within this many days show on Today before they are due. */
export const COMING_DUE_DAYS = 7

export interface FollowUpItem {
  conversation: Conversation
  person: Person
  /** Days since the follow-up was due (0: due today). */
  overdueDays: number
}

export interface CommitmentItem {
  conversation: Conversation
  person: Person
  /** Days until the commitment is due; negative when overdue. */
  dueInDays: number
}

export interface QuietItem {
  person: Person
  /** The day of the last conversation or contact ('' never). */
  lastDay: string
  /** Days since then; null when never. */
  days: number | null
}

export interface TodayList {
  followUps: readonly FollowUpItem[]
  commitments: readonly CommitmentItem[]
  quiet: readonly QuietItem[]
  /** Follow-ups and commitments due today or overdue (the tab's badge). */
  dueCount: number
}

export interface TodayOptions {
  memberId: string
  today: string
  settings: Pick<FollowUpSettings, 'quietDays'>
}

/**
 * Whether a conversation is the member's to follow up: they had or logged it, or the person
 * is assigned to them.
 */
export const isMine = (c: Conversation, person: Person, memberId: string) =>
  c.members.includes(memberId) || c.loggedBy === memberId || person.organizerId === memberId

/** The UTC day of a timestamp (how the person form stores "last contact"). */
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The last day anyone talked with a person: a logged conversation or a contact set by hand. */
export function lastContactDay(data: FollowUpData, person: Person): string {
  const c = data.latest(person.id)
  const logged = c ? conversationDay(c) : ''
  const byHand = person.lastContactAt > 0 ? utcDay(person.lastContactAt) : ''
  return logged > byHand ? logged : byHand
}

const nameKeys = new WeakMap<Person, string>()
/** The person's name, lower-cased once per version of the person, then their id. */
export function nameKey(p: Person): string {
  let k = nameKeys.get(p)
  if (k === undefined) nameKeys.set(p, (k = `${p.name.toLocaleLowerCase()}\u0000${p.id}`))
  return k
}

interface PersonRows {
  followUps: Keyed<FollowUpItem>[]
  commitments: Keyed<CommitmentItem>[]
  quiet: Keyed<QuietItem>[]
}

/** One person's rows on a member's Today, each with the key it sorts by. */
function rowsOf(data: FollowUpData, personId: string, opts: TodayOptions): PersonRows {
  const out: PersonRows = { followUps: [], commitments: [], quiet: [] }
  const person = data.person(personId)
  if (!person) return out
  const { memberId, today } = opts
  const name = nameKey(person)
  const latest = data.latest(personId)
  if (
    latest &&
    hasOpenFollowUp(latest) &&
    latest.followUpOn <= today &&
    isMine(latest, person, memberId)
  ) {
    const overdueDays = daysBetween(latest.followUpOn, today)
    out.followUps.push({
      key: `${sortable(-overdueDays)}${name}`,
      row: { conversation: latest, person, overdueDays },
    })
  }
  const horizon = addDays(today, COMING_DUE_DAYS)
  for (const c of data.conversationsOf(personId)) {
    if (c.commitmentStatus !== 'open' || c.commitmentDue === '' || c.commitmentDue > horizon)
      continue
    if (!isMine(c, person, memberId)) continue
    const dueInDays = daysBetween(today, c.commitmentDue)
    out.commitments.push({
      key: `${sortable(dueInDays)}${name}\u0000${c.id}`,
      row: { conversation: c, person, dueInDays },
    })
  }
  if (person.organizerId === memberId) {
    const lastDay = lastContactDay(data, person)
    const days = lastDay === '' ? null : daysBetween(lastDay, today)
    if (days === null || days >= opts.settings.quietDays)
      out.quiet.push({
        key: `${days === null ? '0' : `1${sortable(-days)}`}${name}`,
        row: { person, lastDay, days },
      })
  }
  return out
}

/** Everyone who may have a row on the member's Today. */
function candidates(data: FollowUpData, memberId: string): Set<string> {
  const ids = new Set<string>(data.assignedTo(memberId))
  for (const c of data.openFollowUps()) ids.add(c.personId)
  for (const c of data.commitments()) if (c.commitmentStatus === 'open') ids.add(c.personId)
  return ids
}

/**
 * A member's Today, kept up to date person by person: follow-ups due and overdue (most
 * overdue first), commitments due in the next seven days or overdue (soonest first), and their
 * assigned people nobody has talked with in `quietDays` days (never first, then the longest
 * quiet). After one new log only that person's rows are recomputed.
 */
export class TodayBuilder {
  private readonly followUps = new SortedRows<FollowUpItem>()
  private readonly commitments = new SortedRows<CommitmentItem>()
  private readonly quiet = new SortedRows<QuietItem>()
  private built: { version: number; options: string } | null = null
  private result: TodayList | null = null

  constructor(
    private readonly data: FollowUpData & {
      getSnapshot(): number
      changedSince(version: number): ReadonlySet<string> | null
    },
  ) {}

  build(opts: TodayOptions): TodayList {
    const version = this.data.getSnapshot()
    const options = JSON.stringify([opts.memberId, opts.today, opts.settings.quietDays])
    if (this.built && this.result && this.built.options === options) {
      if (this.built.version === version) return this.result
      const changed = this.data.changedSince(this.built.version)
      if (changed) {
        for (const id of changed) {
          const rows = rowsOf(this.data, id, opts)
          this.followUps.set(id, rows.followUps)
          this.commitments.set(id, rows.commitments)
          this.quiet.set(id, rows.quiet)
        }
        return this.finish(version, options)
      }
    }
    const all = [...candidates(this.data, opts.memberId)].map(
      (id) => [id, rowsOf(this.data, id, opts)] as const,
    )
    this.followUps.fill(all.map(([id, r]) => [id, r.followUps]))
    this.commitments.fill(all.map(([id, r]) => [id, r.commitments]))
    this.quiet.fill(all.map(([id, r]) => [id, r.quiet]))
    return this.finish(version, options)
  }

  private finish(version: number, options: string): TodayList {
    const followUps = this.followUps.list()
    const commitments = this.commitments.list()
    let dueCount = followUps.length
    for (const c of commitments) if (c.dueInDays <= 0) dueCount++
    this.built = { version, options }
    this.result = { followUps, commitments, quiet: this.quiet.list(), dueCount }
    return this.result
  }
}

/** A member's Today, computed from scratch (see TodayBuilder for the incremental one). */
export function buildToday(
  data: FollowUpData & {
    getSnapshot(): number
    changedSince(version: number): ReadonlySet<string> | null
  },
  opts: TodayOptions,
): TodayList {
  return new TodayBuilder(data).build(opts)
}
