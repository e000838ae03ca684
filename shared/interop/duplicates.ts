/**
 * Finds imported people who are probably already in the circle, or appear twice in the file:
 * same email (case-insensitive), same phone number (digits only), or same name (ignoring case,
 * accents and spacing). One pass with maps, so 100,000 rows take milliseconds.
 */
import type { PersonDraft } from './types'

export interface ExistingPerson {
  id: string
  name: string
  email: string
  phone: string
}

export interface DuplicateMatch {
  /** The draft's line. */
  line: number
  /** The existing person it matches, or null when it matches an earlier row of the file. */
  matchId: string | null
  /** The earlier row it matches, or null when it matches an existing person. */
  matchLine: number | null
  by: 'email' | 'phone' | 'name'
}

type By = DuplicateMatch['by']

export const emailKey = (email: string): string => email.trim().toLowerCase()

/** Digits only, "+49…" and "0049…" alike; '' for fewer than 6 digits (too short to compare). */
export function phoneKey(phone: string): string {
  let digits = ''
  let plus = false
  for (let i = 0; i < phone.length; i++) {
    const code = phone.charCodeAt(i)
    if (code >= 48 && code <= 57) digits += phone[i]
    else if (code === 43 && digits === '') plus = true
  }
  if (!plus && digits.startsWith('00')) digits = digits.slice(2)
  return digits.length >= 6 ? digits : ''
}

/** Only printable ASCII with single spaces: nothing to fold but case. */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/

/** "  Jürgen   MÜLLER " and "jurgen muller" compare equal. */
export function nameKey(name: string): string {
  if (PLAIN.test(name)) return name.toLowerCase()
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Map of key → first existing person id or earlier line, one per way of matching. */
interface Index<T> {
  email: Map<string, T>
  phone: Map<string, T>
  name: Map<string, T>
}

const newIndex = <T>(): Index<T> => ({ email: new Map(), phone: new Map(), name: new Map() })

const remember = <T>(map: Map<string, T>, key: string, value: T): void => {
  if (key !== '' && !map.has(key)) map.set(key, value)
}

/** The way the keys match an index (email before phone before name), or null. */
function lookUp<T>(
  index: Index<T>,
  email: string,
  phone: string,
  name: string,
): { by: By; value: T } | null {
  const byEmail = email === '' ? undefined : index.email.get(email)
  if (byEmail !== undefined) return { by: 'email', value: byEmail }
  const byPhone = phone === '' ? undefined : index.phone.get(phone)
  if (byPhone !== undefined) return { by: 'phone', value: byPhone }
  const byName = name === '' ? undefined : index.name.get(name)
  if (byName !== undefined) return { by: 'name', value: byName }
  return null
}

/**
 * The matching `findDuplicates` does, one draft at a time, for callers that give the event loop
 * a turn between slices of a large file: `match` checks a draft against the existing people,
 * then against the drafts it was given before, and remembers it.
 */
export class DuplicateFinder {
  private readonly known = newIndex<string>()
  private readonly earlier = newIndex<number>()

  constructor(existing: readonly ExistingPerson[]) {
    for (const person of existing) {
      remember(this.known.email, emailKey(person.email), person.id)
      remember(this.known.phone, phoneKey(person.phone), person.id)
      remember(this.known.name, nameKey(person.name), person.id)
    }
  }

  match(draft: Pick<PersonDraft, 'line' | 'name' | 'email' | 'phone'>): DuplicateMatch | null {
    const email = emailKey(draft.email)
    const phone = phoneKey(draft.phone)
    const name = nameKey(draft.name)
    let match: DuplicateMatch | null = null
    const existingMatch = lookUp(this.known, email, phone, name)
    if (existingMatch) {
      const { by, value } = existingMatch
      match = { line: draft.line, matchId: value, matchLine: null, by }
    } else {
      const rowMatch = lookUp(this.earlier, email, phone, name)
      if (rowMatch) {
        const { by, value } = rowMatch
        match = { line: draft.line, matchId: null, matchLine: value, by }
      }
    }
    remember(this.earlier.email, email, draft.line)
    remember(this.earlier.phone, phone, draft.line)
    remember(this.earlier.name, name, draft.line)
    return match
  }
}

/**
 * One match per draft that duplicates someone: existing people are checked before earlier
 * rows, and email before phone before name.
 */
export function findDuplicates(
  drafts: readonly Pick<PersonDraft, 'line' | 'name' | 'email' | 'phone'>[],
  existing: readonly ExistingPerson[],
): DuplicateMatch[] {
  const finder = new DuplicateFinder(existing)
  const matches: DuplicateMatch[] = []
  for (const draft of drafts) {
    const match = finder.match(draft)
    if (match) matches.push(match)
  }
  return matches
}
