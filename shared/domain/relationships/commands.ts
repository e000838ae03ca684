import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import type { RelationKind, Relationship } from './relationship'

/** Relates two different people of the circle. */
export function addRelationship(
  session: CircleSession,
  input: { fromId: string; toId: string; kind: RelationKind; label: string },
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.people.has(input.fromId) || !session.people.has(input.toId))
    return failure({ code: 'notFound' })
  if (input.fromId === input.toId)
    return failure({ code: 'invalid', errors: [{ field: 'toId', code: 'notAllowed' }] })
  const r: Relationship = { id: newId(), ...input, createdAt: now }
  return write(session.doc, ORIGIN.relationshipAdd, () => {
    const res = session.relationships.insert(r)
    return res.ok ? success(r.id) : failure({ code: 'invalid', errors: res.errors })
  })
}

export function removeRelationship(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  return write(session.doc, ORIGIN.relationshipRemove, () =>
    session.relationships.remove(id) ? success(undefined) : failure({ code: 'notFound' }),
  )
}

/** A person's relationships, whichever side they are on. */
export function relationshipsOf(session: CircleSession, personId: string): Relationship[] {
  return session.relationships
    .getSnapshot()
    .filter((r) => r.fromId === personId || r.toId === personId)
}
