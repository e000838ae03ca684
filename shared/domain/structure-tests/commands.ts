import { newId } from '../../util/id'
import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import {
  participationId,
  structureTestShape,
  type Participation,
  type ParticipationRecord,
  type StructureTest,
} from './structure-test'

export type TestInput = Omit<StructureTest, 'id' | 'createdAt'>

/**
 * Checks what the schema cannot: a test needs a date, and its scope must be a unit of the
 * circle. (The schema checks the rest: name, kind, the date's form, the goal's range.)
 */
function checkInput(
  session: CircleSession,
  input: Partial<TestInput>,
  current?: StructureTest,
): FieldError[] {
  const errors: FieldError[] = []
  if (input.date !== undefined && input.date.trim() === '')
    errors.push({ field: 'date', code: 'required' })
  // A unit removed since the test was made may stay its scope (the test then counts nobody).
  const unitId = input.unitId
  if (
    unitId !== undefined &&
    unitId !== '' &&
    unitId !== current?.unitId &&
    !session.units.has(unitId)
  )
    errors.push({ field: 'unitId', code: 'notAllowed' })
  return errors
}

/** Adds a structure test; returns its id. */
export function addStructureTest(
  session: CircleSession,
  input: TestInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const t: StructureTest = { id: newId(), ...input, createdAt: now }
  // Every problem at once (the schema's and ours), so that the form marks all fields.
  const errors = [...schemaErrors(t), ...checkInput(session, input)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
  return write(session.doc, ORIGIN.testSave, () => {
    const r = session.structureTests.insert(t)
    return r.ok ? success(t.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes some fields of a test. Only the fields that differ are written. */
export function updateStructureTest(
  session: CircleSession,
  id: string,
  patch: Partial<TestInput>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.structureTests.get(id)
  if (!current) return failure({ code: 'notFound' })
  const errors = [...schemaErrors(patch), ...checkInput(session, patch, current)]
  if (errors.length > 0) return failure({ code: 'invalid', errors })
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

/**
 * Records whether a person took part ('yes' / 'no'), or clears it (null).
 *
 * The record is always written whole, under the id derived from test and person: two members
 * recording the same person at once (on two laptops, offline) end with one record, the whole
 * of one of their two writes, never the answer of one and the "by" of the other. A clear on
 * one laptop and a new answer on another keep the answer.
 */
export function setParticipation(
  session: CircleSession,
  input: { testId: string; personId: string; took: Participation | null; by: string },
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.structureTests.has(input.testId) || !session.people.has(input.personId))
    return failure({ code: 'notFound' })
  const id = participationId(input.testId, input.personId)
  const current = session.participation.get(id)
  if (
    input.took !== null &&
    current &&
    current.took === input.took &&
    current.testId === input.testId &&
    current.personId === input.personId
  )
    return success(undefined)
  if (input.took === null && !session.participation.base.has(id)) return success(undefined)
  return write(session.doc, ORIGIN.participationSet, () => {
    session.participation.remove(id)
    if (input.took === null) return success(undefined)
    const record: ParticipationRecord = {
      id,
      testId: input.testId,
      personId: input.personId,
      took: input.took,
      by: input.by,
      at: now,
    }
    const r = session.participation.insert(record)
    return r.ok ? success(undefined) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Field errors the schema finds in (part of) a test, without writing anything. */
function schemaErrors(values: Partial<StructureTest>): FieldError[] {
  const r = checkWrite(structureTestShape, values)
  return r.ok ? [] : r.errors
}
