import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { CUSTOM_FIELDS_MAX, type CustomField } from './custom-field'

type Input = Pick<CustomField, 'name' | 'type' | 'choices'>

/** Defines a new custom field for the circle's people. */
export function addCustomField(
  session: CircleSession,
  input: Input,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (session.customFields.size >= CUSTOM_FIELDS_MAX)
    return failure({
      code: 'invalid',
      errors: [{ field: 'name', code: 'tooMany', limit: CUSTOM_FIELDS_MAX }],
    })
  const f: CustomField = { id: newId(), ...input, createdAt: now }
  return write(session.doc, ORIGIN.customFieldSave, () => {
    const r = session.customFields.insert(f)
    return r.ok ? success(f.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

export function updateCustomField(
  session: CircleSession,
  id: string,
  patch: Partial<Input>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  return write(session.doc, ORIGIN.customFieldSave, () => {
    const r = session.customFields.update(id, patch)
    if (r.ok) return success(undefined)
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Removes a custom field and every person's value for it. */
export function removeCustomField(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.customFields.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.customFieldRemove, () => {
    for (const p of session.people.getSnapshot()) {
      if (!(id in p.custom)) continue
      const custom = Object.fromEntries(Object.entries(p.custom).filter(([k]) => k !== id))
      session.people.update(p.id, { custom })
    }
    session.customFields.remove(id)
    return success(undefined)
  })
}
