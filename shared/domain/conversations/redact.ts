import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { checkWrite } from '../../data/record-schema'
import { conversationShape, type Conversation, type ConversationEdit } from './conversation'

/** The text fields of a conversation that can be redacted. */
export const REDACTABLE = ['cares', 'ask', 'commitment', 'notes', 'issues'] as const
export type Redactable = (typeof REDACTABLE)[number]

/**
 * Redacts a logged conversation: the chosen text fields are blanked, who redacted when is
 * recorded (in the record and as a 'redact' edit, never with the text), and an erasure is
 * noted (a time only, as erasePerson does) so that every member's device compacts its store.
 *
 * The record is written anew, whole, without the text, and the field edits it had are
 * deleted: Yjs then keeps no item with the old text, so neither the encoded document nor, once
 * compacted, the stored updates contain it. Backups and exports made earlier still do.
 */
export function redactConversation(
  session: CircleSession,
  id: string,
  fields: readonly Redactable[],
  by: string,
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.conversations.get(id)
  if (!current) return failure({ code: 'notFound' })
  const chosen = REDACTABLE.filter((f) => fields.includes(f))
  if (chosen.length === 0 || chosen.length !== new Set(fields).size)
    return failure({ code: 'invalid', errors: [{ field: 'fields', code: 'required' }] })
  const next: Conversation = { ...current, redactedAt: now, redactedBy: by }
  for (const f of chosen) {
    if (f === 'issues') next.issues = []
    else next[f] = ''
  }
  // Checked before anything is removed, so that a refusal changes nothing.
  const checked = checkWrite(conversationShape, next)
  if (!checked.ok) return failure({ code: 'invalid', errors: checked.errors })
  return write(session.doc, ORIGIN.conversationRedact, () => {
    session.conversations.remove(id)
    session.conversations.insert(next)
    const edit: ConversationEdit = {
      id: newId(),
      conversationId: id,
      kind: 'redact',
      fields: [...chosen],
      by,
      at: now,
    }
    session.conversationEdits.insert(edit)
    session.erasures.set(newId(), now)
    return success(undefined)
  })
}
