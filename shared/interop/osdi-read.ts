/**
 * Reads OSDI people (Action Network, Action Builder): one person, an array of people, or a
 * HAL collection. Standard fields map to the person; `rhizome:*` custom fields (written by
 * `toOsdi`) restore what OSDI has no place for, each checked: a bad value is a `badValue`
 * issue for that entry, never a throw. `line` is the entry's number in the file, from 1.
 */
import { emptyDraft, lengthIssues, setOwn, splitPath, type DraftsResult } from './draft'
import { RHIZOME_ID_PREFIX, RHIZOME_KEYS, UNIT_SEPARATOR } from './osdi-write'
import { parseRhizomeFields } from './osdi-rhizome'
import { MAX_ROWS, type ImportIssue, type PersonDraft } from './types'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const str = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : ''

export function readOsdi(text: string): DraftsResult {
  let root: unknown
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, refusal: { code: 'unreadable' } }
  }
  const entries = entriesOf(root)
  if (entries === null) return { ok: false, refusal: { code: 'unreadable' } }
  if (entries.length === 0) return { ok: false, refusal: { code: 'empty' } }
  if (entries.length > MAX_ROWS) {
    return { ok: false, refusal: { code: 'tooManyRows', limit: MAX_ROWS } }
  }
  const drafts: PersonDraft[] = []
  const issues: ImportIssue[] = []
  entries.forEach((entry, index) => {
    const line = index + 1
    if (!isObject(entry)) {
      issues.push({ line, code: 'badValue' })
      return
    }
    const result = toDraft(entry, line)
    issues.push(...result.issues)
    if (result.draft) drafts.push(result.draft)
  })
  return { ok: true, drafts, issues }
}

function entriesOf(root: unknown): unknown[] | null {
  if (Array.isArray(root)) return root
  if (!isObject(root)) return null
  const embedded = root._embedded
  if (isObject(embedded)) {
    const people = embedded['osdi:people']
    return Array.isArray(people) ? people : []
  }
  return [root]
}

/** The primary entry of an OSDI list (email_addresses, phone_numbers…), else the first. */
function primary(list: unknown): Json | null {
  if (!Array.isArray(list)) return null
  const objects = list.filter(isObject)
  return objects.find((item) => item.primary === true) ?? objects[0] ?? null
}

function address(postal: Json | null): string {
  if (postal === null) return ''
  const lines = Array.isArray(postal.address_lines) ? postal.address_lines.map(str) : []
  const town = [str(postal.postal_code), str(postal.locality)]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ')
  return [...lines, town, str(postal.region), str(postal.country)]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ')
}

function toDraft(entry: Json, line: number): { draft: PersonDraft | null; issues: ImportIssue[] } {
  const draft = emptyDraft(line)
  const issues: ImportIssue[] = []
  const fields = isObject(entry.custom_fields) ? entry.custom_fields : {}
  const own = (key: string): unknown => (Object.hasOwn(fields, key) ? fields[key] : undefined)

  const given = str(entry.given_name).trim()
  const family = str(entry.family_name).trim()
  const fullName = own(RHIZOME_KEYS.name)
  draft.name =
    typeof fullName === 'string'
      ? fullName
      : [given, family].filter((part) => part !== '').join(' ')
  draft.email = str(primary(entry.email_addresses)?.address).trim()
  draft.phone = str(primary(entry.phone_numbers)?.number).trim()
  draft.address = address(primary(entry.postal_addresses))
  if (Array.isArray(entry.languages_spoken)) {
    draft.languages = entry.languages_spoken.filter(
      (language): language is string => typeof language === 'string' && language.trim() !== '',
    )
  }
  const unit = own(RHIZOME_KEYS.unit)
  draft.unitPath =
    typeof unit === 'string'
      ? unit
          .split(UNIT_SEPARATOR)
          .map((part) => part.trim())
          .filter((part) => part !== '')
      : splitPath(str(entry.work_department))
  const role = own(RHIZOME_KEYS.role)
  draft.role = typeof role === 'string' ? role : str(entry.job_title).trim()
  const employer = str(entry.employer).trim()
  if (employer !== '') setOwn(draft.custom, 'employer', employer)
  const identifiers = Array.isArray(entry.identifiers)
    ? entry.identifiers.filter((id): id is string => typeof id === 'string' && id !== '')
    : []
  const ours = identifiers.find((id) => id.startsWith(RHIZOME_ID_PREFIX))
  draft.sourceId =
    ours === undefined ? (identifiers[0] ?? '') : ours.slice(RHIZOME_ID_PREFIX.length)

  for (const key of Object.keys(fields)) {
    if (key.startsWith('rhizome:')) continue
    const value = fields[key]
    if (value === null || value === undefined || value === '') continue
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      setOwn(draft.custom, key, String(value))
    } else {
      issues.push({ line, code: 'badValue', column: `custom_fields.${key}` })
    }
  }
  issues.push(...parseRhizomeFields(own, draft))

  const tooLong = lengthIssues(draft, {
    name: typeof fullName === 'string' ? `custom_fields.${RHIZOME_KEYS.name}` : 'given_name',
    email: 'email_addresses',
    phone: 'phone_numbers',
    address: 'postal_addresses',
    unit: typeof unit === 'string' ? `custom_fields.${RHIZOME_KEYS.unit}` : 'work_department',
    role: typeof role === 'string' ? `custom_fields.${RHIZOME_KEYS.role}` : 'job_title',
    tags: `custom_fields.${RHIZOME_KEYS.tags}`,
    languages: 'languages_spoken',
    notes: `custom_fields.${RHIZOME_KEYS.notes}`,
    custom: (key) => `custom_fields.${key}`,
  })
  issues.push(...tooLong)
  if (draft.name.trim() === '') {
    issues.push({ line, code: 'noName' })
    return { draft: null, issues }
  }
  return { draft: tooLong.length > 0 ? null : draft, issues }
}
