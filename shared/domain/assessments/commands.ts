import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import type { Assessment } from './assessment'

/** Records a new assessment of a person (the history keeps the earlier ones). */
export function assess(
  session: CircleSession,
  input: { personId: string; value: number; reason: string; by: string },
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.people.has(input.personId)) return failure({ code: 'notFound' })
  const a: Assessment = { id: newId(), ...input, at: now }
  return write(session.doc, ORIGIN.assess, () => {
    const r = session.assessments.insert(a)
    return r.ok ? success(a.id) : failure({ code: 'invalid', errors: r.errors })
  })
}
