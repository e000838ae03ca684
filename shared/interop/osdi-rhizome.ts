/**
 * Checks and restores the `rhizome:*` custom fields of an OSDI person. Every value comes from
 * a file and may be anything: each is validated, and a value that does not fit is reported as
 * `badValue` (or `badAssessment`) for that field while the rest of the person still imports.
 */
import { setOwn } from './draft'
import { RHIZOME_KEYS } from './osdi-write'
import {
  RELATION_KINDS,
  STAGES,
  type AssessmentExport,
  type ImportIssue,
  type PersonDraft,
  type RelationshipExport,
} from './types'

type Field = (key: string) => unknown

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const stringList = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null

function assessmentsOf(value: unknown): AssessmentExport[] | null {
  if (!Array.isArray(value)) return null
  const out: AssessmentExport[] = []
  for (const item of value) {
    if (!isRecord(item)) return null
    const { value: score, at, by, reason } = item
    if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) return null
    if (typeof at !== 'number' || !Number.isFinite(at)) return null
    if (typeof by !== 'string' || typeof reason !== 'string') return null
    out.push({ value: score, at, by, reason })
  }
  return out
}

function relationshipsOf(value: unknown): RelationshipExport[] | null {
  if (!Array.isArray(value)) return null
  const out: RelationshipExport[] = []
  for (const item of value) {
    if (!isRecord(item)) return null
    const { kind, label, to } = item
    const known = RELATION_KINDS.find((k) => k === kind)
    if (known === undefined || typeof label !== 'string' || typeof to !== 'string') return null
    out.push({ kind: known, label, to })
  }
  return out
}

function timeOf(text: string): number | null {
  if (text === '') return 0
  if (/^-?\d+$/.test(text)) {
    const ms = Number(text)
    return Number.isSafeInteger(ms) ? ms : null
  }
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) return null
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? null : ms
}

/** Restores the rhizome:* fields into the draft; returns the issues for values that do not fit. */
export function parseRhizomeFields(field: Field, draft: PersonDraft): ImportIssue[] {
  const issues: ImportIssue[] = []
  const bad = (key: string, code: ImportIssue['code'] = 'badValue'): void => {
    issues.push({ line: draft.line, code, column: `custom_fields.${key}` })
  }
  /** The field as text; undefined when absent, null (and an issue) when not a string. */
  const text = (key: string): string | undefined | null => {
    const value = field(key)
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string') return value
    bad(key)
    return null
  }
  /** The field parsed as JSON and checked; undefined when absent or bad (bad is reported). */
  const json = <T>(key: string, check: (value: unknown) => T | null): T | undefined => {
    const raw = text(key)
    if (typeof raw !== 'string' || raw === '') return undefined
    const checked = check(parseJson(raw))
    if (checked === null) bad(key)
    return checked ?? undefined
  }

  const tags = json(RHIZOME_KEYS.tags, stringList)
  if (tags) draft.tags = tags
  const notes = text(RHIZOME_KEYS.notes)
  if (typeof notes === 'string') draft.notes = notes

  const stage = text(RHIZOME_KEYS.stage)
  if (typeof stage === 'string' && stage !== '') {
    const known = STAGES.find((s) => s === stage)
    if (known === undefined) bad(RHIZOME_KEYS.stage)
    else draft.stage = known
  }
  const leader = text(RHIZOME_KEYS.leader)
  if (leader === 'true' || leader === 'false') draft.leader = leader === 'true'
  else if (typeof leader === 'string' && leader !== '') bad(RHIZOME_KEYS.leader)

  const assessment = text(RHIZOME_KEYS.assessment)
  if (typeof assessment === 'string' && assessment !== '') {
    if (/^[0-5]$/.test(assessment)) draft.assessment = Number(assessment)
    else bad(RHIZOME_KEYS.assessment, 'badAssessment')
  }
  const assessments = json(RHIZOME_KEYS.assessments, assessmentsOf)
  if (assessments) draft.assessments = assessments
  const relationships = json(RHIZOME_KEYS.relationships, relationshipsOf)
  if (relationships) draft.relationships = relationships

  const lastContact = text(RHIZOME_KEYS.lastContact)
  if (typeof lastContact === 'string') {
    const ms = timeOf(lastContact.trim())
    if (ms === null) bad(RHIZOME_KEYS.lastContact)
    else draft.lastContactAt = ms
  }
  const custom = json(RHIZOME_KEYS.custom, (value) => (isRecord(value) ? value : null))
  if (custom) {
    for (const key of Object.keys(custom)) {
      const value = custom[key]
      if (typeof value === 'string') setOwn(draft.custom, key, value)
      else bad(`${RHIZOME_KEYS.custom}.${key}`)
    }
  }
  return issues
}
