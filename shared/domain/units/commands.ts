import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { flattenUnits, unitWithDescendants } from './tree'
import { derivedUnitId, normalUnitName, UNIT_DEPTH_MAX, UNIT_NAME_MAX, type Unit } from './unit'

function depthOf(session: CircleSession, parentId: string): number {
  const node = flattenUnits(session.units.getSnapshot()).find((n) => n.unit.id === parentId)
  return node ? node.depth + 1 : 0
}

/** Adds a unit under `parentId` ('' for the top); returns its id. */
export function addUnit(
  session: CircleSession,
  input: { name: string; parentId: string },
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (input.parentId !== '' && !session.units.has(input.parentId))
    return failure({ code: 'notFound' })
  if (depthOf(session, input.parentId) >= UNIT_DEPTH_MAX)
    return failure({
      code: 'invalid',
      errors: [{ field: 'parentId', code: 'tooLong', limit: UNIT_DEPTH_MAX }],
    })
  const unit: Unit = { id: newId(), name: input.name, parentId: input.parentId, createdAt: now }
  return write(session.doc, ORIGIN.unitAdd, () => {
    const r = session.units.insert(unit)
    return r.ok ? success(unit.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Renames a unit or moves it under another parent (never under itself or its own units). */
export function updateUnit(
  session: CircleSession,
  id: string,
  patch: Partial<Pick<Unit, 'name' | 'parentId'>>,
): Result<{ changed: boolean }> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.units.has(id)) return failure({ code: 'notFound' })
  if (patch.parentId !== undefined && patch.parentId !== '') {
    const nodes = flattenUnits(session.units.getSnapshot())
    if (!session.units.has(patch.parentId)) return failure({ code: 'notFound' })
    if (unitWithDescendants(nodes, id).has(patch.parentId))
      return failure({ code: 'invalid', errors: [{ field: 'parentId', code: 'notAllowed' }] })
  }
  return write(session.doc, ORIGIN.unitUpdate, () => {
    const r = session.units.update(id, patch)
    if (r.ok) return success({ changed: r.changed })
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/**
 * Removes a unit. Its people and the units below it move up to its parent, so that nobody
 * drops off the chart.
 */
export function removeUnit(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const unit = session.units.get(id)
  if (!unit) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.unitRemove, () => {
    for (const u of session.units.getSnapshot())
      if (u.parentId === id) session.units.update(u.id, { parentId: unit.parentId })
    for (const p of session.people.getSnapshot())
      if (p.unitId === id) session.people.update(p.id, { unitId: unit.parentId })
    session.units.remove(id)
    return success(undefined)
  })
}

/**
 * Finds or creates the units along a path (['Harbour', 'Night shift']) and returns the id of
 * the last one ('' for an empty path). Must run inside a write. Names are matched without
 * regard to case or spacing; new units get ids derived from parent and name (see derivedUnitId).
 */
export function ensureUnitPath(
  session: CircleSession,
  path: readonly string[],
  now = Date.now(),
): string {
  let parentId = ''
  for (const raw of path.slice(0, UNIT_DEPTH_MAX)) {
    const name = raw.trim().slice(0, UNIT_NAME_MAX)
    if (name === '') continue
    const key = normalUnitName(name)
    const found = session.units
      .getSnapshot()
      .find((u) => u.parentId === parentId && normalUnitName(u.name) === key)
    if (found) {
      parentId = found.id
      continue
    }
    let id = derivedUnitId(parentId, name)
    if (session.units.has(id) || session.units.malformedRecords().some((m) => m.id === id))
      id = newId()
    session.units.insert({ id, name, parentId, createdAt: now })
    parentId = id
  }
  return parentId
}
