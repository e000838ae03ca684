import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'

/**
 * Marks a conversation's follow-up done, in one action: when, and by which member. Done twice
 * (two members at once), the first stays done; a conversation without a follow-up is refused.
 */
export function completeFollowUp(
  session: CircleSession,
  input: { conversationId: string; by: string },
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const c = session.conversations.get(input.conversationId)
  if (!c || c.followUpOn === '') return failure({ code: 'notFound' })
  if (c.followUpDoneAt > 0) return success(undefined)
  return write(session.doc, ORIGIN.followUpDone, () => {
    const r = session.conversations.update(c.id, { followUpDoneAt: now, followUpDoneBy: input.by })
    if (r.ok) return success(undefined)
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Reopens a follow-up marked done by mistake (the undo of completeFollowUp). */
export function reopenFollowUp(session: CircleSession, conversationId: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const c = session.conversations.get(conversationId)
  if (!c || c.followUpOn === '') return failure({ code: 'notFound' })
  if (c.followUpDoneAt === 0) return success(undefined)
  return write(session.doc, ORIGIN.followUpDone, () => {
    session.conversations.update(c.id, { followUpDoneAt: 0, followUpDoneBy: '' })
    return success(undefined)
  })
}

/**
 * Records whether a commitment was kept or missed (or opens it again). Only a conversation
 * with a commitment has one to mark.
 */
export function setCommitmentStatus(
  session: CircleSession,
  input: { conversationId: string; status: 'open' | 'kept' | 'missed' },
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const c = session.conversations.get(input.conversationId)
  if (!c || c.commitmentStatus === 'none') return failure({ code: 'notFound' })
  if (c.commitmentStatus === input.status) return success(undefined)
  return write(session.doc, ORIGIN.commitmentSet, () => {
    const r = session.conversations.update(c.id, { commitmentStatus: input.status })
    if (r.ok) return success(undefined)
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}
