import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { participationId, type Participation, type StructureTest } from './structure-test'

export type TestInput = Omit<StructureTest, 'id' | 'createdAt'>

export function addStructureTest(
  session: CircleSession,
  input: TestInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const t: StructureTest = { id: newId(), ...input, createdAt: now }
  return write(session.doc, ORIGIN.testSave, () => {
    const r = session.structureTests.insert(t)
    return r.ok ? success(t.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

export function updateStructureTest(
  session: CircleSession,
  id: string,
  patch: Partial<TestInput>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  return write(session.doc, ORIGIN.testSave, () => {
    const r = session.structureTests.update(id, patch)
    if (r.ok) return success(undefined)
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Removes a test and everything recorded for it. */
export function removeStructureTest(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.structureTests.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.testRemove, () => {
    for (const p of session.participation.getSnapshot())
      if (p.testId === id) session.participation.remove(p.id)
    session.structureTests.remove(id)
    return success(undefined)
  })
}

/** Records whether a person took part ('yes' / 'no'), or clears it (null). */
export function setParticipation(
  session: CircleSession,
  input: { testId: string; personId: string; took: Participation | null; by: string },
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.structureTests.has(input.testId) || !session.people.has(input.personId))
    return failure({ code: 'notFound' })
  const id = participationId(input.testId, input.personId)
  return write(session.doc, ORIGIN.participationSet, () => {
    if (input.took === null) {
      session.participation.remove(id)
      return success(undefined)
    }
    const existing = session.participation.get(id)
    const r = existing
      ? session.participation.update(id, { took: input.took, by: input.by, at: now })
      : session.participation.insert({
          id,
          testId: input.testId,
          personId: input.personId,
          took: input.took,
          by: input.by,
          at: now,
        })
    return r.ok
      ? success(undefined)
      : failure({ code: 'invalid', errors: 'errors' in r ? r.errors : [] })
  })
}
