/**
 * Plain types that import and export formats (CSV, vCard, OSDI) read and write. They know
 * nothing of Yjs or of the circle's collections: the domain turns a circle's people into
 * `PersonExport`s before export, and turns `PersonDraft`s into people after import.
 */

/** Ladder-of-engagement stages, in order (see shared/domain/people/person.ts). */
export const STAGES = [
  'none',
  'identified',
  'contacted',
  'talked',
  'committed',
  'active',
  'leading',
] as const
export type Stage = (typeof STAGES)[number]

export const RELATION_KINDS = ['knows', 'worksWith', 'family', 'influences', 'other'] as const
export type RelationKind = (typeof RELATION_KINDS)[number]

export interface AssessmentExport {
  /** 1 = organizer/leader … 5 = opposed. */
  value: number
  /** Milliseconds since the epoch. */
  at: number
  /** Display name of the member who assessed (empty when unknown). */
  by: string
  reason: string
}

export interface RelationshipExport {
  kind: RelationKind
  label: string
  /** `sourceId` of the other person in the same export or import. */
  to: string
}

/** Everything a circle holds about one person, resolved to plain values. */
export interface PersonExport {
  /** Stable identifier within the export (the person's id in the circle). */
  sourceId: string
  name: string
  email: string
  phone: string
  address: string
  /** Unit path from the top of the tree, e.g. ['Harbour', 'Night shift']. Empty: no unit. */
  unitPath: string[]
  role: string
  tags: string[]
  languages: string[]
  notes: string
  stage: Stage
  leader: boolean
  /** Current assessment 1-5, or 0 when not yet assessed. */
  assessment: number
  /** Assessment history, oldest first. */
  assessments: AssessmentExport[]
  relationships: RelationshipExport[]
  /** Custom field values by the custom field's name (dates as YYYY-MM-DD, numbers as text). */
  custom: Record<string, string>
  /** Milliseconds since the epoch; 0 when never contacted. */
  lastContactAt: number
}

/**
 * One person read from an import file. Fields the file did not have are empty; `line` is the
 * row (CSV, 1-based, counting the header as row 1), card (vCard) or entry (OSDI) it came from.
 */
export interface PersonDraft extends Omit<PersonExport, 'sourceId'> {
  line: number
  /** The identifier the source gave this person, if any (used to link relationships). */
  sourceId: string
}

export type ImportErrorCode =
  | 'tooLarge' // the file is over MAX_IMPORT_BYTES
  | 'binary' // the file is not text (NUL bytes, control characters)
  | 'empty' // no rows / cards / entries
  | 'tooManyColumns' // over MAX_COLUMNS
  | 'tooManyRows' // over MAX_ROWS
  | 'unreadable' // the format could not be parsed at all (broken JSON, no BEGIN:VCARD…)
  | 'raggedRow' // a CSV row with more or fewer cells than the header
  | 'unclosedQuote' // a CSV quote never closed
  | 'noName' // a row without any name
  | 'tooLong' // a cell over its field's limit
  | 'badAssessment' // an assessment that is not 1-5
  | 'badValue' // a value that does not fit its field (a stage, a date, a number…)

export interface ImportIssue {
  line: number
  code: ImportErrorCode
  /** The column or property concerned, as named in the file. */
  column?: string
}

/** Refusals of a whole file (nothing is imported). */
export interface ImportRefusal {
  code: ImportErrorCode
  limit?: number
}

export const MAX_IMPORT_BYTES = 64 * 1024 * 1024
export const MAX_COLUMNS = 500
export const MAX_ROWS = 250_000
