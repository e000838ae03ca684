import Dexie, { type Table } from 'dexie'

/**
 * This device's own data, never synced: which circles are here, and settings. Circle
 * contents live in their Yjs documents (see indexeddb-persistence.ts), not here.
 */
export interface CircleEntry {
  id: string
  name: string
  language: string
  createdAt: number
  openedAt: number
}

export interface SettingRow {
  key: string
  value: unknown
}

export class LocalDb extends Dexie {
  circles!: Table<CircleEntry, string>
  settings!: Table<SettingRow, string>

  constructor(name = 'rhizome-local') {
    super(name)
    // Dexie schema versions are append-only, like the circle document's migrations.
    this.version(1).stores({ circles: 'id, openedAt', settings: 'key' })
  }
}

const isEntry = (v: unknown): v is CircleEntry => {
  if (typeof v !== 'object' || v === null) return false
  const e = v as Record<string, unknown>
  return (
    typeof e.id === 'string' &&
    typeof e.name === 'string' &&
    typeof e.language === 'string' &&
    typeof e.createdAt === 'number' &&
    typeof e.openedAt === 'number'
  )
}

/** Reads the circle list, skipping rows an older or broken version left behind. */
export async function readCircleEntries(db: LocalDb): Promise<CircleEntry[]> {
  const rows: unknown[] = await db.circles.toArray()
  return rows.filter(isEntry).sort((a, b) => a.name.localeCompare(b.name))
}
