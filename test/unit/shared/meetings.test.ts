import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CircleSession } from '@shared/domain/circle/session'
import { registerSelf } from '@shared/domain/members/commands'
import {
  addAgendaItem,
  moveAgendaItem,
  renameAgendaItem,
  setAgendaItemDone,
} from '@shared/domain/meetings/agenda'
import {
  addAction,
  addDecision,
  completeAction,
  reopenAction,
  updateAction,
} from '@shared/domain/meetings/action-commands'
import {
  attendanceAt,
  participationHistory,
  setAttendance,
} from '@shared/domain/meetings/attendance'
import {
  agendaOf,
  createMeeting,
  removeMeeting,
  updateMeeting,
} from '@shared/domain/meetings/commands'
import { attendanceId } from '@shared/domain/meetings/meeting'
import { readNotes } from '@shared/domain/meetings/notes'
import { positionBetween, spreadPositions } from '@shared/domain/meetings/position'
import { addMeetingTemplate, templateFromMeeting } from '@shared/domain/meetings/templates'
import { ORIGIN, write } from '@shared/data/origins'
import { input, KEY, MEMBER, person, session, sync, unwrap } from './meetings-helpers'

describe('meetings', () => {
  it('creates a meeting with its notes, validates details, and refuses unsafe call links', () => {
    const s = session(1)
    registerSelf(s, { id: MEMBER, name: 'Ana', colour: '#1d4ed8', publicKey: KEY })
    const id = unwrap(createMeeting(s, input({ facilitator: MEMBER })))
    expect(s.meetings.get(id)).toMatchObject({ title: 'Branch meeting', facilitator: MEMBER })
    expect(readNotes(s, id)).toBeInstanceOf(Y.XmlFragment)
    const bad = createMeeting(
      s,
      input({ title: ' ', date: '', link: 'javascript:alert(1)', noteTaker: 'nobody-here-1234' }),
    )
    expect(bad.ok).toBe(false)
    if (!bad.ok && bad.error.code === 'invalid')
      expect(bad.error.errors.map((e) => e.field).sort()).toEqual([
        'date',
        'link',
        'noteTaker',
        'title',
      ])
    expect(updateMeeting(s, id, { link: 'https://meet.example.org/abc' }).ok).toBe(true)
    expect(updateMeeting(s, id, { time: '25:00' }).ok).toBe(false)
    expect(s.meetings.get(id)!.link).toBe('https://meet.example.org/abc')
  })

  it('starts from a template and carries over the open items of the previous meeting', () => {
    const s = session(1)
    const template = unwrap(
      addMeetingTemplate(s, {
        name: 'Monthly',
        title: 'Monthly meeting',
        agenda: ['Check-in', 'Reports', 'Heating petition'],
      }),
    )
    const first = unwrap(createMeeting(s, input({ date: '2026-10-01' })))
    const a = unwrap(addAgendaItem(s, first, 'Heating petition'))
    const b = unwrap(addAgendaItem(s, first, 'Budget'))
    unwrap(setAgendaItemDone(s, b, true))
    const open = unwrap(
      addAction(s, {
        meetingId: first,
        text: 'Call the landlord',
        memberId: '',
        personId: '',
        due: '2026-10-10',
        createdBy: MEMBER,
      }),
    )
    const done = unwrap(
      addAction(s, {
        meetingId: first,
        text: 'Print flyers',
        memberId: '',
        personId: '',
        due: '',
        createdBy: MEMBER,
      }),
    )
    unwrap(completeAction(s, done, MEMBER))

    const second = unwrap(
      createMeeting(
        s,
        input({ title: 'Monthly meeting', templateId: template, previousId: first }),
      ),
    )
    const agenda = agendaOf(s, second)
    expect(agenda.map((x) => [x.title, x.carriedFrom])).toEqual([
      ['Check-in', ''],
      ['Reports', ''],
      ['Heating petition', a],
      ['Call the landlord', open],
    ])
    expect(s.meetings.get(second)!.previousId).toBe(first)

    // The template's "Heating petition" gave way to the one carried over.
    // A template from a meeting keeps its own items, not what it carried over.
    const again = unwrap(templateFromMeeting(s, second, 'Monthly (copy)'))
    expect(s.meetingTemplates.get(again)).toMatchObject({
      title: 'Monthly meeting',
      agenda: ['Check-in', 'Reports'],
    })
    expect(createMeeting(s, input({ templateId: 'no-such-template' })).ok).toBe(false)
  })

  it('orders the agenda by fractional positions; two members inserting at once keep both', () => {
    expect(positionBetween('a', 'b')).toMatch(/^a[0-9a-z]+$/)
    const spread = spreadPositions(30)
    expect([...spread].sort()).toEqual(spread)
    expect(positionBetween('b', 'a')).toBeNull()
    expect(positionBetween('ZZ', null)).toBeNull()

    const s1 = session(1)
    const m = unwrap(createMeeting(s1, input()))
    const x = unwrap(addAgendaItem(s1, m, 'One'))
    const y = unwrap(addAgendaItem(s1, m, 'Two'))
    const z = unwrap(addAgendaItem(s1, m, 'Three'))
    unwrap(moveAgendaItem(s1, z, 'up'))
    expect(agendaOf(s1, m).map((i) => i.id)).toEqual([x, z, y])
    unwrap(moveAgendaItem(s1, x, 'down'))
    expect(agendaOf(s1, m).map((i) => i.id)).toEqual([z, x, y])
    expect(renameAgendaItem(s1, x, '').ok).toBe(false)

    const s2 = session(2)
    sync(s1.doc, s2.doc)
    unwrap(addAgendaItem(s1, m, 'From one'))
    unwrap(addAgendaItem(s2, m, 'From two'))
    sync(s1.doc, s2.doc)
    const titles = (s: CircleSession) => agendaOf(s, m).map((i) => i.title)
    expect(titles(s1)).toEqual(titles(s2))
    expect(titles(s1).slice(3).sort()).toEqual(['From one', 'From two'])

    // A peer's odd position: the list is renumbered, the move still happens.
    write(s1.doc, ORIGIN.agendaSave, () => s1.agendaItems.update(y, { position: 'ZZZ' }))
    unwrap(moveAgendaItem(s1, y, 'down'))
    expect(new Set(titles(s1)).size).toBe(5)
  })

  it('marks attendance under derived ids: concurrent marks end as one record', () => {
    const s1 = session(1)
    const m = unwrap(createMeeting(s1, input()))
    const rosa = person(s1, 'Rosa')
    const s2 = session(2)
    sync(s1.doc, s2.doc)
    unwrap(
      setAttendance(s1, { meetingId: m, personId: rosa, status: 'present', by: 'm1-aaaaaaaa' }),
    )
    unwrap(
      setAttendance(s2, { meetingId: m, personId: rosa, status: 'excused', by: 'm2-aaaaaaaa' }),
    )
    sync(s1.doc, s2.doc)
    const records = (s: CircleSession) =>
      s.attendance.getSnapshot().filter((a) => a.personId === rosa)
    expect(records(s1)).toHaveLength(1)
    expect(records(s1)[0]!.id).toBe(attendanceId(m, rosa))
    expect(records(s1)).toEqual(records(s2))
    // Whichever won, it is whole: status and by from the same write.
    const r = records(s1)[0]!
    expect([
      ['present', 'm1-aaaaaaaa'],
      ['excused', 'm2-aaaaaaaa'],
    ]).toContainEqual([r.status, r.by])
    unwrap(setAttendance(s1, { meetingId: m, personId: rosa, status: null, by: 'm1-aaaaaaaa' }))
    expect(attendanceAt(s1, m).size).toBe(0)
    expect(
      setAttendance(s1, { meetingId: m, personId: 'nobody-1234', status: 'present', by: '' }).ok,
    ).toBe(false)
  })

  it('gives a person their participation history, newest meeting first', () => {
    const s = session(1)
    const rosa = person(s, 'Rosa')
    const old = unwrap(createMeeting(s, input({ title: 'Old', date: '2026-01-05' })))
    const mid = unwrap(createMeeting(s, input({ title: 'Mid', date: '2026-03-05' })))
    const recent = unwrap(createMeeting(s, input({ title: 'Recent', date: '2026-06-05' })))
    unwrap(setAttendance(s, { meetingId: old, personId: rosa, status: 'present', by: MEMBER }))
    unwrap(setAttendance(s, { meetingId: recent, personId: rosa, status: 'absent', by: MEMBER }))
    expect(participationHistory(s, rosa).map((h) => [h.meeting.title, h.status])).toEqual([
      ['Recent', 'absent'],
      ['Old', 'present'],
    ])
    // A removed meeting leaves the history; its decisions and actions stay, unlinked.
    const act = unwrap(
      addAction(s, {
        meetingId: recent,
        text: 'Follow up',
        memberId: '',
        personId: rosa,
        due: '',
        createdBy: MEMBER,
      }),
    )
    const dec = unwrap(addDecision(s, { meetingId: recent, text: 'We strike', createdBy: MEMBER }))
    unwrap(removeMeeting(s, recent))
    expect(participationHistory(s, rosa).map((h) => h.meeting.title)).toEqual(['Old'])
    expect(s.actions.get(act)!.meetingId).toBe('')
    expect(s.decisions.get(dec)!.meetingId).toBe('')
    expect(readNotes(s, recent)).toBeNull()
    expect(s.agendaItems.getSnapshot().some((a) => a.meetingId === recent)).toBe(false)
    expect(mid).toBeTruthy()
  })

  it('completes and reopens action items; an owner is a member or a person, never both', () => {
    const s = session(1)
    registerSelf(s, { id: MEMBER, name: 'Ana', colour: '#1d4ed8', publicKey: KEY })
    const rosa = person(s, 'Rosa')
    const id = unwrap(
      addAction(s, {
        meetingId: '',
        text: 'Book the room',
        memberId: MEMBER,
        personId: '',
        due: '',
        createdBy: MEMBER,
      }),
    )
    expect(updateAction(s, id, { personId: rosa }).ok).toBe(false)
    unwrap(updateAction(s, id, { memberId: '', personId: rosa, due: '2026-12-01' }))
    unwrap(completeAction(s, id, MEMBER, 1000))
    unwrap(completeAction(s, id, MEMBER, 2000))
    expect(s.actions.get(id)).toMatchObject({ doneAt: 1000, doneBy: MEMBER, personId: rosa })
    unwrap(reopenAction(s, id))
    expect(s.actions.get(id)).toMatchObject({ doneAt: 0, doneBy: '' })
    expect(
      addAction(s, {
        meetingId: '',
        text: '',
        memberId: '',
        personId: '',
        due: 'soon',
        createdBy: MEMBER,
      }).ok,
    ).toBe(false)
  })
})
