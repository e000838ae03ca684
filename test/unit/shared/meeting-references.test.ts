import { describe, expect, it } from 'vitest'
import { addAction } from '@shared/domain/meetings/action-commands'
import { setAttendance } from '@shared/domain/meetings/attendance'
import { createMeeting, removeMeeting } from '@shared/domain/meetings/commands'
import { removePerson } from '@shared/domain/people/commands'
import { input, MEMBER, person, session, sync, unwrap } from './meetings-helpers'

describe('records linked to a meeting or person removed on another laptop', () => {
  it('sweeps attendance and unlinks action items on every peer', () => {
    const a = session(1)
    const b = session(2)
    const rosa = person(a, 'Rosa')
    const ana = person(a, 'Ana')
    const meetingId = unwrap(createMeeting(a, input()))
    sync(a.doc, b.doc)
    // Offline on b: attendance, an action in the meeting, an action owned by Ana.
    unwrap(setAttendance(b, { meetingId, personId: rosa, status: 'present', by: MEMBER }))
    const inMeeting = unwrap(
      addAction(b, {
        text: 'Call the landlord',
        memberId: '',
        personId: '',
        due: '',
        meetingId,
        createdBy: MEMBER,
      }),
    )
    const anas = unwrap(
      addAction(b, {
        text: 'Bring the petition',
        memberId: '',
        personId: ana,
        due: '',
        meetingId: '',
        createdBy: MEMBER,
      }),
    )
    // Meanwhile on a: the meeting and Ana are removed.
    unwrap(removeMeeting(a, meetingId))
    unwrap(removePerson(a, ana))
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(s.settledInvariants().length).toBeGreaterThan(0)
      s.maintain()
    }
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(s.settledInvariants()).toEqual([])
      expect(s.attendance.size).toBe(0)
      expect(s.actions.get(inMeeting)).toMatchObject({ text: 'Call the landlord', meetingId: '' })
      expect(s.actions.get(anas)).toMatchObject({ text: 'Bring the petition', personId: '' })
    }
  })
})
