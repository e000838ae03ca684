import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { readRotations, removedMembers } from '../members/keyring'

/** Members people can be assigned to: registered and not removed. */
export function assignableMembers(session: CircleSession) {
  const removed = removedMembers(readRotations(session.doc))
  return session.members.getSnapshot().filter((m) => !removed.has(m.id))
}

/** Whether an organizer id is a current member ('' is nobody, never current). */
export function isCurrentMember(session: CircleSession, memberId: string): boolean {
  return session.members.has(memberId) && !removedMembers(readRotations(session.doc)).has(memberId)
}

/**
 * What an organizer id stands for: nobody, a current member, a member who was removed (their
 * people stay assigned to them until reassigned), or a member this device has not heard of yet.
 */
export function organizerStatus(
  session: CircleSession,
  memberId: string,
  removed: ReadonlySet<string> = removedMembers(readRotations(session.doc)),
): 'none' | 'current' | 'former' | 'unknown' {
  if (memberId === '') return 'none'
  if (!session.members.has(memberId)) return 'unknown'
  return removed.has(memberId) ? 'former' : 'current'
}

function checkTarget(session: CircleSession, memberId: string) {
  return memberId === '' || isCurrentMember(session, memberId)
    ? null
    : failure<number>({
        code: 'invalid',
        errors: [{ field: 'organizerId', code: 'notAllowed' }],
      })
}

/** Assigns people to a member ('' : to nobody). Returns how many changed. */
export function assignPeople(
  session: CircleSession,
  personIds: readonly string[],
  organizerId: string,
): Result<number> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const refused = checkTarget(session, organizerId)
  if (refused) return refused
  const ids = personIds.filter((id) => session.people.get(id)?.organizerId !== organizerId)
  if (ids.length === 0) return success(0)
  return write(session.doc, ORIGIN.assignmentSet, () => {
    let n = 0
    for (const id of ids) {
      const r = session.people.update(id, { organizerId })
      if (r.ok && r.changed) n++
    }
    return success(n)
  })
}

/**
 * Moves every person assigned to `fromId` (e.g. an organizer who left, or was removed) to
 * `toId` ('' : to nobody), in one transaction. Returns how many were moved.
 */
export function reassignAll(session: CircleSession, fromId: string, toId: string): Result<number> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (fromId === '' || fromId === toId)
    return failure({ code: 'invalid', errors: [{ field: 'toId', code: 'notAllowed' }] })
  const ids = session.people
    .getSnapshot()
    .filter((p) => p.organizerId === fromId)
    .map((p) => p.id)
  return assignPeople(session, ids, toId)
}
