import { readRotations } from '@shared/domain/members/keyring'
import { MEETING_MAPS, meetingView } from './meeting-steps'
import type { FuzzPeer } from './types'

/**
 * What every peer must agree on once healed (see FuzzNet.finalCheck): the domain as the app
 * reads it, and the raw Yjs maps behind it.
 */
export const domainView = (p: FuzzPeer): string =>
  JSON.stringify({
    people: p.session.people.getSnapshot(),
    charting: [
      p.session.units,
      p.session.assessments,
      p.session.relationships,
      p.session.structureTests,
      p.session.participation,
      p.session.conversations,
      p.session.conversationEdits,
    ].map((c) => c.getSnapshot()),
    current: p.session.people.getSnapshot().map((x) => p.session.assessmentIndex.current(x.id)),
    // Meetings, attendance, actions, proposals, votes and every proposal's tally.
    meetings: meetingView(p.session),
    meta: p.session.meta.getSnapshot(),
    members: p.session.members.getSnapshot(),
    rotations: readRotations(p.doc),
  })

/** The raw maps, entries sorted: a Y.Map's key order follows local integration order. */
export const rawMaps = (p: FuzzPeer): string =>
  JSON.stringify(
    [
      'people',
      'people.fields',
      'meta',
      'members',
      'members.fields',
      'keyring',
      'units',
      'units.fields',
      'assessments',
      'relationships',
      'structureTests',
      'participation',
      'participation.fields',
      'conversations',
      'conversations.fields',
      'conversationEdits',
      'erasures',
      ...MEETING_MAPS,
    ].map((m) => Object.entries(p.doc.getMap(m).toJSON()).sort(([x], [y]) => (x < y ? -1 : 1))),
  )
