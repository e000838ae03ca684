import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import type { Person, PersonInput } from './person'

/** Adds a person to the circle; returns the new person's id. */
export function addPerson(
  session: CircleSession,
  input: PersonInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const person: Person = { ...input, id: newId(), createdAt: now }
  return write(session.doc, ORIGIN.personAdd, () => {
    const r = session.people.insert(person)
    return r.ok ? success(person.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes some of a person's fields. Only the fields that differ are written. */
export function updatePerson(
  session: CircleSession,
  id: string,
  patch: Partial<PersonInput>,
): Result<{ changed: boolean }> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  return write(session.doc, ORIGIN.personUpdate, () => {
    const r = session.people.update(id, patch)
    if (r.ok) return success({ changed: r.changed })
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Removes a person and everything stored under their record. */
export function removePerson(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  return write(session.doc, ORIGIN.personRemove, () =>
    session.people.remove(id) ? success(undefined) : failure({ code: 'notFound' }),
  )
}
