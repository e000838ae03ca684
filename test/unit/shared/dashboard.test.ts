import { describe, expect, it } from 'vitest'
import type { Assessment } from '@shared/domain/assessments/assessment'
import type { Conversation } from '@shared/domain/conversations/conversation'
import { bucketsFor } from '@shared/domain/dashboard/buckets'
import { dashboard, type DashboardInput } from '@shared/domain/dashboard/series'
import {
  participationTotals,
  supportSummary,
  turnoutPercent,
} from '@shared/domain/dashboard/summary'
import { attendanceId, type Attendance, type Meeting } from '@shared/domain/meetings/meeting'
import { emptyPersonInput, type Person } from '@shared/domain/people/person'
import {
  participationId,
  type ParticipationRecord,
  type StructureTest,
} from '@shared/domain/structure-tests/structure-test'
import { flattenUnits } from '@shared/domain/units/tree'
import { blankConversation, blankMeeting } from '../../support/records'

/**
 * The dashboard's series on a small circle built by hand: three people (Ana and Cem in the
 * Harbour unit, Cem in its Night shift; Ben without a unit), their assessments over time, two
 * meetings this month, conversations, and two structure tests.
 */

const TODAY = '2026-03-10'
const NOW = Date.UTC(2026, 2, 10, 12)
const at = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), 12)
const id = (name: string) => `${name}-xxxxxxxxxxxxxxxx`.slice(0, 22)
const ME = id('member-me')
const YOU = id('member-you')

const units = flattenUnits([
  { id: id('harbour'), name: 'Harbour', parentId: '', createdAt: 0 },
  { id: id('night'), name: 'Night shift', parentId: id('harbour'), createdAt: 0 },
])
const person = (name: string, created: string, over: Partial<Person> = {}): Person => ({
  ...emptyPersonInput(),
  id: id(name),
  name,
  createdAt: at(created),
  ...over,
})
const ana = person('ana', '2025-12-01', { unitId: id('harbour'), organizerId: ME })
const ben = person('ben', '2026-02-15', { organizerId: YOU })
const cem = person('cem', '2026-01-01', { unitId: id('night'), organizerId: ME })

let n = 0
const assessment = (p: Person, value: number, day: string): Assessment => ({
  id: id(`as${++n}`),
  personId: p.id,
  value,
  by: ME,
  at: at(day),
  reason: '',
})
const meeting = (name: string, date: string): Meeting =>
  blankMeeting({ id: id(name), title: name, date, createdBy: ME, createdAt: 0 })
const mark = (m: string, p: Person, status: Attendance['status']): Attendance => ({
  id: attendanceId(id(m), p.id),
  meetingId: id(m),
  personId: p.id,
  status,
  by: ME,
  at: 0,
})
const talk = (p: Person, date: string): Conversation =>
  blankConversation({
    id: id(`c${++n}`),
    personId: p.id,
    date,
    members: [ME],
    loggedBy: ME,
    createdAt: 0,
  })
const test = (name: string, date: string, unitId = ''): StructureTest => ({
  id: id(name),
  name,
  kind: 'petition',
  date,
  goalPercent: 50,
  plusOne: false,
  unitId,
  notes: '',
  createdAt: 0,
})
const took = (t: string, p: Person, answer: 'yes' | 'no'): ParticipationRecord => ({
  id: participationId(id(t), p.id),
  testId: id(t),
  personId: p.id,
  took: answer,
  by: ME,
  at: 0,
})

const input: DashboardInput = {
  people: [ana, ben, cem],
  units,
  assessments: [
    assessment(ana, 3, '2026-01-10'),
    assessment(ana, 1, '2026-02-20'),
    assessment(cem, 2, '2025-12-20'),
    // Someone no longer in the circle: ignored.
    { ...assessment(ana, 5, '2026-01-05'), personId: id('gone') },
  ],
  meetings: [
    meeting('m1', '2026-03-02'),
    meeting('m2', '2026-03-04'),
    meeting('m3', '2026-03-12'), // not yet held
    meeting('m4', '2025-11-01'), // before the range
  ],
  attendance: [
    mark('m1', ana, 'present'),
    mark('m1', ben, 'present'),
    mark('m1', cem, 'absent'),
    mark('m2', ana, 'present'),
    // A record a peer wrote under another id for the same pair: not counted.
    { ...mark('m2', ben, 'present'), id: id('stray') },
    mark('m3', cem, 'present'),
  ],
  tests: [
    test('t1', '2026-02-01'),
    test('t2', '2026-03-01', id('harbour')),
    test('t3', ''),
    test('t4', '2025-01-01'),
  ],
  participation: [
    took('t1', ana, 'yes'),
    took('t1', ben, 'no'),
    took('t1', cem, 'yes'),
    took('t2', ana, 'yes'),
    took('t2', ben, 'yes'), // Ben is not in the Harbour: not counted
    took('t3', ana, 'yes'),
  ],
  conversations: [
    talk(ana, '2026-03-09'),
    talk(ana, '2026-03-10'),
    talk(ben, '2026-03-03'),
    talk(cem, '2025-12-08'),
    talk(cem, '2025-12-07'), // before the range
    talk(cem, '2026-03-11'), // a day ahead (a wrong clock): not counted
  ],
  scope: { kind: 'circle' },
  today: TODAY,
  now: NOW,
  months: 3,
  distributionUnit: 'month',
}

describe('dashboard periods', () => {
  it('has Monday-to-Sunday weeks from three months ago to the week of today', () => {
    const b = bucketsFor(TODAY, 3, 'week')
    expect(b.list).toHaveLength(14)
    expect(b.list[0]).toEqual({ start: '2025-12-08', end: '2025-12-14' })
    expect(b.list.at(-1)).toEqual({ start: '2026-03-09', end: '2026-03-15' })
    expect(b.indexOf('2025-12-07')).toBe(-1)
    expect(b.indexOf('2025-12-08')).toBe(0)
    expect(b.indexOf('2026-03-15')).toBe(13)
    expect(b.indexOf('2026-03-16')).toBe(-1)
  })

  it('has calendar months, this one last', () => {
    const b = bucketsFor('2026-01-31', 12, 'month')
    expect(b.list).toHaveLength(12)
    expect(b.list[0]).toEqual({ start: '2025-02-01', end: '2025-02-28' })
    expect(b.list.at(-1)).toEqual({ start: '2026-01-01', end: '2026-01-31' })
    expect(b.indexOf('2025-12-31')).toBe(10)
    expect(b.indexOf('2025-01-31')).toBe(-1)
  })
})

describe('dashboard series', () => {
  it('counts the assessment distribution at the end of each month, as it stood then', () => {
    const d = dashboard(input)
    expect(d.people).toBe(3)
    expect(d.distribution.map((p) => [p.start, p.counts])).toEqual([
      // Ben did not exist yet; Ana stood at 3, Cem at 2.
      ['2026-01-01', [0, 0, 1, 1, 0, 0]],
      // Ana moved to 1; Ben arrived unassessed.
      ['2026-02-01', [1, 1, 1, 0, 0, 0]],
      ['2026-03-01', [1, 1, 1, 0, 0, 0]],
    ])
    expect(supportSummary(d.distribution)).toEqual({
      supporters: 2,
      change: 1,
      since: '2026-01-31',
    })
  })

  it('counts meetings held, attendance and conversations per week', () => {
    const d = dashboard(input)
    const week = (start: string) => d.weeks.find((w) => w.start === start)!
    expect(week('2026-03-02')).toMatchObject({
      meetings: 2,
      present: 3,
      people: 2,
      conversations: 1,
      talkedTo: 1,
    })
    expect(week('2026-03-09')).toMatchObject({ meetings: 0, conversations: 2, talkedTo: 1 })
    expect(week('2025-12-08')).toMatchObject({ conversations: 1, talkedTo: 1 })
    expect(participationTotals(d.weeks)).toEqual({
      meetings: 2,
      present: 3,
      conversations: 4,
      lastWeekConversations: 2,
    })
  })

  it('counts each dated test in the range: who took part of those it counts', () => {
    const d = dashboard(input)
    expect(d.tests.map((t) => [t.name, t.took, t.inScope])).toEqual([
      ['t1', 2, 3],
      ['t2', 1, 2],
    ])
    expect(turnoutPercent(d.tests[0]!)).toBe(66)
    expect(turnoutPercent({ took: 0, inScope: 0 })).toBe(0)
  })

  it('counts only a unit and the units below it', () => {
    const d = dashboard({ ...input, scope: { kind: 'unit', unitId: id('harbour') } })
    expect(d.people).toBe(2)
    expect(d.distribution.map((p) => p.counts)).toEqual([
      [0, 0, 1, 1, 0, 0],
      [0, 1, 1, 0, 0, 0],
      [0, 1, 1, 0, 0, 0],
    ])
    const week = d.weeks.find((w) => w.start === '2026-03-02')!
    // Meetings are the circle's; attendance is the unit's people's (Ana twice).
    expect(week).toMatchObject({ meetings: 2, present: 2, people: 1, conversations: 0 })
    expect(d.tests.map((t) => [t.took, t.inScope])).toEqual([
      [2, 2],
      [1, 2],
    ])
    const night = dashboard({ ...input, scope: { kind: 'unit', unitId: id('night') } })
    expect(night.people).toBe(1)
    expect(night.tests.map((t) => [t.took, t.inScope])).toEqual([
      [1, 1],
      [0, 1],
    ])
  })

  it("counts only one organizer's people", () => {
    const d = dashboard({ ...input, scope: { kind: 'organizer', memberId: YOU } })
    expect(d.people).toBe(1)
    expect(d.distribution.map((p) => p.counts[0])).toEqual([0, 1, 1])
    expect(d.weeks.find((w) => w.start === '2026-03-02')).toMatchObject({
      present: 1,
      conversations: 1,
    })
    expect(d.tests.map((t) => [t.took, t.inScope])).toEqual([
      [0, 1],
      [0, 0],
    ])
    const mine = dashboard({ ...input, scope: { kind: 'organizer', memberId: ME } })
    expect(mine.people).toBe(2)
  })

  it('counts weekly periods for the distribution too', () => {
    const d = dashboard({ ...input, distributionUnit: 'week' })
    expect(d.distribution).toHaveLength(14)
    // The week of 2026-02-16 ends on Sunday the 22nd: Ana moved to 1 on the 20th.
    const week = d.distribution.find((p) => p.start === '2026-02-16')!
    expect(week.counts).toEqual([1, 1, 1, 0, 0, 0])
    // Ben arrived on Sunday the 15th, unassessed.
    const before = d.distribution.find((p) => p.start === '2026-02-09')!
    expect(before.counts).toEqual([1, 0, 1, 1, 0, 0])
    const earlier = d.distribution.find((p) => p.start === '2026-02-02')!
    expect(earlier.counts).toEqual([0, 0, 1, 1, 0, 0])
  })

  it('is empty in words when nobody is in scope', () => {
    const d = dashboard({ ...input, scope: { kind: 'unit', unitId: id('nowhere') } })
    expect(d.people).toBe(0)
    expect(d.distribution.every((p) => p.counts.every((c) => c === 0))).toBe(true)
    expect(d.weeks.every((w) => w.present === 0 && w.conversations === 0)).toBe(true)
    expect(supportSummary([])).toBeNull()
  })
})
