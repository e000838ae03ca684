import { describe, expect, it } from 'vitest'
import { ORIGIN, write } from '@shared/data/origins'
import type { CircleSession } from '@shared/domain/circle/session'
import { attendanceId } from '@shared/domain/meetings/meeting'
import { addStructureTest, setParticipation } from '@shared/domain/structure-tests/commands'
import { FollowUpIndex } from '@shared/domain/today/follow-up-index'
import { buildReady } from '@shared/domain/today/ready'
import { followUpSettings, setFollowUpSettings } from '@shared/domain/today/settings'
import { addDays } from '@shared/util/day'
import { newId } from '@shared/util/id'
import { circle, ME, NOW, person, talk, TODAY } from './today-helpers'
import { blankMeeting } from '../../support/records'

function ready(s: CircleSession) {
  return buildReady({
    data: new FollowUpIndex(s.people, s.conversations),
    meetings: s.meetings.getSnapshot(),
    attendance: s.attendance.getSnapshot(),
    tests: s.structureTests.getSnapshot(),
    participation: s.participation.getSnapshot(),
    today: TODAY,
    settings: followUpSettings(s.meta.getSnapshot()),
  })
}

function meeting(s: CircleSession, date: string, present: string[]) {
  const id = newId()
  write(s.doc, ORIGIN.meetingSave, () => {
    s.meetings.insert(
      blankMeeting({ id, title: `Meeting ${date}`, date, createdBy: ME, createdAt: NOW }),
    )
    for (const personId of present)
      s.attendance.insert({
        id: attendanceId(id, personId),
        meetingId: id,
        personId,
        status: 'present',
        by: ME,
        at: NOW,
      })
  })
}

const reasonsOf = (s: CircleSession, name: string) =>
  ready(s).find((x) => x.person.name === name)?.reasons ?? []

describe('Ready for a next step', () => {
  it('suggests people who came to recent meetings, with how many of how many', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const amir = person(s, 'Amir')
    meeting(s, addDays(TODAY, -30), [rosa, amir])
    meeting(s, addDays(TODAY, -20), [rosa])
    meeting(s, addDays(TODAY, -10), [rosa])
    meeting(s, addDays(TODAY, -3), [])
    meeting(s, addDays(TODAY, -200), [amir]) // outside the window
    expect(reasonsOf(s, 'Rosa')).toEqual([{ code: 'attendance', attended: 3, meetings: 4 }])
    expect(reasonsOf(s, 'Amir')).toEqual([])
    // Tuning: one meeting is enough; then Amir qualifies too.
    setFollowUpSettings(s, { readyMinAttendance: 1 })
    expect(reasonsOf(s, 'Amir')).toEqual([{ code: 'attendance', attended: 1, meetings: 4 }])
    // 0 turns the rule off.
    setFollowUpSettings(s, { readyMinAttendance: 0 })
    expect(reasonsOf(s, 'Rosa')).toEqual([])
  })

  it('suggests people who took part in recent structure tests', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const base = {
      kind: 'petition',
      goalPercent: 50,
      plusOne: true,
      unitId: '',
      notes: '',
    } as const
    const t1 = addStructureTest(s, { ...base, name: 'Petition', date: addDays(TODAY, -5) }, NOW)
    const t2 = addStructureTest(s, { ...base, name: 'Shirt day', date: addDays(TODAY, -15) }, NOW)
    if (!t1.ok || !t2.ok) throw new Error('tests')
    setParticipation(s, { testId: t1.value, personId: rosa, took: 'yes', by: ME }, NOW)
    setParticipation(s, { testId: t2.value, personId: rosa, took: 'no', by: ME }, NOW)
    expect(reasonsOf(s, 'Rosa')).toEqual([{ code: 'tests', took: 1, tests: 2 }])
    setFollowUpSettings(s, { readyMinTests: 2 })
    expect(reasonsOf(s, 'Rosa')).toEqual([])
  })

  it('suggests people who kept their commitments', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const kept = { commitment: 'Talk to the night shift', commitmentStatus: 'kept' } as const
    talk(s, rosa, { ...kept, commitmentDue: addDays(TODAY, -10), date: addDays(TODAY, -20) })
    talk(s, rosa, {
      commitment: 'Sign the petition',
      commitmentStatus: 'missed',
      commitmentDue: addDays(TODAY, -5),
      date: addDays(TODAY, -12),
    })
    expect(reasonsOf(s, 'Rosa')).toEqual([{ code: 'kept', kept: 1, made: 2 }])
    setFollowUpSettings(s, { readyWindowDays: 7 })
    expect(reasonsOf(s, 'Rosa')).toEqual([])
  })

  it('suggests organic leaders without a recent one-on-one; the rule can be turned off', () => {
    const s = circle()
    const rosa = person(s, 'Rosa', { leader: true })
    person(s, 'Amir', { leader: true })
    const lena = person(s, 'Lena', { leader: true })
    talk(s, rosa, { date: addDays(TODAY, -45) })
    talk(s, lena, { date: addDays(TODAY, -3) })
    expect(reasonsOf(s, 'Rosa')).toEqual([{ code: 'leader', days: 45 }])
    expect(reasonsOf(s, 'Amir')).toEqual([{ code: 'leader', days: null }])
    expect(reasonsOf(s, 'Lena')).toEqual([])
    setFollowUpSettings(s, { readyLeaderDays: 60 })
    expect(reasonsOf(s, 'Rosa')).toEqual([])
    setFollowUpSettings(s, { readyLeaderRule: false })
    expect(reasonsOf(s, 'Amir')).toEqual([])
  })

  it('suggests commitments past due that nobody followed up', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const amir = person(s, 'Amir')
    const open = { commitment: 'Bring a coworker', commitmentStatus: 'open' } as const
    const c = talk(s, rosa, { ...open, commitmentDue: '2026-03-02', date: '2026-02-20' })
    talk(s, amir, { ...open, commitmentDue: '2026-03-02', date: '2026-02-20' })
    talk(s, amir, { date: '2026-03-05' }) // followed up since
    expect(reasonsOf(s, 'Rosa')).toEqual([
      { code: 'commitment', due: '2026-03-02', conversationId: c },
    ])
    expect(reasonsOf(s, 'Amir')).toEqual([])
  })

  it('lists people with more reasons first', () => {
    const s = circle()
    const rosa = person(s, 'Rosa', { leader: true })
    person(s, 'Amir', { leader: true })
    talk(s, rosa, {
      commitment: 'x',
      commitmentStatus: 'open',
      commitmentDue: addDays(TODAY, -40),
      date: addDays(TODAY, -50),
    })
    expect(ready(s).map((x) => [x.person.name, x.reasons.map((r) => r.code)])).toEqual([
      ['Rosa', ['leader', 'commitment']],
      ['Amir', ['leader']],
    ])
  })
})
