import type { FieldError } from '../../data/fields'
import { checkWrite } from '../../data/record-schema'
import { dayOf } from '../../util/day'
import type { CircleSession } from '../circle/session'
import { conversationShape, type Conversation } from './conversation'

/** What a member fills in when logging a conversation (the rest is set by the commands). */
export type ConversationInput = Pick<
  Conversation,
  | 'personId'
  | 'date'
  | 'members'
  | 'channel'
  | 'issues'
  | 'cares'
  | 'ask'
  | 'commitment'
  | 'commitmentDue'
  | 'assessment'
  | 'followUpOn'
  | 'notes'
  | 'guideId'
>

/** The fields a correction may change. */
export const CORRECTABLE = [
  'date',
  'members',
  'channel',
  'issues',
  'cares',
  'ask',
  'commitment',
  'commitmentDue',
  'assessment',
  'followUpOn',
  'notes',
  'guideId',
] as const
export type Correctable = (typeof CORRECTABLE)[number]
export type ConversationPatch = Partial<Pick<Conversation, Correctable>>

/**
 * The moment a conversation on `date` counts as having happened: now when it was today, else
 * noon of that day (local time). Used for the assessment it adds and the person's last contact.
 */
export function contactTime(date: string, now: number): number {
  if (date === dayOf(now)) return now
  const t = new Date(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), 12).getTime()
  return Math.min(t, now)
}

/** Field errors the schema finds in (part of) a conversation, without writing anything. */
export function schemaErrors(values: Partial<Conversation>): FieldError[] {
  const r = checkWrite(conversationShape, values)
  return r.ok ? [] : r.errors
}

/**
 * Checks what the schema cannot, on the whole conversation as it would be stored: a day not in
 * the future, at least one member who talked (members of the circle, or `by`, or members the
 * record already named), a commitment's text when it has a due day, and due and follow-up days
 * not before the conversation.
 */
export function checkConversation(
  session: CircleSession,
  c: ConversationInput,
  by: string,
  now: number,
  before?: Conversation,
): FieldError[] {
  const errors: FieldError[] = []
  if (c.date === '') errors.push({ field: 'date', code: 'required' })
  else if (c.date > dayOf(now)) errors.push({ field: 'date', code: 'outOfRange' })
  if (c.members.length === 0) errors.push({ field: 'members', code: 'required' })
  const known = (m: string) =>
    m === by || session.members.has(m) || (before?.members.includes(m) ?? false)
  if (!c.members.every(known)) errors.push({ field: 'members', code: 'notAllowed' })
  if (c.commitmentDue !== '' && c.commitment.trim() === '')
    errors.push({ field: 'commitment', code: 'required' })
  if (c.date !== '' && c.commitmentDue !== '' && c.commitmentDue < c.date)
    errors.push({ field: 'commitmentDue', code: 'outOfRange' })
  if (c.date !== '' && c.followUpOn !== '' && c.followUpOn < c.date)
    errors.push({ field: 'followUpOn', code: 'outOfRange' })
  const guideKnown =
    c.guideId === '' || session.guides.has(c.guideId) || c.guideId === before?.guideId
  if (!guideKnown) errors.push({ field: 'guideId', code: 'notAllowed' })
  return errors
}

/** Each field once (the first error wins): the form shows one message per field. */
export function uniqueByField(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>()
  return errors.filter((e) => !seen.has(e.field) && seen.add(e.field))
}
