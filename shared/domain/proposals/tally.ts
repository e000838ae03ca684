import { choicesOf, type Proposal, type Vote } from './proposal'

/**
 * What a vote came to:
 * - adopted: consent without a block, more yes than no, or one option ahead of the others;
 * - rejected: more no than yes (or, for consent, nobody agreed);
 * - blocked: a member blocked (consent);
 * - tied: two or more answers have the most votes;
 * - noQuorum: fewer members voted than the quorum asks;
 * - noVotes: nobody voted.
 */
export const RESULTS = ['adopted', 'rejected', 'blocked', 'tied', 'noQuorum', 'noVotes'] as const
export type ResultCode = (typeof RESULTS)[number]

export interface Tally {
  /** Votes per choice, in the proposal's order (every choice present, 0 when nobody chose it). */
  counts: ReadonlyMap<string, number>
  /** Members whose vote counts. */
  voters: number
  quorumReached: boolean
  result: ResultCode
  /** The winning option of an adopted multiple-choice proposal ('' otherwise). */
  winner: string
  /** Each counted member's latest vote (member id → vote). */
  latest: ReadonlyMap<string, Vote>
}

/** Orders votes by time, then id (the same order on every peer, whatever the arrival order). */
export const laterVote = (a: Vote, b: Vote): boolean =>
  a.at > b.at || (a.at === b.at && a.id > b.id)

/**
 * The last moment a vote counts: the deadline, or the closing if it was closed earlier
 * (Infinity while open without a deadline).
 */
export function cutoffOf(p: Pick<Proposal, 'deadline' | 'closedAt'>): number {
  const d = p.deadline > 0 ? p.deadline : Infinity
  const c = p.closedAt > 0 ? p.closedAt : Infinity
  return Math.min(d, c)
}

/**
 * Each member's latest vote on a proposal at or before its cutoff, among votes whose choice
 * the proposal offers. Pure: any set of votes in any order gives the same answer.
 */
export function latestVotes(
  p: Pick<Proposal, 'id' | 'kind' | 'options' | 'deadline' | 'closedAt'>,
  votes: Iterable<Vote>,
): Map<string, Vote> {
  const cutoff = cutoffOf(p)
  const valid = new Set(choicesOf(p))
  const out = new Map<string, Vote>()
  for (const v of votes) {
    if (v.proposalId !== p.id || v.at > cutoff || !valid.has(v.choice)) continue
    const prev = out.get(v.memberId)
    if (!prev || laterVote(v, prev)) out.set(v.memberId, v)
  }
  return out
}

/** Counts a proposal's votes and works out its result. */
export function tally(
  p: Pick<Proposal, 'id' | 'kind' | 'options' | 'deadline' | 'closedAt' | 'quorum'>,
  votes: Iterable<Vote>,
): Tally {
  const latest = latestVotes(p, votes)
  const counts = new Map<string, number>(choicesOf(p).map((c) => [c, 0]))
  for (const v of latest.values()) counts.set(v.choice, (counts.get(v.choice) ?? 0) + 1)
  const voters = latest.size
  const quorumReached = voters >= Math.max(1, p.quorum)
  const n = (c: string) => counts.get(c) ?? 0
  let result: ResultCode
  let winner = ''
  if (voters === 0) result = 'noVotes'
  else if (!quorumReached) result = 'noQuorum'
  else if (p.kind === 'consent')
    result = n('block') > 0 ? 'blocked' : n('agree') > 0 ? 'adopted' : 'rejected'
  else if (p.kind === 'yesNo')
    result = n('yes') > n('no') ? 'adopted' : n('no') > n('yes') ? 'rejected' : 'tied'
  else {
    const top = Math.max(...counts.values())
    const leaders = [...counts].filter(([, c]) => c === top).map(([o]) => o)
    if (leaders.length === 1) {
      result = 'adopted'
      winner = leaders[0]!
    } else result = 'tied'
  }
  return { counts, voters, quorumReached, result, winner, latest }
}
