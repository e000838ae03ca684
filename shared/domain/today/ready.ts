import { addDays, daysBetween } from '../../util/day'
import { attendanceId, type Attendance, type Meeting } from '../meetings/meeting'
import type { Person } from '../people/person'
import { countsAsParticipation } from '../structure-tests/results'
import type { ParticipationRecord, StructureTest } from '../structure-tests/structure-test'
import { conversationDay, type FollowUpData } from './follow-up-index'
import type { FollowUpSettings } from './settings'
import { sortable, SortedRows, type Keyed } from './sorted-rows'
import { nameKey } from './today'

/**
 * Why someone is suggested for a next step, with the numbers behind it, so the interface can
 * say it in words ("came to 3 of the last 4 meetings") and the circle can tune the rule.
 */
export type ReadyReason =
  | { code: 'attendance'; attended: number; meetings: number }
  | { code: 'tests'; took: number; tests: number }
  | { code: 'kept'; kept: number; made: number }
  /** An organic leader without a one-on-one for `days` days (null: never). */
  | { code: 'leader'; days: number | null }
  /** A commitment due on `due`, still open, and nobody has talked with them since. */
  | { code: 'commitment'; due: string; conversationId: string }

export interface ReadySuggestion {
  person: Person
  reasons: ReadyReason[]
}

export interface ReadyInput {
  meetings: readonly Meeting[]
  attendance: readonly Attendance[]
  tests: readonly StructureTest[]
  participation: readonly ParticipationRecord[]
  today: string
  settings: FollowUpSettings
}

type Data = FollowUpData & {
  getSnapshot(): number
  changedSince(version: number): ReadonlySet<string> | null
}

/** What does not change with a new log: who came to meetings and took part in tests lately. */
interface Context {
  input: ReadyInput
  from: string
  attended: Map<string, number>
  meetings: number
  took: Map<string, number>
  tests: number
}

function contextOf(input: ReadyInput): Context {
  const { today, settings: s } = input
  const from = addDays(today, -s.readyWindowDays + 1)
  const inWindow = (day: string) => day !== '' && day >= from && day <= today
  const held = new Set(input.meetings.filter((m) => inWindow(m.date)).map((m) => m.id))
  const attended = new Map<string, number>()
  if (s.readyMinAttendance > 0)
    for (const a of input.attendance)
      if (
        a.status === 'present' &&
        held.has(a.meetingId) &&
        a.id === attendanceId(a.meetingId, a.personId)
      )
        attended.set(a.personId, (attended.get(a.personId) ?? 0) + 1)
  const tests = new Set(input.tests.filter((t) => inWindow(t.date)).map((t) => t.id))
  const took = new Map<string, number>()
  if (s.readyMinTests > 0)
    for (const p of input.participation)
      if (p.took === 'yes' && tests.has(p.testId) && countsAsParticipation(p))
        took.set(p.personId, (took.get(p.personId) ?? 0) + 1)
  return { input, from, attended, meetings: held.size, took, tests: tests.size }
}

const ORDER: readonly ReadyReason['code'][] = [
  'attendance',
  'tests',
  'kept',
  'leader',
  'commitment',
]

/** Every rule that suggests one person, in a fixed order. */
function reasonsOf(data: FollowUpData, person: Person, ctx: Context): ReadyReason[] {
  const { today, settings: s } = ctx.input
  const out: ReadyReason[] = []
  const attended = ctx.attended.get(person.id) ?? 0
  if (s.readyMinAttendance > 0 && attended >= s.readyMinAttendance)
    out.push({ code: 'attendance', attended, meetings: ctx.meetings })
  const took = ctx.took.get(person.id) ?? 0
  if (s.readyMinTests > 0 && took >= s.readyMinTests)
    out.push({ code: 'tests', took, tests: ctx.tests })
  let kept = 0
  let made = 0
  const open: ReadyReason[] = []
  const latest = data.latest(person.id)
  for (const c of data.conversationsOf(person.id)) {
    if (c.commitmentStatus === 'none') continue
    const day = c.commitmentDue !== '' ? c.commitmentDue : conversationDay(c)
    if (day >= ctx.from && day <= today) {
      made++
      if (c.commitmentStatus === 'kept') kept++
    }
    if (c.commitmentStatus === 'open' && c.commitmentDue !== '' && c.commitmentDue < today)
      if (!latest || conversationDay(latest) <= c.commitmentDue)
        open.push({ code: 'commitment', due: c.commitmentDue, conversationId: c.id })
  }
  if (s.readyMinKept > 0 && kept >= s.readyMinKept) out.push({ code: 'kept', kept, made })
  if (s.readyLeaderRule && person.leader) {
    const days = latest ? daysBetween(conversationDay(latest), today) : null
    if (days === null || days >= s.readyLeaderDays) out.push({ code: 'leader', days })
  }
  open.sort((a, b) =>
    a.code === 'commitment' && b.code === 'commitment'
      ? a.due < b.due
        ? -1
        : a.due > b.due
          ? 1
          : a.conversationId < b.conversationId
            ? -1
            : 1
      : 0,
  )
  out.push(...open)
  return out.sort((a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code))
}

function rowsOf(data: FollowUpData, personId: string, ctx: Context): Keyed<ReadySuggestion>[] {
  const person = data.person(personId)
  if (!person) return []
  const reasons = reasonsOf(data, person, ctx)
  if (reasons.length === 0) return []
  return [{ key: `${sortable(-reasons.length)}${nameKey(person)}`, row: { person, reasons } }]
}

/**
 * People ready for a next step, each with every rule that suggests them: participation in the
 * recent window (meetings attended, structure tests taken part in, commitments kept, each at
 * least the circle's threshold; 0 turns a rule off), organic leaders without a recent one-on-
 * one, and commitments past due that nobody followed up. Most reasons first, then by name.
 * After one new log, only that person's suggestion is recomputed.
 */
export class ReadyBuilder {
  private readonly rows = new SortedRows<ReadySuggestion>()
  private built: { version: number; input: ReadyInput; settings: string } | null = null
  private ctx: Context | null = null

  constructor(private readonly data: Data) {}

  build(input: ReadyInput): readonly ReadySuggestion[] {
    const version = this.data.getSnapshot()
    const settings = JSON.stringify(input.settings)
    const b = this.built
    const same =
      b !== null &&
      this.ctx !== null &&
      b.settings === settings &&
      b.input.today === input.today &&
      b.input.meetings === input.meetings &&
      b.input.attendance === input.attendance &&
      b.input.tests === input.tests &&
      b.input.participation === input.participation
    const changed = same ? this.data.changedSince(b.version) : null
    if (same && changed && this.ctx) {
      for (const id of changed) this.rows.set(id, rowsOf(this.data, id, this.ctx))
    } else {
      const ctx = (this.ctx = contextOf(input))
      const ids = new Set<string>([...ctx.attended.keys(), ...ctx.took.keys()])
      for (const c of this.data.commitments()) ids.add(c.personId)
      if (input.settings.readyLeaderRule) for (const id of this.data.leaders()) ids.add(id)
      this.rows.fill([...ids].map((id) => [id, rowsOf(this.data, id, ctx)]))
    }
    this.built = { version, input, settings }
    return this.rows.list()
  }
}

/** The suggestions, computed from scratch (see ReadyBuilder for the incremental one). */
export function buildReady(input: ReadyInput & { data: Data }): readonly ReadySuggestion[] {
  return new ReadyBuilder(input.data).build(input)
}
