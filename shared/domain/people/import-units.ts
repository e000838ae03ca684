import { newId } from '../../util/id'
import type { CircleSession } from '../circle/session'
import { derivedUnitId, normalUnitName, UNIT_DEPTH_MAX, UNIT_NAME_MAX } from '../units/unit'

/**
 * Finds or creates the units along imported unit paths, the way `ensureUnitPath` does (names
 * matched without regard to case or spacing, new units get ids derived from parent and name,
 * at most UNIT_DEPTH_MAX levels), but with an index in memory:
 *
 * - `ensureUnitPath` scans the unit list for every step, which is fine for one person and
 *   quadratic for a file whose "Department" column holds 100,000 different values;
 * - a collection shows records written in the current transaction only once it ends, so
 *   `ensureUnitPath` cannot see a unit created earlier in the same import chunk.
 *
 * Must be used inside a write. Remembers the ids of the units it created (for a rollback).
 */
export class UnitResolver {
  /** `${parentId}\0${normalUnitName(name)}` → unit id. */
  private readonly byKey = new Map<string, string>()
  /** Whole paths already resolved (joined with \0) → id of the last unit. */
  private readonly byPath = new Map<string, string>()
  private readonly taken = new Set<string>()
  readonly created: string[] = []

  constructor(private readonly session: CircleSession) {
    for (const unit of session.units.getSnapshot()) {
      const key = `${unit.parentId}\0${normalUnitName(unit.name)}`
      // The first in name order wins, as in ensureUnitPath.
      if (!this.byKey.has(key)) this.byKey.set(key, unit.id)
      this.taken.add(unit.id)
    }
    for (const malformed of session.units.malformedRecords()) this.taken.add(malformed.id)
  }

  /** The id of the last unit of the path ('' for an empty path), creating what is missing. */
  resolve(path: readonly string[], now: number): string {
    if (path.length === 0) return ''
    const whole = path.join('\0')
    const cached = this.byPath.get(whole)
    if (cached !== undefined) return cached
    let parentId = ''
    for (const raw of path.slice(0, UNIT_DEPTH_MAX)) {
      const name = raw.trim().slice(0, UNIT_NAME_MAX).trim()
      if (name === '') continue
      const key = `${parentId}\0${normalUnitName(name)}`
      const found = this.byKey.get(key)
      if (found !== undefined) {
        parentId = found
        continue
      }
      let id = derivedUnitId(parentId, name)
      if (this.taken.has(id) || this.session.units.base.has(id)) id = newId()
      const r = this.session.units.insert({ id, name, parentId, createdAt: now })
      if (!r.ok) throw new Error(`unit refused: ${r.errors.map((e) => e.code).join(', ')}`)
      this.created.push(id)
      this.taken.add(id)
      this.byKey.set(key, id)
      parentId = id
    }
    this.byPath.set(whole, parentId)
    return parentId
  }
}
