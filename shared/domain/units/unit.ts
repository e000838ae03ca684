import { digest } from 'lib0/hash/sha256'
import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

export const UNIT_NAME_MAX = 120
/** Deeper trees are refused (site > building > floor > department > shift > team…). */
export const UNIT_DEPTH_MAX = 8

/**
 * A unit of the circle's tree: a site, department, shift, building, floor or street. The tree
 * is defined by each unit's parent ('' at the top).
 */
export const unitShape = {
  id: field.id(),
  name: field.text({ min: 1, max: UNIT_NAME_MAX }),
  parentId: field.ref(),
  createdAt: field.timestamp(),
}
export type Unit = Infer<typeof unitShape>

export const unitsCollection: CollectionDef<typeof unitShape> = {
  name: 'units',
  shape: unitShape,
  immutable: ['id', 'createdAt'],
  sortKey: (u) => u.name.toLocaleLowerCase(),
  searchText: (u) => u.name.toLocaleLowerCase(),
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/**
 * The id a unit of this name under this parent gets when created by a migration or an
 * import: the same on every peer, so that two members importing the same file at once end up
 * with one "Night shift", not two. (A unit name is not personal data; ids are hashes anyway.)
 */
export function derivedUnitId(parentId: string, name: string): string {
  const bytes = digest(new TextEncoder().encode(`unit\0${parentId}\0${normalUnitName(name)}`))
  let id = 'u'
  for (let i = 0; i < 21; i++) id += ALPHABET[bytes[i]! & 63]
  return id
}

export const normalUnitName = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()
