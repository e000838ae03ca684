import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as prng from 'lib0/prng'
import { ORIGIN, write } from '@shared/data/origins'
import { CircleSession } from '@shared/domain/circle/session'
import {
  castVote,
  closeProposal,
  commentOnProposal,
  createProposal,
  votesOf,
  withdrawProposal,
  type ProposalInput,
} from '@shared/domain/proposals/commands'
import { CONSENT_CHOICES, decisionIdOf, type Vote } from '@shared/domain/proposals/proposal'
import { tally } from '@shared/domain/proposals/tally'
import { blankMeeting } from '../../support/records'

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote')
}

const session = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return new CircleSession('circle-1', doc, { autoMaintain: false })
}

const member = (n: number) => `member-${String(n).padStart(12, '0')}`
const T0 = 1_750_000_000_000

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`command failed: ${JSON.stringify(r.error)}`)
  return r.value
}

const input = (over: Partial<ProposalInput> = {}): ProposalInput => ({
  meetingId: '',
  text: 'Hold the rally on Saturday',
  kind: 'consent',
  options: [],
  deadline: 0,
  quorum: 0,
  createdBy: member(1),
  ...over,
})

const tallyOn = (s: CircleSession, id: string) => tally(s.proposals.get(id)!, votesOf(s, id))
const countsOf = (s: CircleSession, id: string) => Object.fromEntries(tallyOn(s, id).counts)

describe('proposals', () => {
  it('creates a proposal and refuses bad input with field errors, writing nothing', () => {
    const s = session(1)
    const r = createProposal(s, input({ text: '  ', kind: 'choice', options: ['Only one'] }), T0)
    expect(r.ok).toBe(false)
    if (!r.ok && r.error.code === 'invalid') {
      const fields = r.error.errors.map((e) => e.field).sort()
      expect(fields).toEqual(['options', 'text'])
    }
    const past = createProposal(s, input({ deadline: T0 - 1 }), T0)
    expect(!past.ok && past.error.code === 'invalid' && past.error.errors[0]!.field).toBe(
      'deadline',
    )
    expect(s.proposals.size).toBe(0)
    const id = unwrap(createProposal(s, input({ kind: 'choice', options: ['Sat', 'Sun'] }), T0))
    expect(s.proposals.get(id)).toMatchObject({ status: 'open', options: ['Sat', 'Sun'] })
  })

  it('counts one vote per member: a changed vote replaces the earlier one', () => {
    const s = session(1)
    const id = unwrap(createProposal(s, input(), T0))
    unwrap(castVote(s, { proposalId: id, memberId: member(1), choice: 'agree' }, T0 + 1))
    unwrap(castVote(s, { proposalId: id, memberId: member(2), choice: 'object' }, T0 + 2))
    unwrap(castVote(s, { proposalId: id, memberId: member(1), choice: 'block' }, T0 + 3))
    // A clock that went back still makes the newer vote the one that counts.
    unwrap(castVote(s, { proposalId: id, memberId: member(1), choice: 'abstain' }, T0))
    expect(countsOf(s, id)).toEqual({ agree: 0, abstain: 1, object: 1, block: 0 })
    expect(tallyOn(s, id).result).toBe('rejected')
    expect(s.votes.size).toBe(4)
  })

  it('works out results: consent blocked, yes/no, multiple choice, ties and quorum', () => {
    const s = session(1)
    const consent = unwrap(createProposal(s, input({ quorum: 3 }), T0))
    const vote = (id: string, m: number, choice: string) =>
      unwrap(castVote(s, { proposalId: id, memberId: member(m), choice }, T0 + m))
    vote(consent, 1, 'agree')
    vote(consent, 2, 'object')
    expect(tallyOn(s, consent).result).toBe('noQuorum')
    vote(consent, 3, 'agree')
    expect(tallyOn(s, consent).result).toBe('adopted')
    vote(consent, 4, 'block')
    expect(tallyOn(s, consent)).toMatchObject({ result: 'blocked', quorumReached: true })

    const yn = unwrap(createProposal(s, input({ kind: 'yesNo' }), T0))
    expect(tallyOn(s, yn).result).toBe('noVotes')
    vote(yn, 1, 'yes')
    vote(yn, 2, 'no')
    expect(tallyOn(s, yn).result).toBe('tied')
    vote(yn, 3, 'no')
    expect(tallyOn(s, yn).result).toBe('rejected')

    const choice = unwrap(createProposal(s, input({ kind: 'choice', options: ['A', 'B', 'C'] })))
    vote(choice, 1, 'B')
    vote(choice, 2, 'C')
    vote(choice, 3, 'B')
    expect(tallyOn(s, choice)).toMatchObject({ result: 'adopted', winner: 'B' })
    expect(castVote(s, { proposalId: choice, memberId: member(4), choice: 'D' }).ok).toBe(false)
  })

  it('ignores votes after the deadline and refuses new ones', () => {
    const s = session(1)
    const id = unwrap(createProposal(s, input({ kind: 'yesNo', deadline: T0 + 100 }), T0))
    unwrap(castVote(s, { proposalId: id, memberId: member(1), choice: 'yes' }, T0 + 50))
    expect(castVote(s, { proposalId: id, memberId: member(1), choice: 'no' }, T0 + 101).ok).toBe(
      false,
    )
    // A peer that wrote a late vote anyway (wrong clock, hostile) is not counted.
    write(s.doc, ORIGIN.vote, () =>
      s.votes.insert({
        id: 'late-vote-0000001',
        proposalId: id,
        memberId: member(1),
        choice: 'no',
        at: T0 + 500,
      }),
    )
    expect(countsOf(s, id)).toEqual({ yes: 1, no: 0 })
  })

  it('closing records the result and one decision linked to the meeting, even when two close at once', () => {
    const a = session(1)
    const b = session(2)
    const meetingId = 'meeting-000000000001'
    write(a.doc, ORIGIN.meetingSave, () =>
      a.meetings.insert(
        blankMeeting({
          id: meetingId,
          title: 'General assembly',
          date: '2025-06-01',
          createdBy: member(1),
          createdAt: T0,
        }),
      ),
    )
    const id = unwrap(createProposal(a, input({ meetingId, kind: 'yesNo' }), T0))
    sync(a.doc, b.doc)
    unwrap(castVote(a, { proposalId: id, memberId: member(1), choice: 'yes' }, T0 + 1))
    sync(a.doc, b.doc)
    unwrap(closeProposal(a, { proposalId: id, by: member(1), decisionText: 'Adopted: A' }, T0 + 5))
    unwrap(closeProposal(b, { proposalId: id, by: member(2), decisionText: 'Adopted: B' }, T0 + 6))
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(s.decisions.size).toBe(1)
      expect(s.decisions.get(decisionIdOf(id))).toMatchObject({ meetingId, proposalId: id })
      expect(s.proposals.get(id)).toMatchObject({ status: 'decided', outcome: 'adopted' })
    }
    expect(a.decisions.get(decisionIdOf(id))).toEqual(b.decisions.get(decisionIdOf(id)))
    // No votes once it is closed.
    expect(castVote(a, { proposalId: id, memberId: member(2), choice: 'no' }, T0 + 7).ok).toBe(
      false,
    )
  })

  it('withdraws, comments, and sweeps votes and comments of a removed proposal', () => {
    const s = session(1)
    const id = unwrap(createProposal(s, input(), T0))
    unwrap(castVote(s, { proposalId: id, memberId: member(1), choice: 'agree' }, T0 + 1))
    unwrap(commentOnProposal(s, { proposalId: id, memberId: member(2), text: ' Good idea ' }, T0))
    expect(s.proposalComments.getSnapshot()[0]!.text).toBe('Good idea')
    expect(commentOnProposal(s, { proposalId: id, memberId: member(2), text: '' }).ok).toBe(false)
    unwrap(withdrawProposal(s, { proposalId: id, by: member(1) }, T0 + 2))
    expect(s.proposals.get(id)!.status).toBe('withdrawn')
    write(s.doc, ORIGIN.proposalClose, () => s.proposals.remove(id))
    expect(s.settledInvariants()).not.toEqual([])
    s.maintain()
    expect(s.votes.size).toBe(0)
    expect(s.proposalComments.size).toBe(0)
    expect(s.settledInvariants()).toEqual([])
  })

  it('seeded: members voting concurrently and repeatedly on several laptops converge to each member’s latest vote', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const gen = prng.create(seed)
      const peers = [1, 2, 3, 4].map(session)
      const id = unwrap(createProposal(peers[0]!, input(), T0))
      for (const p of peers) sync(peers[0]!.doc, p.doc)
      // Each laptop is one member, with its own clock (some behind, some ahead).
      const skew = peers.map(() => prng.int32(gen, -5_000, 5_000))
      const last = new Map<string, string>()
      let clock = T0 + 10_000
      for (let step = 0; step < 60; step++) {
        const i = prng.int32(gen, 0, peers.length - 1)
        if (prng.bool(gen)) {
          const choice = prng.oneOf(gen, [...CONSENT_CHOICES])
          clock += prng.int32(gen, 0, 3)
          const r = castVote(
            peers[i]!,
            { proposalId: id, memberId: member(i), choice },
            clock + skew[i]!,
          )
          expect(r.ok).toBe(true)
          last.set(member(i), choice)
        } else {
          const j = prng.int32(gen, 0, peers.length - 1)
          if (i !== j) sync(peers[i]!.doc, peers[j]!.doc)
        }
      }
      // Everyone meets everyone, in a random order.
      const order = prng.int32(gen, 0, 1) === 0 ? [0, 1, 2, 3] : [3, 1, 0, 2]
      for (const i of order) for (const j of order) if (i !== j) sync(peers[i]!.doc, peers[j]!.doc)
      const expected = Object.fromEntries(CONSENT_CHOICES.map((c) => [c, 0]))
      for (const c of last.values()) expected[c]!++
      const tallies = peers.map((p) => tallyOn(p, id))
      for (const t of tallies) {
        expect(Object.fromEntries(t.counts), `seed ${seed}`).toEqual(expected)
        expect(Object.fromEntries([...t.latest].map(([m, v]) => [m, v.choice]))).toEqual(
          Object.fromEntries(last),
        )
        expect(t.result).toBe(tallies[0]!.result)
      }
    }
  })

  it('tally is the same whatever order the votes arrive in', () => {
    const p = {
      id: 'proposal-00000001',
      kind: 'yesNo' as const,
      options: [],
      deadline: 0,
      closedAt: 0,
      quorum: 0,
    }
    const v = (id: string, m: number, choice: string, at: number): Vote => ({
      id,
      proposalId: p.id,
      memberId: member(m),
      choice,
      at,
    })
    // Same time for one member: the larger id wins on every peer.
    const votes = [v('vote-aaaaaaaa', 1, 'yes', 5), v('vote-bbbbbbbb', 1, 'no', 5)]
    expect(Object.fromEntries(tally(p, votes).counts)).toEqual({ yes: 0, no: 1 })
    expect(Object.fromEntries(tally(p, [...votes].reverse()).counts)).toEqual({ yes: 0, no: 1 })
  })
})
