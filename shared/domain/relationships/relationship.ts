import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'
import { RELATION_KINDS } from '../../interop/types'

export { RELATION_KINDS, type RelationKind } from '../../interop/types'
export const RELATION_LABEL_MAX = 80

/** A relationship between two people: knows, works with, family, influences, or other. */
export const relationshipShape = {
  id: field.id(),
  fromId: field.id(),
  toId: field.id(),
  kind: field.oneOf(RELATION_KINDS, 'knows'),
  /** Free words ("cousin", "car-pools with"). */
  label: field.optionalText({ max: RELATION_LABEL_MAX }),
  createdAt: field.timestamp(),
}
export type Relationship = Infer<typeof relationshipShape>

export const relationshipsCollection: CollectionDef<typeof relationshipShape> = {
  name: 'relationships',
  shape: relationshipShape,
  immutable: ['id', 'fromId', 'toId', 'createdAt'],
  sortKey: (r) => `${r.fromId}:${r.toId}:${r.id}`,
  searchText: (r) => r.label.toLocaleLowerCase(),
}
