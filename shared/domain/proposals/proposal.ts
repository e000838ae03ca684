import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

export const PROPOSAL_LIMITS = {
  text: 2000,
  options: 12,
  option: 200,
  comment: 2000,
  quorum: 10_000,
} as const

/** How members answer: consent (agree / abstain / object / block), yes or no, or one of options. */
export const PROPOSAL_KINDS = ['consent', 'yesNo', 'choice'] as const
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]

export const CONSENT_CHOICES = ['agree', 'abstain', 'object', 'block'] as const
export const YES_NO_CHOICES = ['yes', 'no'] as const

export const PROPOSAL_STATUSES = ['open', 'decided', 'withdrawn'] as const
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number]

/**
 * A proposal put to the circle's members, usually in a meeting. Members vote until the
 * deadline (0: none) or until it is closed; closing records the result (`outcome`, see
 * tally.ts) and makes a decision of the meeting (`decisionId`).
 */
export const proposalShape = {
  id: field.id(),
  meetingId: field.ref(),
  text: field.text({ min: 1, max: PROPOSAL_LIMITS.text }),
  kind: field.oneOf(PROPOSAL_KINDS, 'consent'),
  /** The options of a multiple-choice proposal (two or more); empty for the other kinds. */
  options: field.textList({ maxItems: PROPOSAL_LIMITS.options, maxLength: PROPOSAL_LIMITS.option }),
  deadline: field.optionalTimestamp(),
  /** How many members must vote for the result to count (0: no quorum). */
  quorum: field.int({ min: 0, max: PROPOSAL_LIMITS.quorum, fallback: 0 }),
  status: field.oneOf(PROPOSAL_STATUSES, 'open'),
  /** The result when it was closed (a ResultCode of tally.ts; '' while open). */
  outcome: field.optionalText({ max: 20 }),
  /** The chosen option of an adopted multiple-choice proposal ('' otherwise). */
  winner: field.optionalText({ max: PROPOSAL_LIMITS.option }),
  decisionId: field.ref(),
  closedAt: field.optionalTimestamp(),
  closedBy: field.ref(),
  createdBy: field.ref(),
  createdAt: field.timestamp(),
}
export type Proposal = Infer<typeof proposalShape>

export const proposalsCollection: CollectionDef<typeof proposalShape> = {
  name: 'proposals',
  shape: proposalShape,
  immutable: ['id', 'kind', 'options', 'createdAt', 'createdBy'],
  sortKey: (p) => `${p.meetingId}:${String(p.createdAt).padStart(16, '0')}:${p.id}`,
  searchText: (p) => [p.text, ...p.options].join('\n').toLocaleLowerCase(),
}

/**
 * One vote: never changed, never overwritten. Each vote is a record of its own under a random
 * id, so two members voting at once both keep theirs; a member's changed vote is a newer
 * record, and the tally counts each member's latest (by time, then id: the same on every peer).
 */
export const voteShape = {
  id: field.id(),
  proposalId: field.id(),
  memberId: field.id(),
  choice: field.text({ min: 1, max: PROPOSAL_LIMITS.option }),
  at: field.timestamp(),
}
export type Vote = Infer<typeof voteShape>

export const votesCollection: CollectionDef<typeof voteShape> = {
  name: 'votes',
  shape: voteShape,
  immutable: ['id', 'proposalId', 'memberId', 'choice', 'at'],
  sortKey: (v) => `${v.proposalId}:${String(v.at).padStart(16, '0')}:${v.id}`,
  searchText: () => '',
}

/** A member's comment in the discussion of a proposal. */
export const proposalCommentShape = {
  id: field.id(),
  proposalId: field.id(),
  memberId: field.id(),
  text: field.text({ min: 1, max: PROPOSAL_LIMITS.comment }),
  at: field.timestamp(),
}
export type ProposalComment = Infer<typeof proposalCommentShape>

export const proposalCommentsCollection: CollectionDef<typeof proposalCommentShape> = {
  name: 'proposalComments',
  shape: proposalCommentShape,
  immutable: ['id', 'proposalId', 'memberId', 'at'],
  sortKey: (c) => `${c.proposalId}:${String(c.at).padStart(16, '0')}:${c.id}`,
  searchText: (c) => c.text.toLocaleLowerCase(),
}

/** The choices a proposal offers, in the order they are shown. */
export function choicesOf(p: Pick<Proposal, 'kind' | 'options'>): readonly string[] {
  if (p.kind === 'consent') return CONSENT_CHOICES
  if (p.kind === 'yesNo') return YES_NO_CHOICES
  return p.options
}

/**
 * The id of the decision a proposal becomes, derived from the proposal's: two members closing
 * the same proposal at once write one decision, not two.
 */
export const decisionIdOf = (proposalId: string) => `${proposalId.slice(0, 60)}-dec`
