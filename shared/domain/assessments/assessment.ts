import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

export const REASON_MAX = 500
/** 1 = organizer/leader on the committee … 5 = opposed (see ../shared/domain.md). */
export const ASSESSMENT_VALUES = [1, 2, 3, 4, 5] as const

/**
 * One assessment of a person's support, kept as history: the person's current assessment is
 * the latest one. Assessments made at once on two laptops are both kept.
 */
export const assessmentShape = {
  id: field.id(),
  personId: field.id(),
  value: field.int({ min: 1, max: 5, fallback: 3 }),
  /** Member id of who assessed. */
  by: field.ref(),
  at: field.timestamp(),
  reason: field.optionalText({ max: REASON_MAX }),
}
export type Assessment = Infer<typeof assessmentShape>

export const assessmentsCollection: CollectionDef<typeof assessmentShape> = {
  name: 'assessments',
  shape: assessmentShape,
  immutable: ['id', 'personId', 'value', 'by', 'at'],
  // Newest first within the collection order (zero-padded so text order is time order).
  sortKey: (a) => `${a.personId}:${String(a.at).padStart(16, '0')}:${a.id}`,
  searchText: (a) => a.reason.toLocaleLowerCase(),
}

/** The later of two assessments (ties broken by id, so every peer picks the same one). */
export const later = (a: Assessment, b: Assessment) =>
  a.at > b.at || (a.at === b.at && a.id > b.id) ? a : b
