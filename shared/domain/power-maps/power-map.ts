import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

export const MAP_NAME_MAX = 120
export const MAP_ISSUE_MAX = 300
export const STAKEHOLDER_NAME_MAX = 200
export const STAKEHOLDER_ROLE_MAX = 120
export const STAKEHOLDER_NOTES_MAX = 2000
export const LINK_LABEL_MAX = 80

/** Power over the issue: 0 (none) to 100 (decides it). */
export const POWER_MIN = 0
export const POWER_MAX = 100
/** Stance: -100 (opponent) to 100 (champion); 0 is undecided. */
export const STANCE_MIN = -100
export const STANCE_MAX = 100

/**
 * A power map of one issue ("who decides whether the rent increase goes through?"). A circle
 * keeps several; an archived map is kept but hidden from the list.
 */
export const powerMapShape = {
  id: field.id(),
  name: field.text({ min: 1, max: MAP_NAME_MAX }),
  issue: field.optionalText({ max: MAP_ISSUE_MAX }),
  archived: field.flag(),
  createdAt: field.timestamp(),
}
export type PowerMap = Infer<typeof powerMapShape>

export const powerMapsCollection: CollectionDef<typeof powerMapShape> = {
  name: 'powerMaps',
  shape: powerMapShape,
  immutable: ['id', 'createdAt'],
  sortKey: (m) => m.name.toLocaleLowerCase(),
  searchText: (m) => `${m.name} ${m.issue}`.toLocaleLowerCase(),
}

export const STAKEHOLDER_KINDS = ['person', 'organization', 'institution'] as const
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number]

/**
 * Someone on a map: a person of the circle (`personId`; the name is the person's and is not
 * copied, so that erasing the person leaves nothing of them here), or an outside person,
 * organization or institution with a name of its own. The position is in grid coordinates,
 * power and stance, each its own field: two members moving the same stakeholder at once end
 * with one position on every laptop.
 */
export const stakeholderShape = {
  id: field.id(),
  mapId: field.id(),
  /** A person of the circle, or '' for someone outside it. */
  personId: field.ref(),
  name: field.optionalText({ max: STAKEHOLDER_NAME_MAX }),
  kind: field.oneOf(STAKEHOLDER_KINDS, 'person'),
  role: field.optionalText({ max: STAKEHOLDER_ROLE_MAX }),
  notes: field.optionalText({ max: STAKEHOLDER_NOTES_MAX }),
  power: field.int({ min: POWER_MIN, max: POWER_MAX, fallback: 50 }),
  stance: field.int({ min: STANCE_MIN, max: STANCE_MAX, fallback: 0 }),
  createdAt: field.timestamp(),
}
export type Stakeholder = Infer<typeof stakeholderShape>

export const stakeholdersCollection: CollectionDef<typeof stakeholderShape> = {
  name: 'stakeholders',
  shape: stakeholderShape,
  immutable: ['id', 'mapId', 'personId', 'createdAt'],
  sortKey: (s) => `${s.mapId}:${s.name.toLocaleLowerCase()}`,
  searchText: (s) => `${s.name} ${s.role}`.toLocaleLowerCase(),
}

export const LINK_KINDS = [
  'worksFor',
  'funds',
  'influences',
  'family',
  'friend',
  'memberOf',
  'other',
] as const
export type LinkKind = (typeof LINK_KINDS)[number]
/** 'one': from → to (an employee can reach the boss); 'both': either way. */
export const LINK_DIRECTIONS = ['one', 'both'] as const
export type LinkDirection = (typeof LINK_DIRECTIONS)[number]
/** 1 weak, 2 medium, 3 strong. */
export const STRENGTH_MIN = 1
export const STRENGTH_MAX = 3

/**
 * A relationship between two stakeholders of one map. `fromPersonId` / `toPersonId` repeat
 * the stakeholders' person links (immutable, like theirs), so that erasing a person removes
 * the relationships of their stakeholders in the same transaction (see circle/references.ts).
 */
export const stakeholderLinkShape = {
  id: field.id(),
  mapId: field.id(),
  fromId: field.id(),
  toId: field.id(),
  fromPersonId: field.ref(),
  toPersonId: field.ref(),
  kind: field.oneOf(LINK_KINDS, 'other'),
  label: field.optionalText({ max: LINK_LABEL_MAX }),
  direction: field.oneOf(LINK_DIRECTIONS, 'one'),
  strength: field.int({ min: STRENGTH_MIN, max: STRENGTH_MAX, fallback: 2 }),
  createdAt: field.timestamp(),
}
export type StakeholderLink = Infer<typeof stakeholderLinkShape>

export const stakeholderLinksCollection: CollectionDef<typeof stakeholderLinkShape> = {
  name: 'stakeholderLinks',
  shape: stakeholderLinkShape,
  immutable: ['id', 'mapId', 'fromId', 'toId', 'fromPersonId', 'toPersonId', 'createdAt'],
  sortKey: (l) => `${l.mapId}:${l.fromId}:${l.toId}:${l.id}`,
  searchText: (l) => l.label.toLocaleLowerCase(),
}

/**
 * One change of a stakeholder's place (or its first placement): who moved it, when, to
 * where. Never edited; the stakeholder's history is these records by time.
 */
export const stakeholderMoveShape = {
  id: field.id(),
  mapId: field.id(),
  stakeholderId: field.id(),
  /** The stakeholder's person, repeated so that an erase removes the history too. */
  personId: field.ref(),
  power: field.int({ min: POWER_MIN, max: POWER_MAX, fallback: 50 }),
  stance: field.int({ min: STANCE_MIN, max: STANCE_MAX, fallback: 0 }),
  /** The member who moved it ('' if not known). */
  by: field.ref(),
  at: field.timestamp(),
}
export type StakeholderMove = Infer<typeof stakeholderMoveShape>

export const stakeholderMovesCollection: CollectionDef<typeof stakeholderMoveShape> = {
  name: 'stakeholderMoves',
  shape: stakeholderMoveShape,
  immutable: ['id', 'mapId', 'stakeholderId', 'personId', 'power', 'stance', 'by', 'at'],
  sortKey: (m) => `${m.stakeholderId}:${String(Math.floor(m.at)).padStart(15, '0')}:${m.id}`,
  searchText: () => '',
}
