import type { Assessment } from '../assessments/assessment'
import type { Distribution } from '../chart/chart-model'
import { assessmentsByPerson, distributionsAt } from '../chart/history'
import type { Conversation } from '../conversations/conversation'
import { attendanceId, type Attendance, type Meeting } from '../meetings/meeting'
import type { Person } from '../people/person'
import { countsAsParticipation } from '../structure-tests/results'
import type { ParticipationRecord, StructureTest } from '../structure-tests/structure-test'
import { unitWithDescendants, type UnitNode } from '../units/tree'
import { endOfDay } from '../../util/day'
import { bucketsFor, type Bucket, type BucketUnit } from './buckets'
import { scopedPeople, type DashboardScope } from './scope'

export interface DashboardInput {
  /** Everyone in the circle (the scope picks from them). */
  people: readonly Person[]
  /** The circle's units, flattened (flattenUnits). */
  units: readonly UnitNode[]
  assessments: readonly Assessment[]
  meetings: readonly Meeting[]
  attendance: readonly Attendance[]
  tests: readonly StructureTest[]
  participation: readonly ParticipationRecord[]
  conversations: readonly Conversation[]
  scope: DashboardScope
  /** Today (YYYY-MM-DD, local) and now (ms): the range ends here. */
  today: string
  now: number
  /** How many months back the range reaches. */
  months: number
  /** The periods of the assessment distribution (participation is always per week). */
  distributionUnit: BucketUnit
}

export interface DistributionPoint extends Bucket {
  /** People at each assessment (0: not yet assessed) at the end of the period. */
  counts: Distribution
}

export interface ParticipationWeek extends Bucket {
  /** Meetings of the circle held in the week (up to today). */
  meetings: number
  /** Marks "present" of people in scope at those meetings, and how many people they were. */
  present: number
  people: number
  /** Conversations logged with people in scope, and with how many people. */
  conversations: number
  talkedTo: number
}

export interface TestTurnout {
  id: string
  name: string
  date: string
  /** People in scope whom the test counts, and how many of them took part. */
  inScope: number
  took: number
}

export interface Dashboard {
  /** People in scope now. */
  people: number
  distribution: DistributionPoint[]
  weeks: ParticipationWeek[]
  /** Tests dated in the range (up to today), oldest first. */
  tests: TestTurnout[]
}

/**
 * The dashboard's series for one scope and range, each computed in one pass over its records:
 * the assessment distribution at the end of each period (see distributionsAt), meetings,
 * attendance and conversations per week, and each test's turnout among the people in scope.
 */
export function dashboard(input: DashboardInput): Dashboard {
  const people = scopedPeople(input.people, input.units, input.scope)
  const ids = new Set<string>()
  for (const p of people) ids.add(p.id)
  return {
    people: people.length,
    distribution: distributionSeries(input, people, ids),
    weeks: weeklySeries(input, ids),
    tests: turnout(input, people, ids),
  }
}

function distributionSeries(
  input: DashboardInput,
  people: readonly Person[],
  ids: ReadonlySet<string>,
): DistributionPoint[] {
  const buckets = bucketsFor(input.today, input.months, input.distributionUnit).list
  const ends = buckets.map((b) => Math.min(endOfDay(b.end), input.now))
  const counts = distributionsAt(people, assessmentsByPerson(input.assessments, ids), ends)
  return buckets.map((b, i) => ({ ...b, counts: counts[i]! }))
}

function weeklySeries(input: DashboardInput, ids: ReadonlySet<string>): ParticipationWeek[] {
  const buckets = bucketsFor(input.today, input.months, 'week')
  const weeks: ParticipationWeek[] = buckets.list.map((b) => ({
    ...b,
    meetings: 0,
    present: 0,
    people: 0,
    conversations: 0,
    talkedTo: 0,
  }))
  const weekOf = new Map<string, number>()
  for (const m of input.meetings) {
    if (m.date === '' || m.date > input.today) continue
    const w = buckets.indexOf(m.date)
    if (w < 0) continue
    weekOf.set(m.id, w)
    weeks[w]!.meetings++
  }
  const presentSeen = weeks.map(() => new Set<string>())
  for (const a of input.attendance) {
    if (a.status !== 'present' || !ids.has(a.personId)) continue
    const w = weekOf.get(a.meetingId)
    // Only the record under the derived id counts (a peer may write another for the pair).
    if (w === undefined || a.id !== attendanceId(a.meetingId, a.personId)) continue
    weeks[w]!.present++
    presentSeen[w]!.add(a.personId)
  }
  const talkedSeen = weeks.map(() => new Set<string>())
  for (const c of input.conversations) {
    if (c.date === '' || c.date > input.today || !ids.has(c.personId)) continue
    const w = buckets.indexOf(c.date)
    if (w < 0) continue
    weeks[w]!.conversations++
    talkedSeen[w]!.add(c.personId)
  }
  for (const [i, w] of weeks.entries()) {
    w.people = presentSeen[i]!.size
    w.talkedTo = talkedSeen[i]!.size
  }
  return weeks
}

function turnout(
  input: DashboardInput,
  people: readonly Person[],
  ids: ReadonlySet<string>,
): TestTurnout[] {
  const first = bucketsFor(input.today, input.months, 'week').list[0]!.start
  const tests = input.tests
    .filter((t) => t.date !== '' && t.date >= first && t.date <= input.today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt))
  if (tests.length === 0) return []
  // People in scope by unit, so a test's count is a sum over its units, not a pass over people.
  const byUnit = new Map<string, number>()
  const unitOf = new Map<string, string>()
  for (const p of people) {
    byUnit.set(p.unitId, (byUnit.get(p.unitId) ?? 0) + 1)
    unitOf.set(p.id, p.unitId)
  }
  const rows = new Map<string, { row: TestTurnout; units: ReadonlySet<string> | null }>()
  for (const t of tests) {
    const units = t.unitId === '' ? null : unitWithDescendants(input.units, t.unitId)
    let inScope = 0
    if (units === null) inScope = people.length
    else for (const u of units) inScope += byUnit.get(u) ?? 0
    rows.set(t.id, { row: { id: t.id, name: t.name, date: t.date, inScope, took: 0 }, units })
  }
  for (const r of input.participation) {
    if (r.took !== 'yes' || !ids.has(r.personId)) continue
    const test = rows.get(r.testId)
    if (!test || !countsAsParticipation(r)) continue
    if (test.units === null || test.units.has(unitOf.get(r.personId)!)) test.row.took++
  }
  return [...rows.values()].map((r) => r.row)
}
