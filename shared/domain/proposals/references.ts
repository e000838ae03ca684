import type * as Y from 'yjs'
import type { CircleSession } from '../circle/session'

/**
 * Proposal records that refer to something gone (see circle/references.ts): proposals of a
 * removed meeting, and the votes and comments of a removed proposal (or of one removed in the
 * same sweep, so one pass leaves nothing behind). `gone(map, id)` says whether a record is gone.
 */
export function danglingProposalRecords(
  session: CircleSession,
  gone: (map: Y.Map<unknown>, id: string) => boolean,
): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const proposals = session.proposals
    .getSnapshot()
    .filter((p) => p.meetingId !== '' && gone(session.meetings.base, p.meetingId))
    .map((p) => p.id)
  const removed = new Set(proposals)
  const orphan = (proposalId: string) =>
    removed.has(proposalId) || gone(session.proposals.base, proposalId)
  const votes = session.votes
    .getSnapshot()
    .filter((v) => orphan(v.proposalId))
    .map((v) => v.id)
  const comments = session.proposalComments
    .getSnapshot()
    .filter((c) => orphan(c.proposalId))
    .map((c) => c.id)
  if (proposals.length > 0) out.set(session.proposals.def.name, proposals)
  if (votes.length > 0) out.set(session.votes.def.name, votes)
  if (comments.length > 0) out.set(session.proposalComments.def.name, comments)
  return out
}

/** The collections danglingProposalRecords names, by name (for the sweep). */
export const proposalCollections = (session: CircleSession) =>
  [session.proposals, session.votes, session.proposalComments] as const
