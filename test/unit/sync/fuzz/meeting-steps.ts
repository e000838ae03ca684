import type { CircleSession } from '@shared/domain/circle/session'
import { addAction, completeAction, reopenAction } from '@shared/domain/meetings/action-commands'
import { setAttendance } from '@shared/domain/meetings/attendance'
import { createMeeting, removeMeeting } from '@shared/domain/meetings/commands'
import { castVote, closeProposal, createProposal, votesOf } from '@shared/domain/proposals/commands'
import { choicesOf, PROPOSAL_KINDS } from '@shared/domain/proposals/proposal'
import { tally } from '@shared/domain/proposals/tally'
import { dayOf } from '@shared/util/day'
import type { Rng } from './prng'
import type { FuzzPeer } from './types'

/**
 * Meeting steps of the sync fuzz: creating a meeting, marking attendance (often the same person
 * on two peers at once, which must end as one record), adding, completing and reopening action
 * items, creating proposals and voting (often concurrently, the same member changing their vote
 * on two devices), closing a proposal, and removing a meeting (there is no command to remove a
 * proposal: a meeting's proposals and their votes are swept with it, on every peer, and the
 * settled invariants check that). After healing, harness.ts compares every peer's meetings,
 * attendance, actions, proposals, votes and tallies (meetingView).
 *
 * Attendance of a meeting removed concurrently on another peer, and an action added there to
 * it, must be swept or unlinked on every peer (seeds 151, 222 and 533 found them left behind,
 * before shared/domain/meetings/references.ts): the harness fails on any (meetingDangling).
 */
export const MEETING_WEIGHTS = {
  meet: 2,
  attend: 3,
  act: 2,
  propose: 2,
  vote: 3,
  unmeet: 1,
} as const
export type MeetingStep = keyof typeof MEETING_WEIGHTS

const EPOCH = 1_750_000_000_000
const STATUSES = ['present', 'absent', 'excused', null] as const

/** The doc's maps these steps write (compared raw after healing). */
export const MEETING_MAPS = [
  'meetings',
  'agendaItems',
  'attendance',
  'actions',
  'decisions',
  'proposals',
  'votes',
  'proposalComments',
  'meetingNotes',
] as const

/** Meetings, attendance, actions, proposals, votes and each proposal's tally, for comparing. */
export function meetingView(session: CircleSession): unknown {
  return {
    records: [
      session.meetings,
      session.agendaItems,
      session.attendance,
      session.actions,
      session.decisions,
      session.proposals,
      session.votes,
    ].map((c) => c.getSnapshot()),
    tallies: session.proposals.getSnapshot().map((p) => {
      const t = tally(p, votesOf(session, p.id))
      return { ...t, counts: [...t.counts], latest: [...t.latest.keys()].sort() }
    }),
  }
}

/** Records that refer to a meeting no longer in the circle (none once healed and swept). */
export function meetingDangling(session: CircleSession): string {
  const gone = (id: string) => id !== '' && !session.meetings.has(id)
  return [session.attendance, session.agendaItems, session.actions, session.decisions]
    .map((c) => [c.def.name, c.getSnapshot().filter((r) => gone(r.meetingId)).length] as const)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${n} ${name}`)
    .join(', ')
}

/** Runs one meeting step on a random peer (or two, for concurrent marks); returns the log line. */
export function meetingStep(
  kind: MeetingStep,
  rng: Rng,
  peers: readonly FuzzPeer[],
  s: number,
): string {
  const peer = rng.pick(peers)
  const session = peer.session
  const tag = `p${peer.index} ${kind}`
  const now = EPOCH + s * 60_000
  const meetings = session.meetings.getSnapshot()
  const pickMeeting = () => (meetings.length > 0 && rng.chance(0.7) ? rng.pick(meetings).id : '')
  switch (kind) {
    case 'meet': {
      const r = createMeeting(
        session,
        {
          title: `Meeting ${s}`,
          date: dayOf(now),
          time: '',
          place: rng.chance(0.5) ? `Hall ${s}` : '',
          link: '',
          facilitator: session.members.has(peer.memberId) ? peer.memberId : '',
          noteTaker: '',
          templateId: '',
          previousId: pickMeeting(),
          createdBy: peer.memberId,
        },
        now,
      )
      return `${tag} → ${r.ok ? r.value : JSON.stringify(r)}`
    }
    case 'attend': {
      const people = session.people.getSnapshot()
      if (meetings.length === 0 || people.length === 0) return `${tag}: no meeting or nobody`
      const meetingId = rng.pick(meetings).id
      const personId = rng.pick(people).id
      const mark = (p: FuzzPeer) => {
        const status = rng.pick(STATUSES)
        const r = setAttendance(
          p.session,
          { meetingId, personId, status, by: p.memberId },
          now + p.index,
        )
        return `p${p.index}:${status}→${r.ok}`
      }
      // Another peer that sees both marks the same person before hearing of this one.
      const others = peers.filter(
        (q) => q !== peer && q.session.meetings.has(meetingId) && q.session.people.has(personId),
      )
      const second = others.length > 0 && rng.chance(0.5) ? rng.pick(others) : null
      const marks = [mark(peer), ...(second ? [mark(second)] : [])]
      return `${tag} ${personId} at ${meetingId}: ${marks.join(' ')}`
    }
    case 'act': {
      const actions = session.actions.getSnapshot()
      if (actions.length > 0 && rng.chance(0.6)) {
        const a = rng.pick(actions)
        const r =
          a.doneAt > 0
            ? reopenAction(session, a.id)
            : completeAction(session, a.id, peer.memberId, now)
        return `${tag} ${a.doneAt > 0 ? 'reopen' : 'complete'} ${a.id} → ${r.ok}`
      }
      const r = addAction(
        session,
        {
          text: `do ${s}`,
          memberId: '',
          personId: '',
          due: rng.chance(0.5) ? dayOf(now + 86_400_000) : '',
          meetingId: pickMeeting(),
          createdBy: peer.memberId,
        },
        now,
      )
      return `${tag} add → ${r.ok ? r.value : JSON.stringify(r)}`
    }
    case 'propose': {
      const k = rng.pick(PROPOSAL_KINDS)
      const r = createProposal(
        session,
        {
          meetingId: pickMeeting(),
          text: `proposal ${s}`,
          kind: k,
          options: ['A', 'B', 'C'],
          deadline: 0,
          quorum: rng.int(0, 3),
          createdBy: peer.memberId,
        },
        now,
      )
      return `${tag} ${k} → ${r.ok ? r.value : JSON.stringify(r)}`
    }
    case 'vote': {
      const proposals = session.proposals.getSnapshot()
      if (proposals.length === 0) return `${tag}: no proposal visible`
      const p = rng.pick(proposals)
      if (rng.chance(0.1)) {
        const r = closeProposal(
          session,
          { proposalId: p.id, by: peer.memberId, decisionText: `decided ${s}` },
          now,
        )
        return `${tag} close ${p.id} → ${r.ok}`
      }
      // Votes on two peers before either hears of the other; sometimes the same member
      // changing their vote on two devices.
      const others = peers.filter((q) => q !== peer && q.session.proposals.has(p.id))
      const second = others.length > 0 && rng.chance(0.6) ? rng.pick(others) : null
      const sameMember = rng.chance(0.3)
      const vote = (q: FuzzPeer, offset: number) => {
        const choice = rng.pick(choicesOf(p))
        const memberId = sameMember ? peer.memberId : q.memberId
        const r = castVote(q.session, { proposalId: p.id, memberId, choice }, now + offset)
        return `p${q.index}:${memberId.slice(0, 8)}=${choice}→${r.ok}`
      }
      const votes = [vote(peer, 0), ...(second ? [vote(second, rng.int(0, 1))] : [])]
      return `${tag} on ${p.id}: ${votes.join(' ')}`
    }
    case 'unmeet': {
      if (meetings.length === 0) return `${tag}: no meeting visible`
      const id = rng.pick(meetings).id
      return `${tag} remove ${id} → ${removeMeeting(session, id).ok}`
    }
  }
}
