/**
 * Reads vCard 3.0 and 4.0 files (one or many cards) with ical.js. Each card is parsed on its
 * own, so one broken card is reported as `unreadable` and the others still come through.
 * `line` in drafts and issues is the card's number in the file, from 1.
 */
import ICAL from 'ical.js'
import {
  emptyDraft,
  lengthIssues,
  splitPath,
  uniqueNonEmpty,
  type DraftsResult,
  type FieldColumns,
} from './draft'
import { MAX_ROWS, type ImportIssue, type PersonDraft } from './types'

/** One jCard property: name, parameters, value type, then the value(s). */
type Prop = [name: string, params: unknown, type: string, ...values: unknown[]]

export function readVCards(text: string): DraftsResult {
  const split = splitCards(text)
  if (split === 'tooMany') return { ok: false, refusal: { code: 'tooManyRows', limit: MAX_ROWS } }
  if (split.length === 0) return { ok: false, refusal: { code: 'unreadable' } }
  const drafts: PersonDraft[] = []
  const issues: ImportIssue[] = []
  let readable = 0
  split.forEach((card, index) => {
    const number = index + 1
    const props = card === null ? null : parseCard(card)
    if (props === null) {
      issues.push({ line: number, code: 'unreadable' })
      return
    }
    readable++
    const result = toDraft(props, number)
    issues.push(...result.issues)
    if (result.draft) drafts.push(result.draft)
  })
  if (readable === 0) return { ok: false, refusal: { code: 'unreadable' } }
  return { ok: true, drafts, issues }
}

/** The text of each card, or null for a card that never ends; 'tooMany' over MAX_ROWS. */
function splitCards(text: string): (string | null)[] | 'tooMany' {
  const cards: (string | null)[] = []
  let current: string[] | null = null
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    const marker = line.trimEnd().toUpperCase()
    if (marker === 'BEGIN:VCARD') {
      if (current !== null) cards.push(null)
      if (cards.length >= MAX_ROWS) return 'tooMany'
      current = [line]
    } else if (current !== null) {
      current.push(line)
      if (marker === 'END:VCARD') {
        cards.push(current.join('\r\n'))
        current = null
      }
    }
  }
  if (current !== null) cards.push(null)
  return cards
}

function parseCard(card: string): Prop[] | null {
  let parsed: unknown
  try {
    parsed = ICAL.parse(card)
  } catch {
    return null
  }
  if (Array.isArray(parsed) && Array.isArray(parsed[0])) parsed = parsed[0]
  if (!Array.isArray(parsed) || parsed[0] !== 'vcard' || !Array.isArray(parsed[1])) return null
  return (parsed[1] as unknown[]).filter(
    (prop): prop is Prop =>
      Array.isArray(prop) && typeof prop[0] === 'string' && typeof prop[2] === 'string',
  )
}

/**
 * ical.js undoes `\,` `\\` `\n` in text values but leaves `\;` (vCard 3.0 and many writers
 * escape it), and leaves values of types it does not know (X- properties, LANG) untouched.
 */
function unescape(value: string, type: string): string {
  if (type === 'text' || type === 'phone-number') return value.replace(/\\;/g, ';')
  return value.replace(/\\([\\,;nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch))
}

/** Every value of the property as text (structured values flattened component by component). */
function texts(prop: Prop): string[] {
  const [, , type, ...values] = prop
  return values.flatMap((value) => flat(value)).map((value) => unescape(value, type))
}

/** The components of a structured value (N, ADR, ORG); multi-valued components joined. */
function components(prop: Prop): string[] {
  const [, , type, value] = prop
  const parts = Array.isArray(value) ? value : [value]
  return parts.map((part) =>
    flat(part)
      .map((text) => unescape(text, type))
      .join(', '),
  )
}

function flat(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)]
  if (Array.isArray(value)) return value.flatMap((item) => flat(item))
  return []
}

function toDraft(
  props: readonly Prop[],
  number: number,
): { draft: PersonDraft | null; issues: ImportIssue[] } {
  const all = (name: string): Prop[] => props.filter((prop) => prop[0].toLowerCase() === name)
  const firstText = (name: string): string => {
    for (const prop of all(name)) {
      const text = texts(prop).join(', ').trim()
      if (text !== '') return text
    }
    return ''
  }
  const draft = emptyDraft(number)
  const columns: FieldColumns = {}
  draft.name = firstText('fn')
  columns.name = 'FN'
  if (draft.name === '') {
    const n = all('n')[0]
    if (n) {
      const [family = '', given = '', additional = '', prefix = '', suffix = ''] = components(n)
      draft.name = [prefix, given, additional, family, suffix]
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .join(' ')
      columns.name = 'N'
    }
  }
  draft.sourceId = firstText('uid')
  draft.email = firstText('email').replace(/^mailto:/i, '')
  draft.phone = firstText('tel').replace(/^tel:/i, '')
  const adr = all('adr').find((prop) => components(prop).some((part) => part.trim() !== ''))
  if (adr) draft.address = joinAddress(components(adr))
  const department = firstText('x-department')
  const org = all('org')[0]
  if (department !== '') {
    draft.unitPath = splitPath(department)
    columns.unit = 'X-DEPARTMENT'
  } else if (org) {
    // ORG is "organisation;unit;sub-unit…": the units below the organisation are the path.
    draft.unitPath = components(org)
      .slice(1)
      .map((part) => part.trim())
      .filter((part) => part !== '')
    columns.unit = 'ORG'
  }
  draft.role = firstText('title')
  columns.role = 'TITLE'
  if (draft.role === '') {
    draft.role = firstText('role')
    columns.role = 'ROLE'
  }
  draft.tags = uniqueNonEmpty(all('categories').flatMap(texts))
  draft.languages = uniqueNonEmpty(all('lang').flatMap(texts))
  draft.notes = all('note')
    .map((prop) => texts(prop).join(', ').trim())
    .filter((note) => note !== '')
    .join('\n\n')
  const issues = lengthIssues(draft, {
    ...columns,
    email: 'EMAIL',
    phone: 'TEL',
    address: 'ADR',
    tags: 'CATEGORIES',
    languages: 'LANG',
    notes: 'NOTE',
  })
  if (draft.name === '') {
    issues.push({ line: number, code: 'noName' })
    return { draft: null, issues }
  }
  return { draft: issues.length > 0 ? null : draft, issues }
}

/** ADR components: post box, extended, street, locality, region, postal code, country. */
function joinAddress(parts: readonly string[]): string {
  const [
    box = '',
    extended = '',
    street = '',
    locality = '',
    region = '',
    code = '',
    country = '',
  ] = parts.map((part) => part.trim())
  const town = [code, locality].filter((part) => part !== '').join(' ')
  return [box, extended, street, town, region, country].filter((part) => part !== '').join(', ')
}
