import type { Migration } from '../../data/migrations'
import { derivedUnitId, UNIT_NAME_MAX } from '../units/unit'

/**
 * The circle document's migrations, in order. Append only; never edit a shipped one.
 * Each is exercised by test/unit/shared/circle-migrations.test.ts, which fails when one is not.
 */
export const circleMigrations: readonly Migration[] = [
  {
    version: 1,
    name: '0001-circle-meta',
    up(doc) {
      const meta = doc.getMap<unknown>('meta')
      // Documents created before a name was set get a creation time so they sort stably.
      if (typeof meta.get('createdAt') !== 'number') meta.set('createdAt', 0)
      if (typeof meta.get('language') !== 'string') meta.set('language', 'en')
    },
  },
  {
    version: 2,
    name: '0002-units-tree',
    up(doc) {
      // Units became a tree the circle defines: each distinct free-text unit becomes a top-level
      // unit, and its people point at it. Ids derive from the name, so two peers migrating the
      // same circle at once make the same units. The old text stays (a Y.Doc cannot drop it).
      const people = doc.getMap<unknown>('people')
      const fields = doc.getMap<unknown>('people.fields')
      const units = doc.getMap<unknown>('units')
      people.forEach((raw, id) => {
        if (typeof raw !== 'object' || raw === null) return
        const edited = fields.get(`${id}/unit`)
        const text = typeof edited === 'string' ? edited : (raw as { unit?: unknown }).unit
        if (typeof text !== 'string' || text.trim() === '') return
        if (fields.has(`${id}/unitId`)) return
        const name = text.trim().replace(/\s+/g, ' ').slice(0, UNIT_NAME_MAX)
        const unitId = derivedUnitId('', name)
        if (!units.has(unitId)) units.set(unitId, { id: unitId, name, parentId: '', createdAt: 0 })
        fields.set(`${id}/unitId`, unitId)
      })
    },
  },
]

export const CIRCLE_SCHEMA_VERSION = circleMigrations.length
