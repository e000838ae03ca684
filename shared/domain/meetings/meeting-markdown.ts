import type { CircleSession } from '../circle/session'
import type { Action } from './action'
import { ATTENDANCE, type AttendanceStatus } from './meeting'
import { readNotes } from './notes'
import { escapeLine, escapeMarkdown, notesMarkdown, type NotesContext } from './notes-text'

/** The words of a meeting export, in the exporting member's language. */
export interface MarkdownLabels {
  when: string
  place: string
  link: string
  facilitator: string
  noteTaker: string
  attendance: string
  status: Record<AttendanceStatus, string>
  agenda: string
  notes: string
  decisions: string
  actions: string
  /** "due 2025-06-01" for an action item's due day. */
  due: (day: string) => string
  /** Shown for a member or person no longer known. */
  unknown: string
}

/** Who an action item is for, by name ('' nobody). */
export function ownerName(session: CircleSession, a: Pick<Action, 'memberId' | 'personId'>) {
  if (a.memberId !== '') return session.members.get(a.memberId)?.name ?? ''
  if (a.personId !== '') return session.people.get(a.personId)?.name ?? ''
  return ''
}

/** An action item in one line: its text, its owner as @Name and its due day. */
export function actionLine(session: CircleSession, a: Action, due: (day: string) => string) {
  const owner = ownerName(session, a)
  const extra = [owner !== '' ? `@${owner}` : '', a.due !== '' ? due(a.due) : ''].filter(Boolean)
  return extra.length > 0 ? `${a.text} (${extra.join(', ')})` : a.text
}

/** Resolves what meeting notes refer to against the circle's records. */
export function notesContext(
  session: CircleSession,
  due: (day: string) => string = (d) => d,
): NotesContext {
  return {
    personName: (id) => session.people.get(id)?.name ?? '',
    action(id) {
      const a = session.actions.get(id)
      return a ? { text: actionLine(session, a, due), done: a.doneAt > 0 } : null
    },
    decision: (id) => session.decisions.get(id)?.text ?? null,
  }
}

/**
 * A whole meeting as Markdown: title, when and where, facilitator and note taker, attendance,
 * agenda, notes, decisions and action items. Every piece of user text is escaped.
 */
export function meetingMarkdown(
  session: CircleSession,
  meetingId: string,
  labels: MarkdownLabels,
): string | null {
  const m = session.meetings.get(meetingId)
  if (!m) return null
  const member = (id: string) => session.members.get(id)?.name ?? labels.unknown
  const out: string[] = [`# ${escapeLine(m.title)}`]
  const facts: string[] = []
  if (m.date !== '') facts.push(`**${labels.when}:** ${[m.date, m.time].filter(Boolean).join(' ')}`)
  if (m.place !== '') facts.push(`**${labels.place}:** ${escapeLine(m.place)}`)
  if (m.link !== '') facts.push(`**${labels.link}:** ${escapeLine(m.link)}`)
  if (m.facilitator !== '')
    facts.push(`**${labels.facilitator}:** ${escapeLine(member(m.facilitator))}`)
  if (m.noteTaker !== '') facts.push(`**${labels.noteTaker}:** ${escapeLine(member(m.noteTaker))}`)
  if (facts.length > 0) out.push(facts.join('  \n'))

  const attendance = session.attendance.getSnapshot().filter((a) => a.meetingId === m.id)
  if (attendance.length > 0) {
    const lines = ATTENDANCE.map((status) => {
      const names = attendance
        .filter((a) => a.status === status)
        .map((a) => session.people.get(a.personId)?.name ?? labels.unknown)
        .sort((a, b) => a.localeCompare(b))
      return names.length > 0
        ? `- ${labels.status[status]}: ${names.map(escapeLine).join(', ')}`
        : ''
    }).filter(Boolean)
    out.push(`## ${labels.attendance}\n\n${lines.join('\n')}`)
  }

  const agenda = session.agendaItems.getSnapshot().filter((a) => a.meetingId === m.id)
  if (agenda.length > 0)
    out.push(
      `## ${labels.agenda}\n\n${agenda.map((a) => `- [${a.done ? 'x' : ' '}] ${escapeLine(a.title)}`).join('\n')}`,
    )

  const notes = readNotes(session, m.id)
  const notesText = notes ? notesMarkdown(notes, notesContext(session, labels.due)) : ''
  if (notesText.trim() !== '') out.push(`## ${labels.notes}\n\n${notesText}`)

  const decisions = session.decisions.getSnapshot().filter((d) => d.meetingId === m.id)
  if (decisions.length > 0)
    out.push(
      `## ${labels.decisions}\n\n${decisions.map((d) => `- ${escapeMarkdown(d.text).replace(/\n/g, '\n  ')}`).join('\n')}`,
    )

  const actions = session.actions.getSnapshot().filter((a) => a.meetingId === m.id)
  if (actions.length > 0)
    out.push(
      `## ${labels.actions}\n\n${actions
        .map(
          (a) =>
            `- [${a.doneAt > 0 ? 'x' : ' '}] ${escapeLine(actionLine(session, a, labels.due))}`,
        )
        .join('\n')}`,
    )
  return `${out.join('\n\n')}\n`
}
