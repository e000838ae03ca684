import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

export const ACTION_TEXT_MAX = 500
export const DECISION_TEXT_MAX = 2000

/**
 * An action item: what, who, by when. Made inline in a meeting's notes (the note holds an
 * `actionItem` node with this record's id, and shows this record's live state) or on its own
 * (`meetingId` ''). Who is a member (`memberId`) or one of the circle's people (`personId`),
 * or nobody yet; never both.
 */
export const actionShape = {
  id: field.id(),
  meetingId: field.ref(),
  text: field.text({ min: 1, max: ACTION_TEXT_MAX }),
  memberId: field.ref(),
  personId: field.ref(),
  due: field.day(),
  doneAt: field.optionalTimestamp(),
  doneBy: field.ref(),
  createdBy: field.ref(),
  createdAt: field.timestamp(),
  /** The campaign plan this is a task of ('' none; see plans/task-commands.ts). */
  planId: field.ref(),
  /** The plan's milestone it belongs to ('' none). */
  milestoneId: field.ref(),
  /** When someone started on it (the plan board's "doing"); 0 not started. */
  startedAt: field.optionalTimestamp(),
}
export type Action = Infer<typeof actionShape>

export const actionsCollection: CollectionDef<typeof actionShape> = {
  name: 'actions',
  shape: actionShape,
  immutable: ['id', 'createdAt', 'createdBy'],
  // Open before done, then by due day (none last), then oldest first.
  sortKey: (a) =>
    `${a.doneAt > 0 ? 1 : 0}:${a.due === '' ? '9999-99-99' : a.due}:${String(a.createdAt).padStart(16, '0')}:${a.id}`,
  searchText: (a) => a.text.toLocaleLowerCase(),
}

/**
 * A decision taken in a meeting, recorded inline in its notes (an `decision` node with this
 * record's id) or made from a decided proposal (`proposalId`).
 */
export const decisionShape = {
  id: field.id(),
  meetingId: field.ref(),
  text: field.text({ min: 1, max: DECISION_TEXT_MAX }),
  proposalId: field.ref(),
  createdBy: field.ref(),
  createdAt: field.timestamp(),
}
export type Decision = Infer<typeof decisionShape>

export const decisionsCollection: CollectionDef<typeof decisionShape> = {
  name: 'decisions',
  shape: decisionShape,
  immutable: ['id', 'createdAt', 'createdBy', 'proposalId'],
  sortKey: (d) => `${d.meetingId}:${String(d.createdAt).padStart(16, '0')}:${d.id}`,
  searchText: (d) => d.text.toLocaleLowerCase(),
}
