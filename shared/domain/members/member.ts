import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

/**
 * A member of the circle (an organizer using Rhizome), as they registered themselves. The
 * public key is what lets the others hand them a new circle secret when someone is removed.
 */
export const memberShape = {
  id: field.id(),
  name: field.text({ min: 1, max: 60 }),
  colour: field.text({ min: 7, max: 7 }),
  pkx: field.text({ min: 43, max: 43 }),
  pky: field.text({ min: 43, max: 43 }),
  joinedAt: field.timestamp(),
}

export type Member = Infer<typeof memberShape>

export const membersCollection: CollectionDef<typeof memberShape> = {
  name: 'members',
  shape: memberShape,
  immutable: ['id', 'joinedAt', 'pkx', 'pky'],
  sortKey: (m) => m.name.toLocaleLowerCase(),
  searchText: (m) => m.name.toLocaleLowerCase(),
}
