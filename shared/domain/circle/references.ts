import type * as Y from 'yjs'
import type { Collection } from '../../data/collection'
import type { Shape } from '../../data/fields'
import { danglingProposalRecords, proposalCollections } from '../proposals/references'
import { danglingPlanRecords, planCollections } from '../plans/references'
import {
  clearStaleLinks,
  danglingMeetingRecords,
  meetingCollections,
  staleLinks,
} from '../meetings/references'
import type { CircleSession } from './session'

/**
 * Every place a record refers to a person. An erase removes all of them, and records left
 * pointing at nobody (one member deleted a person while another, offline, assessed them) are
 * swept on every peer. New collections that refer to people are listed here.
 */
export function personReferences(session: CircleSession): {
  collection: Collection<Shape & { id: unknown }>
  fields: readonly string[]
}[] {
  return [
    { collection: session.assessments as never, fields: ['personId'] },
    { collection: session.participation as never, fields: ['personId'] },
    { collection: session.relationships as never, fields: ['fromId', 'toId'] },
    { collection: session.stakeholders as never, fields: ['personId'] },
    { collection: session.stakeholderLinks as never, fields: ['fromPersonId', 'toPersonId'] },
    { collection: session.stakeholderMoves as never, fields: ['personId'] },
    { collection: session.conversations as never, fields: ['personId'] },
    { collection: session.attendance as never, fields: ['personId'] },
    { collection: session.leadershipEvents as never, fields: ['personId'] },
  ]
}

/** Records (by collection name) that refer to `personId`. */
export function recordsReferring(session: CircleSession, personId: string): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const { collection, fields } of personReferences(session)) {
    const ids = collection
      .getSnapshot()
      .filter((r) => fields.some((f) => (r as Record<string, unknown>)[f] === personId))
      .map((r) => r.id as string)
    if (ids.length > 0) out.set(collection.def.name, ids)
  }
  return out
}

/**
 * True when this device saw the record `id` in `map` and then saw it deleted. A record it has
 * not seen yet (still on its way from another peer) is not "deleted": an assessment can arrive
 * before the person it refers to, and must not be swept for that. Yjs keeps the last item of
 * every key a map ever had, deleted or not, to resolve concurrent writes.
 */
function seenDeleted(map: Y.Map<unknown>, id: string): boolean {
  const item = (map as unknown as { _map: Map<string, { deleted: boolean }> })._map.get(id)
  return item !== undefined && item.deleted
}

/**
 * Records that refer to a person or test no longer in the circle: deleted, or (with
 * `unseen`) never seen here. A person stored in a form this version cannot read (a newer
 * peer's) still counts as present. Only deleted targets are swept (see seenDeleted); once every
 * peer has heard everything, the two are the same.
 */
export function danglingReferences(
  session: CircleSession,
  { unseen = false } = {},
): Map<string, string[]> {
  const gone = (map: Y.Map<unknown>, id: string) => (unseen ? !map.has(id) : seenDeleted(map, id))
  // '' is an optional reference to nobody (a power-map stakeholder from outside the circle).
  const present = (id: string) => id === '' || !gone(session.people.base, id)
  const out = new Map<string, string[]>()
  for (const { collection, fields } of personReferences(session)) {
    const ids: string[] = []
    for (const r of collection.getSnapshot())
      if (fields.some((f) => !present((r as Record<string, unknown>)[f] as string)))
        ids.push(r.id as string)
    if (ids.length > 0) out.set(collection.def.name, ids)
  }
  const orphanRuns = session.participation
    .getSnapshot()
    .filter((p) => gone(session.structureTests.base, p.testId))
    .map((p) => p.id)
  if (orphanRuns.length > 0)
    out.set('participation', [...new Set([...(out.get('participation') ?? []), ...orphanRuns])])
  const orphanEdits = session.conversationEdits
    .getSnapshot()
    .filter((e) => gone(session.conversations.base, e.conversationId))
    .map((e) => e.id)
  if (orphanEdits.length > 0) out.set('conversationEdits', orphanEdits)
  const orphanAcks = session.alertAcks
    .getSnapshot()
    .filter((k) => gone(session.urgentAlerts.base, k.alertId))
    .map((k) => k.id)
  if (orphanAcks.length > 0) out.set('alertAcks', orphanAcks)
  for (const [name, ids] of danglingProposalRecords(session, gone)) out.set(name, ids)
  for (const [name, ids] of danglingPlanRecords(session, gone)) out.set(name, ids)
  for (const [name, ids] of danglingMeetingRecords(session, gone))
    out.set(name, [...new Set([...(out.get(name) ?? []), ...ids])])
  return out
}

const goneFor = (unseen: boolean) => (map: Y.Map<unknown>, id: string) =>
  unseen ? !map.has(id) : seenDeleted(map, id)

/**
 * Action items and decisions linked to a meeting, plan, milestone or owner that is gone (see
 * meetings/references.ts), as "actions" / "decisions" → ids. Their links are cleared, not the
 * records.
 */
export function staleLinkIds(
  session: CircleSession,
  { unseen = false } = {},
): Map<string, string[]> {
  const { actions, decisions } = staleLinks(session, goneFor(unseen))
  const out = new Map<string, string[]>()
  if (actions.size > 0) out.set('actions', [...actions.keys()])
  if (decisions.size > 0) out.set('decisions', [...decisions.keys()])
  return out
}

/** Removes dangling references (inside a write). Returns how many records were removed. */
export function sweepDangling(session: CircleSession): number {
  let n = 0
  const byName = new Map<string, { remove(id: string): boolean }>(
    personReferences(session).map((r) => [r.collection.def.name, r.collection]),
  )
  byName.set('conversationEdits', session.conversationEdits)
  byName.set('alertAcks', session.alertAcks)
  for (const c of proposalCollections(session)) byName.set(c.def.name, c)
  for (const c of planCollections(session)) byName.set(c.def.name, c)
  for (const c of meetingCollections(session)) byName.set(c.def.name, c)
  // A record swept can leave others referring to it (a conversation's edits): sweep again.
  for (let pass = 0; pass < 4; pass++) {
    const before = n
    for (const [name, ids] of danglingReferences(session)) {
      const c = byName.get(name)
      for (const id of ids) if (c?.remove(id)) n++
    }
    if (n === before) break
  }
  return n + clearStaleLinks(session, goneFor(false))
}
