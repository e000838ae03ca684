import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import { assess } from '../assessments/commands'
import type { CircleSession } from '../circle/session'
import type { Stage } from '../people/person'
import {
  checkConversation,
  contactTime,
  CORRECTABLE,
  schemaErrors,
  uniqueByField,
  type ConversationInput,
  type ConversationPatch,
} from './checks'
import type { Conversation, ConversationEdit } from './conversation'

export { contactTime, CORRECTABLE, type ConversationInput, type ConversationPatch }

/** Stages a logged conversation moves on to 'talked' (later stages are kept). */
const BEFORE_TALKED: readonly Stage[] = ['none', 'identified', 'contacted']

/** Who logs or corrects, and how the assessment it adds is explained in the history. */
export interface Author {
  /** Member id. */
  by: string
  /** The reason stored with the assessment (e.g. "One-on-one conversation"). */
  reason?: string
}

/** Keeps the person's last contact and stage in step with a conversation (in a write). */
function touchPerson(session: CircleSession, personId: string, at: number): void {
  const person = session.people.get(personId)
  if (!person) return
  const patch: { lastContactAt?: number; stage?: Stage } = {}
  if (at > person.lastContactAt) patch.lastContactAt = at
  if (BEFORE_TALKED.includes(person.stage)) patch.stage = 'talked'
  if (Object.keys(patch).length > 0) session.people.update(personId, patch)
}

/** Adds the assessment a conversation gave (in a write); returns its id, '' for none. */
function addAssessment(
  session: CircleSession,
  c: Pick<Conversation, 'personId' | 'assessment' | 'date'>,
  author: Author,
  now: number,
): string {
  if (c.assessment < 1) return ''
  const r = assess(
    session,
    { personId: c.personId, value: c.assessment, reason: author.reason ?? '', by: author.by },
    contactTime(c.date, now),
  )
  return r.ok ? r.value : ''
}

/**
 * Logs a conversation with a person. With an assessment (1-5), adds it to the person's
 * assessment history; moves the person's last contact to the conversation if that is later,
 * and an early ladder stage to 'talked'. All in one transaction. Returns the new id.
 */
export function logConversation(
  session: CircleSession,
  input: ConversationInput,
  author: Author,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (input.personId !== '' && !session.people.has(input.personId))
    return failure({ code: 'notFound' })
  const c: Conversation = {
    ...input,
    id: newId(),
    commitmentStatus: input.commitment.trim() === '' ? 'none' : 'open',
    followUpDoneAt: 0,
    followUpDoneBy: '',
    assessmentId: '',
    loggedBy: author.by,
    createdAt: now,
    editedAt: 0,
    editedBy: '',
    redactedAt: 0,
    redactedBy: '',
  }
  // No person chosen yet (the quick command): said together with every other problem.
  const noPerson = input.personId === ''
  const errors = schemaErrors(c).filter((e) => !(noPerson && e.field === 'personId'))
  if (noPerson) errors.unshift({ field: 'personId', code: 'required' })
  // The cross-field checks need normalised values (trimmed days); only run them on valid ones.
  if (errors.length === (noPerson ? 1 : 0))
    errors.push(...checkConversation(session, c, author.by, now))
  if (errors.length > 0) return failure({ code: 'invalid', errors: uniqueByField(errors) })
  return write(session.doc, ORIGIN.conversationLog, () => {
    const record = { ...c, assessmentId: addAssessment(session, c, author, now) }
    const r = session.conversations.insert(record)
    if (!r.ok) return failure({ code: 'invalid', errors: r.errors })
    touchPerson(session, c.personId, contactTime(c.date, now))
    return success(c.id)
  })
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Corrects a logged conversation: writes the fields that differ, records who corrected which
 * fields when (never the old or new text), and replaces the assessment it added when the
 * assessment or the day changed. Returns the names of the changed fields ([] for none).
 */
export function correctConversation(
  session: CircleSession,
  id: string,
  patch: ConversationPatch,
  author: Author,
  now = Date.now(),
): Result<string[]> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.conversations.get(id)
  if (!current) return failure({ code: 'notFound' })
  const unknown = Object.keys(patch).filter((k) => !(CORRECTABLE as readonly string[]).includes(k))
  const errors = [
    ...unknown.map((field) => ({ field, code: 'notAllowed' as const })),
    ...schemaErrors(patch),
  ]
  if (errors.length > 0) return failure({ code: 'invalid', errors: uniqueByField(errors) })
  const next: Conversation = { ...current, ...normalise(patch) }
  const invalid = checkConversation(session, next, author.by, now, current)
  if (invalid.length > 0) return failure({ code: 'invalid', errors: uniqueByField(invalid) })
  const changed = CORRECTABLE.filter((k) => !same(current[k], next[k]))
  if (changed.length === 0) return success([])
  return write(session.doc, ORIGIN.conversationCorrect, () => {
    const fields: Partial<Conversation> = { editedAt: now, editedBy: author.by }
    for (const k of changed) Object.assign(fields, { [k]: next[k] })
    if (changed.includes('assessment') || changed.includes('date')) {
      if (current.assessmentId !== '') session.assessments.remove(current.assessmentId)
      fields.assessmentId = addAssessment(session, next, author, now)
    }
    if (changed.includes('commitment')) {
      const empty = next.commitment === ''
      if (empty) fields.commitmentStatus = 'none'
      else if (current.commitmentStatus === 'none') fields.commitmentStatus = 'open'
    }
    const r = session.conversations.update(id, fields)
    if (!r.ok)
      return 'notFound' in r
        ? failure({ code: 'notFound' })
        : failure({ code: 'invalid', errors: r.errors })
    const edit: ConversationEdit = {
      id: newId(),
      conversationId: id,
      kind: 'correct',
      fields: changed,
      by: author.by,
      at: now,
    }
    session.conversationEdits.insert(edit)
    touchPerson(session, current.personId, contactTime(next.date, now))
    return success([...changed])
  })
}

/** Trims and de-duplicates what a user typed, the way the schema stores it. */
function normalise(patch: ConversationPatch): ConversationPatch {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(patch))
    out[k] = typeof v === 'string' ? v.trim() : Array.isArray(v) ? dedupe(v as string[]) : v
  return out as ConversationPatch
}

const dedupe = (list: string[]) => [...new Set(list.map((s) => s.trim()).filter(Boolean))]

/**
 * Deletes a logged conversation, its edit notes and the assessment it added to the person's
 * history. (Its text stays in the document's history until the stores are compacted; to
 * remove text for sure, redact it: see redact.ts.)
 */
export function removeConversation(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.conversations.get(id)
  if (!current) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.conversationRemove, () => {
    for (const e of editsOf(session, id)) session.conversationEdits.remove(e.id)
    if (current.assessmentId !== '') session.assessments.remove(current.assessmentId)
    session.conversations.remove(id)
    return success(undefined)
  })
}

/** The corrections and redactions of a conversation, oldest first. */
export function editsOf(session: CircleSession, conversationId: string): ConversationEdit[] {
  return session.conversationEdits.getSnapshot().filter((e) => e.conversationId === conversationId)
}

/** A person's conversations, newest first. */
export function conversationsOf(
  list: readonly Conversation[],
  personId: string,
): readonly Conversation[] {
  return list.filter((c) => c.personId === personId)
}
