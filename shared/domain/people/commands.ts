import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { ensureUnitPath } from '../units/commands'
import type { Person, PersonInput } from './person'

/** Splits a typed unit path ("Harbour › Night shift", "Harbour > Night shift"). */
export const splitUnitPath = (text: string) =>
  text
    .split(/[›>]/)
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * A `unit` typed as text is a path in the circle's unit tree: the units along it are found
 * or created, and the person points at the last one.
 */
function resolveUnit<T extends Partial<PersonInput>>(
  session: CircleSession,
  input: T,
  now: number,
): T {
  if (input.unit === undefined) return input
  // An id given directly wins over an empty path (a unit picked rather than typed).
  if (input.unit.trim() === '' && input.unitId) return { ...input, unit: '' }
  const unitId = ensureUnitPath(session, splitUnitPath(input.unit), now)
  return { ...input, unit: '', unitId }
}

/** Adds a person to the circle; returns the new person's id. */
export function addPerson(
  session: CircleSession,
  input: PersonInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  return write(session.doc, ORIGIN.personAdd, () => {
    const person: Person = { ...resolveUnit(session, input, now), id: newId(), createdAt: now }
    const r = session.people.insert(person)
    return r.ok ? success(person.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes some of a person's fields. Only the fields that differ are written. */
export function updatePerson(
  session: CircleSession,
  id: string,
  patch: Partial<PersonInput>,
  now = Date.now(),
): Result<{ changed: boolean }> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.people.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.personUpdate, () => {
    const r = session.people.update(id, resolveUnit(session, patch, now))
    if (r.ok) return success({ changed: r.changed })
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Removes a person and everything that refers to them (see erasePerson for erasure). */
export function removePerson(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  return write(session.doc, ORIGIN.personRemove, () => {
    if (!session.people.remove(id)) return failure({ code: 'notFound' })
    session.maintainInTransaction()
    return success(undefined)
  })
}
