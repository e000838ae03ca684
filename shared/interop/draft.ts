/**
 * Helpers every import format shares: an empty draft, the per-field length limits, and the
 * small text splitters (unit paths, tag lists) the formats agree on.
 */
import type { ImportIssue, ImportRefusal, PersonDraft } from './types'

/** Longest value (in UTF-16 code units) each field may hold; longer cells keep the row out. */
export const FIELD_LIMITS = {
  name: 200,
  email: 320,
  phone: 320,
  address: 500,
  unitPart: 120,
  role: 200,
  tag: 60,
  tags: 50,
  language: 60,
  notes: 20_000,
  custom: 2000,
} as const

export const emptyDraft = (line: number): PersonDraft => ({
  line,
  sourceId: '',
  name: '',
  email: '',
  phone: '',
  address: '',
  unitPath: [],
  role: '',
  tags: [],
  languages: [],
  notes: '',
  stage: 'none',
  leader: false,
  assessment: 0,
  assessments: [],
  relationships: [],
  custom: {},
  lastContactAt: 0,
})

/** Sets an own property even for keys such as `__proto__` (file content names the keys). */
export const setOwn = (record: Record<string, string>, key: string, value: string): void => {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

/** "Harbour > Night shift" or "Harbour / Night shift" → ['Harbour', 'Night shift']. */
export const splitPath = (text: string): string[] =>
  text
    .split(/[>/]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')

/** "a, b; c" → ['a', 'b', 'c'], without empty or repeated entries. */
export const splitList = (text: string): string[] => uniqueNonEmpty(text.split(/[,;]/))

export const uniqueNonEmpty = (items: readonly string[]): string[] => {
  const seen = new Set<string>()
  for (const item of items) {
    const trimmed = item.trim()
    if (trimmed !== '') seen.add(trimmed)
  }
  return [...seen]
}

/** Which column / property each draft field came from, for naming it in issues. */
export type FieldColumns = Partial<
  Record<
    'name' | 'email' | 'phone' | 'address' | 'unit' | 'role' | 'tags' | 'languages' | 'notes',
    string
  >
> & { custom?: (key: string) => string }

/**
 * `tooLong` issues for every field of the draft over its limit. A draft with any of these
 * must be kept out of the import (the domain would refuse it).
 */
export const lengthIssues = (draft: PersonDraft, columns: FieldColumns): ImportIssue[] => {
  const issues: ImportIssue[] = []
  const over = (field: keyof FieldColumns & string, fallback: string): void => {
    const column = columns[field]
    issues.push({
      line: draft.line,
      code: 'tooLong',
      column: typeof column === 'string' ? column : fallback,
    })
  }
  if (draft.name.length > FIELD_LIMITS.name) over('name', 'name')
  if (draft.email.length > FIELD_LIMITS.email) over('email', 'email')
  if (draft.phone.length > FIELD_LIMITS.phone) over('phone', 'phone')
  if (draft.address.length > FIELD_LIMITS.address) over('address', 'address')
  if (draft.unitPath.some((part) => part.length > FIELD_LIMITS.unitPart)) over('unit', 'unit')
  if (draft.role.length > FIELD_LIMITS.role) over('role', 'role')
  if (
    draft.tags.length > FIELD_LIMITS.tags ||
    draft.tags.some((tag) => tag.length > FIELD_LIMITS.tag)
  ) {
    over('tags', 'tags')
  }
  if (draft.languages.some((language) => language.length > FIELD_LIMITS.language)) {
    over('languages', 'languages')
  }
  if (draft.notes.length > FIELD_LIMITS.notes) over('notes', 'notes')
  for (const key of Object.keys(draft.custom)) {
    const value = draft.custom[key] ?? ''
    if (value.length > FIELD_LIMITS.custom) {
      issues.push({ line: draft.line, code: 'tooLong', column: columns.custom?.(key) ?? key })
    }
  }
  return issues
}

/** What the vCard and OSDI readers return: drafts and issues, or a refusal of the whole file. */
export type DraftsResult =
  { ok: true; drafts: PersonDraft[]; issues: ImportIssue[] } | { ok: false; refusal: ImportRefusal }

/** Best-effort split of a full name: the last word is the family name, the rest given names. */
export function splitName(name: string): { given: string; family: string } {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
  if (words.length < 2) return { given: words[0] ?? '', family: '' }
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] ?? '' }
}
