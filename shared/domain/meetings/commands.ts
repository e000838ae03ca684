import { newId } from '../../util/id'
import { safeCallLink } from '../../util/links'
import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { MEETING_LIMITS, meetingShape, type AgendaItem, type Meeting } from './meeting'
import { createNotes } from './notes'
import { spreadPositions } from './position'

/** What a user fills in for a meeting. */
export type MeetingInput = Pick<
  Meeting,
  'title' | 'date' | 'time' | 'place' | 'link' | 'facilitator' | 'noteTaker'
>

export interface NewMeeting extends MeetingInput {
  /** A template whose title and agenda the meeting starts from ('' none). */
  templateId: string
  /** The meeting whose open items are carried into the agenda ('' none). */
  previousId: string
  /** The member creating it. */
  createdBy: string
}

/**
 * Checks what the schema cannot: a meeting needs a date, a call link must be an http(s)
 * address, facilitator and note-taker are members of the circle.
 */
function checkInput(session: CircleSession, input: Partial<MeetingInput>, current?: Meeting) {
  const errors: FieldError[] = []
  if (input.date !== undefined && input.date.trim() === '')
    errors.push({ field: 'date', code: 'required' })
  if (input.link !== undefined && input.link.trim() !== '' && !safeCallLink(input.link))
    errors.push({ field: 'link', code: 'notAllowed' })
  for (const k of ['facilitator', 'noteTaker'] as const) {
    const id = input[k]
    // A member removed since may stay facilitator unless changed.
    if (id !== undefined && id !== '' && id !== current?.[k] && !session.members.has(id))
      errors.push({ field: k, code: 'notAllowed' })
  }
  return errors
}

function schemaErrors(values: Partial<Meeting>): FieldError[] {
  const r = checkWrite(meetingShape, values)
  return r.ok ? [] : r.errors
}

/**
 * What the previous meeting leaves open: its agenda items not marked done, then its action
 * items not completed, as titles for the new agenda with the id they carry over.
 */
export function openItemsOf(
  session: CircleSession,
  meetingId: string,
): { title: string; carriedFrom: string }[] {
  if (meetingId === '') return []
  const agenda = agendaOf(session, meetingId)
    .filter((a) => !a.done)
    .map((a) => ({ title: a.title, carriedFrom: a.id }))
  const actions = session.actions
    .getSnapshot()
    .filter((a) => a.meetingId === meetingId && a.doneAt === 0)
    .map((a) => ({
      title: a.text.slice(0, MEETING_LIMITS.agendaItem).trim(),
      carriedFrom: a.id,
    }))
  return [...agenda, ...actions]
}

/** A meeting's agenda items, in order. */
export function agendaOf(session: CircleSession, meetingId: string): AgendaItem[] {
  return session.agendaItems.getSnapshot().filter((a) => a.meetingId === meetingId)
}

/** The meeting held last (latest date and time; the list is newest first), if any. */
export function latestMeeting(session: CircleSession): Meeting | null {
  return session.meetings.getSnapshot()[0] ?? null
}

/**
 * Creates a meeting, from scratch or from a template, with its notes; its agenda is the
 * template's items followed by what the previous meeting left open (marked carriedFrom).
 * Returns the new meeting's id.
 */
export function createMeeting(
  session: CircleSession,
  input: NewMeeting,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const template =
    input.templateId === '' ? null : (session.meetingTemplates.get(input.templateId) ?? null)
  if (input.templateId !== '' && !template) return failure({ code: 'notFound' })
  if (input.previousId !== '' && !session.meetings.has(input.previousId))
    return failure({ code: 'notFound' })
  const { templateId: _t, ...rest } = input
  const meeting: Meeting = { ...rest, id: newId(), createdAt: now }
  const errors = [...schemaErrors(meeting), ...checkInput(session, input)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  // What is carried over replaces a template item of the same title (a template made from
  // the previous meeting has its items too).
  const carried = openItemsOf(session, input.previousId)
  const carriedTitles = new Set(carried.map((i) => i.title.toLocaleLowerCase()))
  const items = [
    ...(template?.agenda ?? [])
      .filter((title) => !carriedTitles.has(title.toLocaleLowerCase()))
      .map((title) => ({ title, carriedFrom: '' })),
    ...carried,
  ].filter((i) => i.title !== '')
  const positions = spreadPositions(items.length)
  return write(session.doc, ORIGIN.meetingSave, () => {
    const r = session.meetings.insert(meeting)
    if (!r.ok) return failure({ code: 'invalid', errors: r.errors })
    items.forEach((item, i) => {
      session.agendaItems.insert({
        id: newId(),
        meetingId: meeting.id,
        title: item.title,
        position: positions[i]!,
        done: false,
        carriedFrom: item.carriedFrom,
        createdAt: now,
      })
    })
    createNotes(session, meeting.id)
    return success(meeting.id)
  })
}

/** Changes some details of a meeting. Only the fields that differ are written. */
export function updateMeeting(
  session: CircleSession,
  id: string,
  patch: Partial<MeetingInput>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.meetings.get(id)
  if (!current) return failure({ code: 'notFound' })
  const errors = [...schemaErrors(patch), ...checkInput(session, patch, current)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.meetingSave, () => {
    const r = session.meetings.update(id, patch)
    if (r.ok) return success(undefined)
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/**
 * Removes a meeting with its agenda, attendance and notes. Its decisions and action items
 * stay (they are the circle's, and the Actions list still shows them), with the meeting
 * reference cleared.
 */
export function removeMeeting(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.meetings.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.meetingRemove, () => {
    for (const a of agendaOf(session, id)) session.agendaItems.remove(a.id)
    for (const a of session.attendance.getSnapshot())
      if (a.meetingId === id) session.attendance.remove(a.id)
    for (const a of session.actions.getSnapshot())
      if (a.meetingId === id) session.actions.update(a.id, { meetingId: '' })
    for (const d of session.decisions.getSnapshot())
      if (d.meetingId === id) session.decisions.update(d.id, { meetingId: '' })
    session.meetingNotes.delete(id)
    session.meetings.remove(id)
    return success(undefined)
  })
}
