import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { agendaOf } from './commands'
import { meetingTemplateShape, TEMPLATE_LIMITS, type MeetingTemplate } from './template'

export type TemplateInput = Pick<MeetingTemplate, 'name' | 'title' | 'agenda'>

/** Adds a meeting template; returns its id. */
export function addMeetingTemplate(
  session: CircleSession,
  input: TemplateInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const template: MeetingTemplate = { ...input, id: newId(), createdAt: now }
  const checked = checkWrite(meetingTemplateShape, template)
  if (!checked.ok) return failure({ code: 'invalid', errors: checked.errors })
  return write(session.doc, ORIGIN.meetingTemplateSave, () => {
    const r = session.meetingTemplates.insert(template)
    return r.ok ? success(template.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/**
 * A template from an existing meeting: its title and its agenda items (the first 50, as they
 * are ordered, without carried-over items: those belong to that meeting only).
 */
export function templateFromMeeting(
  session: CircleSession,
  meetingId: string,
  name: string,
  now = Date.now(),
): Result<string> {
  const meeting = session.meetings.get(meetingId)
  if (!meeting) return failure({ code: 'notFound' })
  const agenda = agendaOf(session, meetingId)
    .filter((a) => a.carriedFrom === '')
    .map((a) => a.title)
    .slice(0, TEMPLATE_LIMITS.agendaItems)
  return addMeetingTemplate(session, { name, title: meeting.title, agenda }, now)
}

/** Removes a meeting template (meetings made from it keep their agenda). */
export function removeMeetingTemplate(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.meetingTemplates.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.meetingTemplateRemove, () => {
    session.meetingTemplates.remove(id)
    return success(undefined)
  })
}
