import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { agendaOf } from './commands'
import { agendaItemShape, type AgendaItem } from './meeting'
import { positionBetween, spreadPositions } from './position'

function titleErrors(title: string) {
  const r = checkWrite(agendaItemShape, { title })
  return r.ok ? null : failure<never>({ code: 'invalid', errors: r.errors })
}

/** Adds an item at the end of a meeting's agenda; returns its id. */
export function addAgendaItem(
  session: CircleSession,
  meetingId: string,
  title: string,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.meetings.has(meetingId)) return failure({ code: 'notFound' })
  const bad = titleErrors(title)
  if (bad) return bad
  return write(session.doc, ORIGIN.agendaSave, () => {
    const items = agendaOf(session, meetingId)
    let position = positionBetween(items.at(-1)?.position ?? null, null)
    // A peer wrote positions this version cannot compute after: renumber first.
    position ??= positionBetween(renumber(session, items).at(-1)?.position ?? null, null) ?? 'i'
    const item: AgendaItem = {
      id: newId(),
      meetingId,
      title,
      position,
      done: false,
      carriedFrom: '',
      createdAt: now,
    }
    const r = session.agendaItems.insert(item)
    return r.ok ? success(item.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Renames an agenda item. */
export function renameAgendaItem(session: CircleSession, id: string, title: string): Result<void> {
  return change(session, id, { title })
}

/** Marks an agenda item done or not done (not-done items carry over to the next meeting). */
export function setAgendaItemDone(session: CircleSession, id: string, done: boolean): Result<void> {
  return change(session, id, { done })
}

function change(session: CircleSession, id: string, patch: Partial<AgendaItem>): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.agendaItems.has(id)) return failure({ code: 'notFound' })
  if (patch.title !== undefined) {
    const bad = titleErrors(patch.title)
    if (bad) return bad
  }
  return write(session.doc, ORIGIN.agendaSave, () => {
    const r = session.agendaItems.update(id, patch)
    if (r.ok) return success(undefined)
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/**
 * Moves an agenda item up or down by one place. Only the moved item's position changes
 * (a new position between its new neighbours), so a concurrent move of another item by
 * another member keeps both moves.
 */
export function moveAgendaItem(
  session: CircleSession,
  id: string,
  direction: 'up' | 'down',
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const item = session.agendaItems.get(id)
  if (!item) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.agendaSave, () => {
    let items = agendaOf(session, item.meetingId)
    const at = items.findIndex((a) => a.id === id)
    const to = direction === 'up' ? at - 1 : at + 1
    if (at < 0 || to < 0 || to >= items.length) return success(undefined)
    const others = items.filter((a) => a.id !== id)
    const neighbours = () => [others[to - 1]?.position ?? null, others[to]?.position ?? null]
    let [before, after] = neighbours()
    let position = positionBetween(before ?? null, after ?? null)
    if (position === null) {
      // A peer wrote positions this version cannot compute between: renumber, then move.
      items = renumber(session, items)
      others.splice(0, others.length, ...items.filter((a) => a.id !== id))
      ;[before, after] = neighbours()
      position = positionBetween(before ?? null, after ?? null)
    }
    if (position !== null) session.agendaItems.update(id, { position })
    return success(undefined)
  })
}

/** Removes an agenda item. */
export function removeAgendaItem(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.agendaItems.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.agendaSave, () => {
    session.agendaItems.remove(id)
    return success(undefined)
  })
}

/** Gives the items fresh, evenly spread positions in their current order (in a write). */
function renumber(session: CircleSession, items: AgendaItem[]): AgendaItem[] {
  const positions = spreadPositions(items.length)
  return items.map((a, i) => {
    session.agendaItems.update(a.id, { position: positions[i]! })
    return { ...a, position: positions[i]! }
  })
}
