import { field, type Infer } from '../../data/fields'
import { STAGES } from '../../interop/types'
import type { CollectionDef } from '../../data/collection'

/** Limits on what one person record may hold. */
export const PERSON_LIMITS = {
  name: 200,
  contact: 320,
  address: 500,
  unit: 120,
  tag: 60,
  tags: 50,
  notes: 20_000,
  role: 120,
  language: 40,
  languages: 20,
  customValue: 2000,
  customValues: 100,
} as const

export { STAGES, type Stage } from '../../interop/types'

export const personShape = {
  id: field.id(),
  name: field.text({ min: 1, max: PERSON_LIMITS.name }),
  email: field.optionalText({ max: PERSON_LIMITS.contact }),
  phone: field.optionalText({ max: PERSON_LIMITS.contact }),
  address: field.optionalText({ max: PERSON_LIMITS.address }),
  /** Free-text unit of circles made before units became a tree (migration 0002 moves it). */
  unit: field.optionalText({ max: PERSON_LIMITS.unit }),
  unitId: field.ref(),
  role: field.optionalText({ max: PERSON_LIMITS.role }),
  languages: field.textList({
    maxItems: PERSON_LIMITS.languages,
    maxLength: PERSON_LIMITS.language,
  }),
  leader: field.flag(),
  stage: field.oneOf(STAGES, 'none'),
  /** When someone last spoke with this person (set by hand or by a one-on-one); 0: never. */
  lastContactAt: field.optionalTimestamp(),
  /** Values of the circle's custom fields, by custom field id. */
  custom: field.entries({
    maxEntries: PERSON_LIMITS.customValues,
    maxLength: PERSON_LIMITS.customValue,
  }),
  tags: field.textList({ maxItems: PERSON_LIMITS.tags, maxLength: PERSON_LIMITS.tag }),
  notes: field.optionalText({ max: PERSON_LIMITS.notes }),
  /** The member responsible for talking with this person ('' nobody yet). */
  organizerId: field.ref(),
  createdAt: field.timestamp(),
}

export type Person = Infer<typeof personShape>
/** What a user edits: everything but the identity and creation time. */
export type PersonInput = Omit<Person, 'id' | 'createdAt'>
export const PERSON_EDITABLE = [
  'name',
  'email',
  'phone',
  'address',
  'unit',
  'unitId',
  'role',
  'languages',
  'leader',
  'stage',
  'lastContactAt',
  'custom',
  'tags',
  'notes',
  'organizerId',
] as const

export const peopleCollection: CollectionDef<typeof personShape> = {
  name: 'people',
  shape: personShape,
  immutable: ['id', 'createdAt'],
  sortKey: (p) => p.name.toLocaleLowerCase(),
  searchText: (p) =>
    [
      p.name,
      p.email,
      p.phone,
      p.unit,
      p.role,
      p.tags.join(' '),
      p.languages.join(' '),
      p.address,
      p.notes,
    ]
      .join('\n')
      .toLocaleLowerCase(),
}

export const emptyPersonInput = (): PersonInput => ({
  name: '',
  email: '',
  phone: '',
  address: '',
  unit: '',
  unitId: '',
  role: '',
  languages: [],
  leader: false,
  stage: 'none',
  lastContactAt: 0,
  custom: {},
  tags: [],
  notes: '',
  organizerId: '',
})

/** The editable part of a person (what the form shows). */
export const toPersonInput = (p: Person): PersonInput => ({
  name: p.name,
  email: p.email,
  phone: p.phone,
  address: p.address,
  unit: p.unit,
  unitId: p.unitId,
  role: p.role,
  languages: [...p.languages],
  leader: p.leader,
  stage: p.stage,
  lastContactAt: p.lastContactAt,
  custom: { ...p.custom },
  tags: [...p.tags],
  notes: p.notes,
  organizerId: p.organizerId,
})
