/**
 * dashboard-100k: the circle dashboard's series for 100,000 people (in 40 units, assigned to 20
 * organizers, 1.2 assessments each over a year), 50,000 conversations, 2,000 meetings with 20
 * marks of attendance each, and 12 structure tests with 5,000 answers each.
 *
 * Measured: `dashboard()` for the whole circle over 12 months, with the assessment
 * distribution per week (the most periods the view asks for), from the collections'
 * snapshots. Also reported: a unit's and an organizer's dashboard. Floor: one pass over the
 * people and the conversations, in the same run.
 *
 * `npx tsx bench/dashboard.ts` prints the JSON line; progress goes to stderr.
 */
import type { Assessment } from '../shared/domain/assessments/assessment'
import type { Conversation } from '../shared/domain/conversations/conversation'
import { dashboard, type DashboardInput } from '../shared/domain/dashboard/series'
import { attendanceId, type Attendance, type Meeting } from '../shared/domain/meetings/meeting'
import {
  participationId,
  type ParticipationRecord,
  type StructureTest,
} from '../shared/domain/structure-tests/structure-test'
import { flattenUnits } from '../shared/domain/units/tree'
import type { Unit } from '../shared/domain/units/unit'
import { addDays, dayOf } from '../shared/util/day'
import { blankConversation, blankMeeting } from '../test/support/records'
import { emit, gcNow, isMain, median, round, timedSync, type BenchLine } from './helpers'
import { makePeople, seeded, seededId } from './people'

const log = (msg: string) => console.error(`# dashboard: ${msg}`)
const TARGET_MS = 200
const DAY_MS = 86_400_000

export async function benchDashboard(opts: {
  people: number
  conversations: number
  meetings: number
  runs?: number
}): Promise<BenchLine> {
  const runs = opts.runs ?? 9
  const rand = seeded(11)
  const now = Date.now()
  const today = dayOf(now)
  const daysBack = (n: number) => addDays(today, -Math.floor(rand() * n))
  const memberIds = Array.from({ length: 20 }, () => seededId(rand))
  const units: Unit[] = []
  for (let i = 0; i < 10; i++) {
    const top = { id: seededId(rand), name: `Floor ${i}`, parentId: '', createdAt: now }
    units.push(top)
    for (let j = 0; j < 3; j++)
      units.push({ id: seededId(rand), name: `Shift ${j}`, parentId: top.id, createdAt: now })
  }
  let t = Date.now()
  const people = makePeople(opts.people).map((p) => ({
    ...p,
    unitId: units[Math.floor(rand() * units.length)]!.id,
    organizerId: rand() < 0.8 ? memberIds[Math.floor(rand() * memberIds.length)]! : '',
    createdAt: now - Math.floor(rand() * 500) * DAY_MS,
  }))
  const assessments: Assessment[] = []
  for (const p of people) {
    const n = rand() < 0.7 ? 1 : rand() < 0.5 ? 2 : 0
    for (let k = 0; k < n; k++)
      assessments.push({
        id: seededId(rand),
        personId: p.id,
        value: 1 + Math.floor(rand() * 5),
        by: memberIds[0]!,
        at: now - Math.floor(rand() * 365 * DAY_MS),
        reason: '',
      })
  }
  const conversations: Conversation[] = []
  for (let i = 0; i < opts.conversations; i++)
    conversations.push(
      blankConversation({
        id: seededId(rand),
        personId: people[Math.floor(rand() * people.length)]!.id,
        date: daysBack(365),
        members: [memberIds[i % memberIds.length]!],
        loggedBy: memberIds[0]!,
        createdAt: now - i,
      }),
    )
  const meetings: Meeting[] = []
  const attendance: Attendance[] = []
  for (let m = 0; m < opts.meetings; m++) {
    const meeting = blankMeeting({
      id: seededId(rand),
      title: `Meeting ${m}`,
      date: daysBack(730),
      createdBy: memberIds[0]!,
      createdAt: now,
    })
    meetings.push(meeting)
    for (let k = 0; k < 20; k++) {
      const personId = people[Math.floor(rand() * people.length)]!.id
      attendance.push({
        id: attendanceId(meeting.id, personId),
        meetingId: meeting.id,
        personId,
        status: rand() < 0.8 ? 'present' : 'absent',
        by: memberIds[0]!,
        at: now,
      })
    }
  }
  const tests: StructureTest[] = []
  const participation: ParticipationRecord[] = []
  for (let k = 0; k < 12; k++) {
    const test: StructureTest = {
      id: seededId(rand),
      name: `Test ${k}`,
      kind: 'petition',
      date: addDays(today, -28 * k),
      goalPercent: 50,
      plusOne: true,
      unitId: k % 2 === 0 ? '' : units[k]!.id,
      notes: '',
      createdAt: now,
    }
    tests.push(test)
    for (let j = 0; j < 5000; j++) {
      const personId = people[(k * 5000 + j) % people.length]!.id
      participation.push({
        id: participationId(test.id, personId),
        testId: test.id,
        personId,
        took: j % 4 === 0 ? 'no' : 'yes',
        by: memberIds[0]!,
        at: now,
      })
    }
  }
  log(`seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`)

  const input: DashboardInput = {
    people,
    units: flattenUnits(units),
    assessments,
    meetings,
    attendance,
    tests,
    participation,
    conversations,
    scope: { kind: 'circle' },
    today,
    now,
    months: 12,
    distributionUnit: 'week',
  }
  const floor = () => {
    let n = 0
    for (const p of people) if (p.organizerId !== '') n++
    for (const c of conversations) if (c.date <= today) n++
    return n
  }
  t = Date.now()
  let result = dashboard(input)
  log(`first run in ${Date.now() - t} ms`)
  for (let i = 0; i < 2; i++) dashboard(input) // warm-up
  const times: number[] = []
  const unitTimes: number[] = []
  const organizerTimes: number[] = []
  const floors: number[] = []
  gcNow()
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage()
    const r = timedSync(() => dashboard(input))
    const used = process.cpuUsage(before)
    cpu.push((used.user + used.system) / 1000)
    result = r.value
    times.push(r.ms)
    unitTimes.push(
      timedSync(() => dashboard({ ...input, scope: { kind: 'unit', unitId: units[0]!.id } })).ms,
    )
    organizerTimes.push(
      timedSync(() =>
        dashboard({ ...input, scope: { kind: 'organizer', memberId: memberIds[1]! } }),
      ).ms,
    )
    floors.push(timedSync(floor).ms)
  }
  const ms = median(times)
  const last = result.distribution.at(-1)!
  return {
    name: `dashboard-${opts.people >= 1000 ? `${opts.people / 1000}k` : opts.people}`,
    ms: round(ms, 1),
    floor_ms: round(median(floors), 2),
    ratio: round(ms / median(floors), 1),
    n: opts.people,
    conversations: opts.conversations,
    meetings: opts.meetings,
    assessments: assessments.length,
    // CPU time of the same runs: steadier than wall time on a machine shared with other work.
    cpu_ms: round(median(cpu), 1),
    unit_ms: round(median(unitTimes), 1),
    organizer_ms: round(median(organizerTimes), 1),
    weeks: result.weeks.length,
    assessed_now: last.counts.reduce((a, b) => a + b, 0) - last.counts[0],
    runs,
    target: `ms (every series of the whole circle, 12 months, weekly) < ${TARGET_MS}`,
    meets_target: ms < TARGET_MS,
  }
}

if (isMain(import.meta.url))
  emit(await benchDashboard({ people: 100_000, conversations: 50_000, meetings: 2_000 }))
