import type { CircleSession } from '@shared/domain/circle/session'
import {
  correctConversation,
  logConversation,
  removeConversation,
} from '@shared/domain/conversations/commands'
import { CHANNELS } from '@shared/domain/conversations/conversation'
import { REDACTABLE, redactConversation } from '@shared/domain/conversations/redact'
import { dayOf } from '@shared/util/day'
import type { Rng } from './prng'
import type { FuzzPeer } from './types'

/**
 * Conversation steps of the sync fuzz: logging a one-on-one (often with an assessment),
 * correcting, redacting and deleting one, on a random peer; with the delete-while-charting
 * conflict (charting-steps.ts), a conversation logged offline with a person deleted meanwhile.
 */
export const CONVERSATION_WEIGHTS = { converse: 5, reviseConversation: 3 } as const
export type ConversationStep = keyof typeof CONVERSATION_WEIGHTS

const EPOCH = 1_750_000_000_000
const ISSUES = ['Rent', 'rent', 'Repairs', 'Night shifts', ' Heating ']

/** Logs a random conversation with `personId`; true when logged. */
export function logOne(
  rng: Rng,
  session: CircleSession,
  personId: string,
  s: number,
  by: string,
): boolean {
  const now = EPOCH + s * 60_000
  const date = dayOf(now - rng.int(0, 3) * 86_400_000)
  const commitment = rng.chance(0.5) ? `commit ${s}` : ''
  return logConversation(
    session,
    {
      personId,
      date,
      members: [by],
      channel: rng.pick(CHANNELS),
      issues: Array.from({ length: rng.int(0, 2) }, () => rng.pick(ISSUES)),
      cares: `cares ${s}`,
      ask: rng.chance(0.5) ? `ask ${s}` : '',
      commitment,
      commitmentDue: commitment ? dayOf(now + 86_400_000) : '',
      assessment: rng.int(0, 5),
      followUpOn: rng.chance(0.5) ? dayOf(now + 2 * 86_400_000) : '',
      notes: rng.chance(0.3) ? `note ${s}` : '',
      guideId: '',
    },
    { by, reason: 'fuzz' },
    now,
  ).ok
}

/** Runs one conversation step on a random peer; returns the log line. */
export function conversationStep(
  kind: ConversationStep,
  rng: Rng,
  peers: readonly FuzzPeer[],
  s: number,
): string {
  const peer = rng.pick(peers)
  const session = peer.session
  const tag = `p${peer.index} ${kind}`
  if (kind === 'converse') {
    const people = session.people.getSnapshot()
    if (people.length === 0) return `${tag}: nobody visible`
    const id = rng.pick(people).id
    return `${tag} with ${id} → ${logOne(rng, session, id, s, peer.memberId)}`
  }
  const list = session.conversations.getSnapshot()
  if (list.length === 0) return `${tag}: no conversation visible`
  const c = rng.pick(list)
  const now = EPOCH + s * 60_000
  switch (rng.int(0, 3)) {
    case 0:
    case 1: {
      const patch = rng.pick([
        { cares: `corrected ${s}` },
        { assessment: rng.int(0, 5) },
        { issues: [rng.pick(ISSUES)] },
        { followUpOn: '' },
        { notes: `late note ${s}`, ask: '' },
      ])
      const r = correctConversation(session, c.id, patch, { by: peer.memberId }, now)
      return `${tag} correct ${c.id} ${JSON.stringify(patch)} → ${r.ok}`
    }
    case 2: {
      const fields = REDACTABLE.filter(() => rng.chance(0.5))
      const chosen = fields.length > 0 ? fields : (['cares'] as const)
      const r = redactConversation(session, c.id, chosen, peer.memberId, now)
      return `${tag} redact ${c.id} ${chosen.join(',')} → ${r.ok}`
    }
    default:
      return `${tag} remove ${c.id} → ${removeConversation(session, c.id).ok}`
  }
}
