/**
 * What an import file's drafts must satisfy before they become people: the limits of the
 * person record (stricter than the formats' own in places: a role of 120 characters, at most
 * 20 languages of 40), the circle's custom fields (a number field takes numbers), assessments
 * of 1-5. A draft that cannot be stored is kept out with an issue; a single value that does not
 * fit is dropped with an issue and the rest of the person still imports.
 */
import { setOwn, uniqueNonEmpty } from '../../interop/draft'
import { STAGES, type ImportIssue, type PersonDraft } from '../../interop/types'
import { REASON_MAX } from '../assessments/assessment'
import type { CircleSession } from '../circle/session'
import { CUSTOM_FIELD_NAME_MAX, customValue, type CustomField } from '../custom-fields/custom-field'
import { RELATION_LABEL_MAX } from '../relationships/relationship'
import { PERSON_LIMITS } from './person'

/** The latest time a Date can hold; later timestamps are refused by the record schema. */
const MAX_TIME = 8.64e15

/** The name a custom field created for an imported column gets ('' when it has none). */
export const customFieldName = (name: string): string =>
  name.trim().slice(0, CUSTOM_FIELD_NAME_MAX).trim()

const fieldKey = (name: string): string => customFieldName(name).toLocaleLowerCase()

/** The circle's custom fields by name: exactly, else ignoring case and outer spaces. */
export class CustomFieldIndex {
  private readonly exact = new Map<string, CustomField>()
  private readonly loose = new Map<string, CustomField>()

  constructor(session: CircleSession) {
    for (const field of session.customFields.getSnapshot()) this.add(field)
  }

  add(field: CustomField): void {
    if (!this.exact.has(field.name)) this.exact.set(field.name, field)
    const key = fieldKey(field.name)
    if (!this.loose.has(key)) this.loose.set(key, field)
  }

  find(name: string): CustomField | undefined {
    return this.exact.get(name) ?? this.loose.get(fieldKey(name))
  }
}

/** Longer than `max` once trimmed (as the record stores it). */
const longer = (text: string, max: number): boolean => text.length > max && text.trim().length > max

/** More distinct entries than `maxItems`, or an entry longer than `maxLength`. */
function listOver(list: readonly string[], maxItems: number, maxLength: number): boolean {
  for (const item of list) if (longer(item, maxLength)) return true
  return list.length > maxItems && uniqueNonEmpty(list).length > maxItems
}

const isTime = (ms: number): boolean => Number.isFinite(ms) && ms >= 0 && ms < MAX_TIME

/** The fields of a draft held to a length limit, with the limit the person record sets. */
const TEXT_LIMITS = [
  ['email', PERSON_LIMITS.contact],
  ['phone', PERSON_LIMITS.contact],
  ['address', PERSON_LIMITS.address],
  ['role', PERSON_LIMITS.role],
  ['notes', PERSON_LIMITS.notes],
] as const

/**
 * Checks drafts one by one: `check` returns the draft as it can be stored, or null when it
 * cannot (the reasons go to `issues`). The draft is copied only when something in it has to
 * change. Names of custom fields the circle does not have yet are collected in `newFields`
 * (lower-cased name → name). (A class rather than closures: 100,000 drafts a second.)
 */
export class DraftChecker {
  /** Lower-cased name → name of each custom field the import will have to create. */
  readonly newFields = new Map<string, string>()

  constructor(
    private readonly fields: CustomFieldIndex,
    private readonly issues: ImportIssue[],
  ) {}

  private issue(line: number, code: ImportIssue['code'], column?: string): void {
    this.issues.push(column === undefined ? { line, code } : { line, code, column })
  }

  check(draft: PersonDraft): PersonDraft | null {
    const { line } = draft
    const name = draft.name.trim()
    if (name === '') {
      this.issue(line, 'noName')
      return null
    }
    let refused = false
    if (longer(name, PERSON_LIMITS.name)) {
      this.issue(line, 'tooLong', 'name')
      refused = true
    }
    for (const [key, limit] of TEXT_LIMITS) {
      if (!longer(draft[key], limit)) continue
      this.issue(line, 'tooLong', key)
      refused = true
    }
    if (listOver(draft.tags, PERSON_LIMITS.tags, PERSON_LIMITS.tag)) {
      this.issue(line, 'tooLong', 'tags')
      refused = true
    }
    if (listOver(draft.languages, PERSON_LIMITS.languages, PERSON_LIMITS.language)) {
      this.issue(line, 'tooLong', 'languages')
      refused = true
    }
    if (refused) return null

    let copy: PersonDraft | null = null
    if (!STAGES.includes(draft.stage)) {
      this.issue(line, 'badValue', 'stage')
      copy = { ...draft, stage: 'none' }
    }
    if (!Number.isInteger(draft.assessment) || draft.assessment < 0 || draft.assessment > 5) {
      this.issue(line, 'badAssessment', 'assessment')
      copy = { ...(copy ?? draft), assessment: 0 }
    }
    if (draft.lastContactAt !== 0 && !isTime(draft.lastContactAt)) {
      this.issue(line, 'badValue', 'lastContact')
      copy = { ...(copy ?? draft), lastContactAt: 0 }
    }
    if (draft.assessments.length > 0) {
      const assessments = this.assessments(draft)
      if (assessments) copy = { ...(copy ?? draft), assessments }
    }
    if (draft.relationships.length > 0) {
      const relationships = this.relationships(draft)
      if (relationships) copy = { ...(copy ?? draft), relationships }
    }
    const custom = this.custom(draft)
    if (custom) copy = { ...(copy ?? draft), custom }
    return copy ?? draft
  }

  /** The assessments that fit, or null when all do. */
  private assessments(draft: PersonDraft): PersonDraft['assessments'] | null {
    const kept = draft.assessments.filter((a) => {
      if (!Number.isInteger(a.value) || a.value < 1 || a.value > 5 || !isTime(a.at)) {
        this.issue(draft.line, 'badAssessment', 'assessments')
        return false
      }
      if (longer(a.reason, REASON_MAX)) {
        this.issue(draft.line, 'tooLong', 'assessments')
        return false
      }
      return true
    })
    return kept.length === draft.assessments.length ? null : kept
  }

  /** The relationships that fit, or null when all do. */
  private relationships(draft: PersonDraft): PersonDraft['relationships'] | null {
    const kept = draft.relationships.filter((r) => {
      if (!longer(r.label, RELATION_LABEL_MAX)) return true
      this.issue(draft.line, 'tooLong', 'relationships')
      return false
    })
    return kept.length === draft.relationships.length ? null : kept
  }

  /** The custom values that fit their field, or null when all do. */
  private custom(draft: PersonDraft): Record<string, string> | null {
    let dropped: Set<string> | null = null
    for (const key of Object.keys(draft.custom)) {
      const value = draft.custom[key] ?? ''
      const field = this.fields.find(key)
      let problem: ImportIssue['code'] | null = null
      if (field) {
        if (customValue(field, value) === null) {
          problem = field.type === 'text' ? 'tooLong' : 'badValue'
        }
      } else {
        const fieldName = customFieldName(key)
        const lower = fieldKey(fieldName)
        if (fieldName === '') problem = 'badValue'
        else if (longer(value, PERSON_LIMITS.customValue)) problem = 'tooLong'
        else if (!this.newFields.has(lower)) this.newFields.set(lower, fieldName)
      }
      if (problem === null) continue
      this.issue(draft.line, problem, key)
      dropped ??= new Set()
      dropped.add(key)
    }
    if (dropped === null) return null
    const custom: Record<string, string> = {}
    for (const key of Object.keys(draft.custom)) {
      if (!dropped.has(key)) setOwn(custom, key, draft.custom[key] ?? '')
    }
    return custom
  }
}
