import { newId } from '../../util/id'
import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import type { Decision } from '../meetings/action'
import {
  choicesOf,
  decisionIdOf,
  proposalShape,
  type Proposal,
  type ProposalComment,
  type Vote,
} from './proposal'
import { cutoffOf, latestVotes, tally } from './tally'

export interface ProposalInput {
  meetingId: string
  text: string
  kind: Proposal['kind']
  /** The options of a multiple-choice proposal (ignored for the other kinds). */
  options: string[]
  /** 0: no deadline. */
  deadline: number
  quorum: number
  createdBy: string
}

/** Creates an open proposal; returns its id. */
export function createProposal(
  session: CircleSession,
  input: ProposalInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const p: Proposal = {
    id: newId(),
    meetingId: input.meetingId,
    text: input.text,
    kind: input.kind,
    options: input.kind === 'choice' ? input.options : [],
    deadline: input.deadline,
    quorum: input.quorum,
    status: 'open',
    outcome: '',
    winner: '',
    decisionId: '',
    closedAt: 0,
    closedBy: '',
    createdBy: input.createdBy,
    createdAt: now,
  }
  const checked = checkWrite(proposalShape, p)
  const errors: FieldError[] = checked.ok ? [] : [...checked.errors]
  const distinct = new Set(p.options.map((o) => o.trim()).filter((o) => o !== ''))
  if (input.kind === 'choice' && distinct.size < 2 && !errors.some((e) => e.field === 'options'))
    errors.push({ field: 'options', code: 'tooShort', limit: 2 })
  if (input.deadline !== 0 && Number.isFinite(input.deadline) && input.deadline <= now)
    errors.push({ field: 'deadline', code: 'outOfRange' })
  if (input.meetingId !== '' && !session.meetings.has(input.meetingId))
    errors.push({ field: 'meetingId', code: 'notAllowed' })
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.proposalSave, () => {
    const r = session.proposals.insert(p)
    return r.ok ? success(p.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** True while members may vote: open, and before the deadline. */
export function votingOpen(p: Proposal, now = Date.now()): boolean {
  return p.status === 'open' && now <= cutoffOf(p)
}

/**
 * Casts or changes a member's vote. Always a new record (never an overwrite): concurrent votes
 * of different members all count, and the member's latest vote is the one that counts. Its
 * time is after the member's previous vote even if this device's clock is behind.
 */
export function castVote(
  session: CircleSession,
  input: { proposalId: string; memberId: string; choice: string },
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const p = session.proposals.get(input.proposalId)
  if (!p) return failure({ code: 'notFound' })
  if (!votingOpen(p, now))
    return failure({ code: 'invalid', errors: [{ field: 'choice', code: 'notAllowed' }] })
  if (!choicesOf(p).includes(input.choice))
    return failure({ code: 'invalid', errors: [{ field: 'choice', code: 'notAllowed' }] })
  const previous = latestVotes(p, votesOf(session, p.id)).get(input.memberId)
  if (previous?.choice === input.choice) return success(undefined)
  const at = previous ? Math.max(now, previous.at + 1) : now
  if (at > cutoffOf(p))
    return failure({ code: 'invalid', errors: [{ field: 'choice', code: 'notAllowed' }] })
  const vote: Vote = {
    id: newId(),
    proposalId: p.id,
    memberId: input.memberId,
    choice: input.choice,
    at,
  }
  return write(session.doc, ORIGIN.vote, () => {
    const r = session.votes.insert(vote)
    return r.ok ? success(undefined) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Adds a comment to the discussion of a proposal; returns its id. */
export function commentOnProposal(
  session: CircleSession,
  input: { proposalId: string; memberId: string; text: string },
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.proposals.has(input.proposalId)) return failure({ code: 'notFound' })
  const c: ProposalComment = { id: newId(), ...input, at: now }
  return write(session.doc, ORIGIN.proposalComment, () => {
    const r = session.proposalComments.insert(c)
    return r.ok ? success(c.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/**
 * Closes a proposal with the result of its votes (see tally.ts) and records it as a decision
 * of its meeting, in one transaction. `decisionText` is the decision as the closing member's
 * interface words it (the proposal and its result). Two members closing at once write the
 * same decision id, so the meeting gets one decision.
 */
export function closeProposal(
  session: CircleSession,
  input: { proposalId: string; by: string; decisionText: string },
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const p = session.proposals.get(input.proposalId)
  if (!p) return failure({ code: 'notFound' })
  if (p.status !== 'open')
    return failure({ code: 'invalid', errors: [{ field: 'status', code: 'notAllowed' }] })
  const closedAt = Math.min(now, cutoffOf(p))
  const t = tally({ ...p, closedAt }, votesOf(session, p.id))
  const decision: Decision = {
    id: decisionIdOf(p.id),
    meetingId: p.meetingId,
    text: input.decisionText,
    proposalId: p.id,
    createdBy: input.by,
    createdAt: now,
  }
  return write(session.doc, ORIGIN.proposalClose, () => {
    const d = session.decisions.insert(decision)
    if (!d.ok) return failure({ code: 'invalid', errors: d.errors })
    const r = session.proposals.update(p.id, {
      status: 'decided',
      outcome: t.result,
      winner: t.winner,
      decisionId: decision.id,
      closedAt,
      closedBy: input.by,
    })
    return r.ok ? success(decision.id) : failure({ code: 'notFound' })
  })
}

/** Withdraws an open proposal: no result, no decision; its votes and comments stay readable. */
export function withdrawProposal(
  session: CircleSession,
  input: { proposalId: string; by: string },
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const p = session.proposals.get(input.proposalId)
  if (!p) return failure({ code: 'notFound' })
  if (p.status !== 'open')
    return failure({ code: 'invalid', errors: [{ field: 'status', code: 'notAllowed' }] })
  return write(session.doc, ORIGIN.proposalClose, () => {
    session.proposals.update(p.id, { status: 'withdrawn', closedAt: now, closedBy: input.by })
    return success(undefined)
  })
}

/** The votes cast on a proposal (every record, not only the latest per member). */
export function votesOf(session: CircleSession, proposalId: string): Vote[] {
  return session.votes.getSnapshot().filter((v) => v.proposalId === proposalId)
}
