/**
 * Writes people as vCard 3.0 or 4.0 for phones and address books: escaped text values, lines
 * folded at 75 octets, CRLF line ends. Units go into ORG below an empty organisation name, so
 * that `readVCards` (which takes ORG's units as the unit path) reads them back unchanged.
 */
import { splitName } from './draft'
import type { PersonExport } from './types'

export type VCardVersion = '3.0' | '4.0'

const MAX_OCTETS = 75

/** Escapes a text value: backslash, comma, semicolon and line breaks. */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

/** UTF-8 length of one code point. */
const octetsOf = (char: string): number => {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/** Folds a content line so no physical line is over 75 octets, never inside a character. */
export function foldLine(line: string): string {
  if (line.length * 3 <= MAX_OCTETS) return line
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = octetsOf(char)
    if (octets + size > MAX_OCTETS) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join('\r\n')
}

function card(person: PersonExport, version: VCardVersion): string[] {
  const lines = ['BEGIN:VCARD', `VERSION:${version}`, 'PRODID:-//Rhizome//Rhizome//EN']
  const add = (name: string, value: string): void => {
    if (value !== '') lines.push(`${name}:${value}`)
  }
  add('UID', escapeText(person.sourceId))
  lines.push(`FN:${escapeText(person.name)}`)
  const { given, family } = splitName(person.name)
  lines.push(`N:${escapeText(family)};${escapeText(given)};;;`)
  add(version === '3.0' ? 'EMAIL;TYPE=INTERNET' : 'EMAIL', escapeText(person.email))
  add('TEL', escapeText(person.phone))
  if (person.address !== '') add('ADR', `;;${escapeText(person.address)};;;;`)
  if (person.unitPath.length > 0) add('ORG', `;${person.unitPath.map(escapeText).join(';')}`)
  add('TITLE', escapeText(person.role))
  add('CATEGORIES', person.tags.map(escapeText).join(','))
  if (version === '4.0') {
    person.languages.forEach((language, index) => {
      add(`LANG;PREF=${Math.min(index + 1, 100)}`, escapeText(language))
    })
  }
  add('NOTE', escapeText(person.notes))
  lines.push('END:VCARD')
  return lines
}

export function toVCards(people: readonly PersonExport[], version: VCardVersion): string {
  return people
    .flatMap((person) => card(person, version))
    .map(foldLine)
    .map((line) => `${line}\r\n`)
    .join('')
}
