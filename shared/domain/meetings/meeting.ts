import type { CollectionDef } from '../../data/collection'
import { field, type Field, type Infer } from '../../data/fields'
import { newestDayFirst, newestTimeFirst } from '../../data/sort-keys'

export const MEETING_LIMITS = {
  title: 200,
  place: 500,
  link: 2000,
  agendaItem: 300,
} as const

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** An optional time of day, HH:MM (24 h); absent or empty means '' (no time). */
export function timeField(): Field<string> {
  return {
    required: false,
    fallback: '',
    check(v) {
      if (v === undefined || v === null || v === '') return { ok: true, value: '' }
      if (typeof v !== 'string') return { ok: false, code: 'wrongType' }
      const s = v.trim()
      return TIME.test(s) ? { ok: true, value: s } : { ok: false, code: 'wrongType' }
    },
  }
}

/**
 * A meeting of the circle: when and where, who facilitates and who takes notes (member ids).
 * Its notes are a Y.XmlFragment in the doc's `meetingNotes` map under the meeting's id (see
 * notes.ts); its agenda, attendance, decisions and action items are records of their own.
 */
export const meetingShape = {
  id: field.id(),
  title: field.text({ min: 1, max: MEETING_LIMITS.title }),
  date: field.day(),
  time: timeField(),
  place: field.optionalText({ max: MEETING_LIMITS.place }),
  /** A call link (https only; see links.ts before opening one). */
  link: field.optionalText({ max: MEETING_LIMITS.link }),
  facilitator: field.ref(),
  noteTaker: field.ref(),
  /** The meeting whose open items were carried into this one's agenda ('' none). */
  previousId: field.ref(),
  createdBy: field.ref(),
  createdAt: field.timestamp(),
}
export type Meeting = Infer<typeof meetingShape>

export const meetingsCollection: CollectionDef<typeof meetingShape> = {
  name: 'meetings',
  shape: meetingShape,
  immutable: ['id', 'createdAt', 'createdBy'],
  // Newest first.
  sortKey: (m) =>
    `${newestDayFirst(m.date)}:${m.time === '' ? '99:99' : m.time}:${newestTimeFirst(m.createdAt)}:${m.id}`,
  searchText: (m) => [m.title, m.place].join('\n').toLocaleLowerCase(),
}

/** One agenda item of a meeting, ordered by `position` (a fractional index string). */
export const agendaItemShape = {
  id: field.id(),
  meetingId: field.id(),
  title: field.text({ min: 1, max: MEETING_LIMITS.agendaItem }),
  position: field.text({ min: 1, max: 80 }),
  done: field.flag(),
  /** The agenda item or action item of an earlier meeting this one carries over ('' none). */
  carriedFrom: field.ref(),
  createdAt: field.timestamp(),
}
export type AgendaItem = Infer<typeof agendaItemShape>

export const agendaItemsCollection: CollectionDef<typeof agendaItemShape> = {
  name: 'agendaItems',
  shape: agendaItemShape,
  immutable: ['id', 'meetingId', 'createdAt'],
  sortKey: (a) => `${a.meetingId}:${a.position}:${a.id}`,
  searchText: (a) => a.title.toLocaleLowerCase(),
}

export const ATTENDANCE = ['present', 'absent', 'excused'] as const
export type AttendanceStatus = (typeof ATTENDANCE)[number]

/**
 * Whether a person attended a meeting. Its id is derived from the meeting's and the person's
 * ids (see attendanceId), so two members marking the same person at once write one record.
 */
export const attendanceShape = {
  id: field.id(),
  meetingId: field.id(),
  personId: field.id(),
  status: field.oneOf(ATTENDANCE, 'present'),
  by: field.ref(),
  at: field.timestamp(),
}
export type Attendance = Infer<typeof attendanceShape>

export const attendanceCollection: CollectionDef<typeof attendanceShape> = {
  name: 'attendance',
  shape: attendanceShape,
  immutable: ['id', 'meetingId', 'personId'],
  sortKey: (a) => `${a.meetingId}:${a.personId}`,
  searchText: () => '',
}

export const attendanceId = (meetingId: string, personId: string) =>
  `${meetingId.slice(0, 32)}${personId.slice(0, 32)}`
