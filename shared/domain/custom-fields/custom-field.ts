import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'choice'] as const
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number]
export const CUSTOM_FIELD_NAME_MAX = 80
export const CUSTOM_FIELDS_MAX = 100

/** A field the circle defines for its people (text, number, date or a choice of options). */
export const customFieldShape = {
  id: field.id(),
  name: field.text({ min: 1, max: CUSTOM_FIELD_NAME_MAX }),
  type: field.oneOf(CUSTOM_FIELD_TYPES, 'text'),
  choices: field.textList({ maxItems: 50, maxLength: 80 }),
  createdAt: field.timestamp(),
}
export type CustomField = Infer<typeof customFieldShape>

export const customFieldsCollection: CollectionDef<typeof customFieldShape> = {
  name: 'customFields',
  shape: customFieldShape,
  immutable: ['id', 'createdAt'],
  sortKey: (f) => `${String(f.createdAt).padStart(16, '0')}:${f.id}`,
  searchText: (f) => f.name.toLocaleLowerCase(),
}

/**
 * Checks a value typed for a custom field and returns what to store (a number for number
 * fields, YYYY-MM-DD for dates, one of the choices), '' to clear, or null when it does not fit.
 */
export function customValue(def: CustomField, input: string): string | number | null {
  const v = input.trim()
  if (v === '') return ''
  switch (def.type) {
    case 'number': {
      const n = Number(v.replace(',', '.'))
      return Number.isFinite(n) ? n : null
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : null
    case 'choice':
      return def.choices.find((c) => c.toLocaleLowerCase() === v.toLocaleLowerCase()) ?? null
    default:
      return v.length <= 2000 ? v : null
  }
}
