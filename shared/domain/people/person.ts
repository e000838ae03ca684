import { field, type Infer } from '../../data/fields'
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
} as const

export const personShape = {
  id: field.id(),
  name: field.text({ min: 1, max: PERSON_LIMITS.name }),
  email: field.optionalText({ max: PERSON_LIMITS.contact }),
  phone: field.optionalText({ max: PERSON_LIMITS.contact }),
  address: field.optionalText({ max: PERSON_LIMITS.address }),
  unit: field.optionalText({ max: PERSON_LIMITS.unit }),
  tags: field.textList({ maxItems: PERSON_LIMITS.tags, maxLength: PERSON_LIMITS.tag }),
  notes: field.optionalText({ max: PERSON_LIMITS.notes }),
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
  'tags',
  'notes',
] as const

export const peopleCollection: CollectionDef<typeof personShape> = {
  name: 'people',
  shape: personShape,
  immutable: ['id', 'createdAt'],
  sortKey: (p) => p.name.toLocaleLowerCase(),
  searchText: (p) =>
    [p.name, p.email, p.phone, p.unit, p.tags.join(' '), p.address, p.notes]
      .join('\n')
      .toLocaleLowerCase(),
}

export const emptyPersonInput = (): PersonInput => ({
  name: '',
  email: '',
  phone: '',
  address: '',
  unit: '',
  tags: [],
  notes: '',
})

/** The editable part of a person (what the form shows). */
export const toPersonInput = (p: Person): PersonInput => ({
  name: p.name,
  email: p.email,
  phone: p.phone,
  address: p.address,
  unit: p.unit,
  tags: [...p.tags],
  notes: p.notes,
})
