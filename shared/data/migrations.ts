import * as Y from 'yjs'
import { ORIGIN, write } from './origins'

/**
 * A named, additive migration of a circle document. Migrations run when a document is
 * opened, on every peer that opens it, possibly concurrently: each must be idempotent and
 * must only add (a Y.Doc cannot drop a value in place without losing a peer's concurrent
 * edit). Which migrations ran is recorded in the `schema` map, one key per migration, so
 * that two peers recording different migrations at once never overwrite each other.
 */
export interface Migration {
  /** Position in the sequence, starting at 1; also the schema version it produces. */
  readonly version: number
  /** A stable, descriptive name, e.g. `0001-circle-created-at`. */
  readonly name: string
  readonly up: (doc: Y.Doc) => void
}

export interface MigrationOutcome {
  /** Schema version found in the document before opening. */
  from: number
  /** Schema version after opening. */
  to: number
  applied: string[]
  /** True when the document was written by a newer Rhizome: it opens read-only. */
  newer: boolean
}

export const schemaMap = (doc: Y.Doc) => doc.getMap<unknown>('schema')

/** The highest schema version recorded in the document (0 for a new or foreign doc). */
export function schemaVersionOf(doc: Y.Doc): number {
  let v = 0
  schemaMap(doc).forEach((value) => {
    const n =
      typeof value === 'object' && value !== null
        ? (value as { version?: unknown }).version
        : undefined
    if (typeof n === 'number' && Number.isInteger(n) && n > v) v = n
  })
  return v
}

/** Checks that a list of migrations is well-formed: versions 1..n in order, names unique. */
export function checkMigrationList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} must have version ${i + 1}`)
  })
  if (new Set(list.map((m) => m.name)).size !== list.length)
    throw new Error('duplicate migration name')
}

export function runMigrations(
  doc: Y.Doc,
  list: readonly Migration[],
  now = Date.now(),
): MigrationOutcome {
  checkMigrationList(list)
  const from = schemaVersionOf(doc)
  const latest = list.length
  if (from > latest) return { from, to: from, applied: [], newer: true }
  const applied: string[] = []
  for (const m of list) {
    if (m.version <= from) continue
    write(doc, ORIGIN.migration, () => {
      m.up(doc)
      schemaMap(doc).set(m.name, { version: m.version, at: now })
    })
    applied.push(m.name)
  }
  return { from, to: Math.max(from, latest), applied, newer: false }
}
