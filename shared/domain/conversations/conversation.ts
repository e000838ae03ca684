import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'
import { newestDayFirst, newestTimeFirst } from '../../data/sort-keys'

export const CHANNELS = ['inPerson', 'phone', 'video', 'message'] as const
export type Channel = (typeof CHANNELS)[number]

/** Where a commitment made in a conversation stands. */
export const COMMITMENT_STATUSES = ['none', 'open', 'kept', 'missed'] as const
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number]

export const CONVERSATION_LIMITS = {
  members: 10,
  issues: 20,
  issue: 60,
  cares: 4000,
  ask: 1000,
  commitment: 1000,
  notes: 10_000,
} as const

/**
 * One logged one-on-one conversation with a person, following the circle's guide: the issues
 * raised, what the person cares about in their own words, the ask, the commitment made (what,
 * by when), the assessment after, and the next follow-up. Two members logging a conversation
 * with the same person at once write two records; both are kept.
 */
export const conversationShape = {
  id: field.id(),
  personId: field.id(),
  /** The day of the conversation. */
  date: field.day(),
  /** Member ids of who talked with the person (one or more). */
  members: field.textList({ maxItems: CONVERSATION_LIMITS.members, maxLength: 64 }),
  channel: field.oneOf(CHANNELS, 'inPerson'),
  /** Issue tags (the circle's vocabulary grows from these). */
  issues: field.textList({
    maxItems: CONVERSATION_LIMITS.issues,
    maxLength: CONVERSATION_LIMITS.issue,
  }),
  /** What the person cares about, in their own words. */
  cares: field.optionalText({ max: CONVERSATION_LIMITS.cares }),
  ask: field.optionalText({ max: CONVERSATION_LIMITS.ask }),
  commitment: field.optionalText({ max: CONVERSATION_LIMITS.commitment }),
  /** When the commitment is due ('' none). */
  commitmentDue: field.day(),
  commitmentStatus: field.oneOf(COMMITMENT_STATUSES, 'none'),
  /** The assessment after the conversation, 1-5; 0: none given. */
  assessment: field.int({ min: 0, max: 5, fallback: 0 }),
  /** The day of the next follow-up ('' none). */
  followUpOn: field.day(),
  /** When the follow-up was done (0: not yet), and by which member. */
  followUpDoneAt: field.optionalTimestamp(),
  followUpDoneBy: field.ref(),
  notes: field.optionalText({ max: CONVERSATION_LIMITS.notes }),
  /** The guide shown while logging ('' none). */
  guideId: field.ref(),
  /** The assessment record this conversation added to the person's history ('' none). */
  assessmentId: field.ref(),
  /** Member id of who logged it. */
  loggedBy: field.ref(),
  createdAt: field.timestamp(),
  /** The last correction (who, when); earlier ones are in conversationEdits. */
  editedAt: field.optionalTimestamp(),
  editedBy: field.ref(),
  /** When the text was redacted (0: never), and by whom. */
  redactedAt: field.optionalTimestamp(),
  redactedBy: field.ref(),
}
export type Conversation = Infer<typeof conversationShape>

export const conversationsCollection: CollectionDef<typeof conversationShape> = {
  name: 'conversations',
  shape: conversationShape,
  immutable: ['id', 'personId', 'createdAt', 'loggedBy'],
  // By person, newest first (so a person's history is one contiguous run).
  sortKey: (c) => `${c.personId}:${newestDayFirst(c.date)}:${newestTimeFirst(c.createdAt)}:${c.id}`,
  searchText: (c) =>
    [c.issues.join(' '), c.cares, c.ask, c.commitment, c.notes].join('\n').toLocaleLowerCase(),
}

export const EDIT_KINDS = ['correct', 'redact'] as const
export type EditKind = (typeof EDIT_KINDS)[number]

/**
 * That a conversation was corrected or redacted: which fields, by whom, when. Never the old or
 * new text (a redaction must leave nothing of what was removed).
 */
export const conversationEditShape = {
  id: field.id(),
  conversationId: field.id(),
  kind: field.oneOf(EDIT_KINDS, 'correct'),
  fields: field.textList({ maxItems: 30, maxLength: 40 }),
  by: field.ref(),
  at: field.timestamp(),
}
export type ConversationEdit = Infer<typeof conversationEditShape>

export const conversationEditsCollection: CollectionDef<typeof conversationEditShape> = {
  name: 'conversationEdits',
  shape: conversationEditShape,
  immutable: ['id', 'conversationId', 'kind', 'fields', 'by', 'at'],
  sortKey: (e) => `${e.conversationId}:${String(e.at).padStart(16, '0')}:${e.id}`,
  searchText: () => '',
}
