import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { attendanceId, type Attendance, type AttendanceStatus, type Meeting } from './meeting'

/**
 * Marks a person present, absent or excused at a meeting, or clears the mark (null).
 *
 * The record is written whole under the id derived from meeting and person: two members
 * marking the same person at once end with one record, all of one of their two writes.
 */
export function setAttendance(
  session: CircleSession,
  input: { meetingId: string; personId: string; status: AttendanceStatus | null; by: string },
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.meetings.has(input.meetingId) || !session.people.has(input.personId))
    return failure({ code: 'notFound' })
  const id = attendanceId(input.meetingId, input.personId)
  const current = session.attendance.get(id)
  if (input.status !== null && current?.status === input.status) return success(undefined)
  if (input.status === null && !session.attendance.base.has(id)) return success(undefined)
  return write(session.doc, ORIGIN.attendanceSet, () => {
    session.attendance.remove(id)
    if (input.status === null) return success(undefined)
    const record: Attendance = {
      id,
      meetingId: input.meetingId,
      personId: input.personId,
      status: input.status,
      by: input.by,
      at: now,
    }
    const r = session.attendance.insert(record)
    return r.ok ? success(undefined) : failure({ code: 'invalid', errors: r.errors })
  })
}

/**
 * Who is marked at a meeting, by person id. Only the record under the derived id counts
 * (a peer could write another record for the same pair under a different id).
 */
export function attendanceAt(
  session: CircleSession,
  meetingId: string,
): ReadonlyMap<string, AttendanceStatus> {
  const out = new Map<string, AttendanceStatus>()
  for (const a of session.attendance.getSnapshot())
    if (a.meetingId === meetingId && a.id === attendanceId(a.meetingId, a.personId))
      out.set(a.personId, a.status)
  return out
}

export interface AttendanceEntry {
  meeting: Meeting
  status: AttendanceStatus
}

/** A person's participation history: their attendance across meetings, newest first. */
export function participationHistory(session: CircleSession, personId: string): AttendanceEntry[] {
  const byMeeting = new Map<string, AttendanceStatus>()
  for (const a of session.attendance.getSnapshot())
    if (a.personId === personId && a.id === attendanceId(a.meetingId, a.personId))
      byMeeting.set(a.meetingId, a.status)
  const out: AttendanceEntry[] = []
  // The meetings collection is ordered newest first.
  for (const meeting of session.meetings.getSnapshot()) {
    const status = byMeeting.get(meeting.id)
    if (status) out.push({ meeting, status })
  }
  return out
}
