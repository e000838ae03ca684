import type { Migration } from '../../data/migrations'

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
]

export const CIRCLE_SCHEMA_VERSION = circleMigrations.length
