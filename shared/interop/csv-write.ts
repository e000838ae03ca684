/**
 * Writes people as CSV a spreadsheet opens cleanly: RFC 4180 quoting, CRLF line ends, a UTF-8
 * byte-order mark (so Excel shows umlauts), and an apostrophe before any cell a spreadsheet
 * would run as a formula. `applyMapping` reads the file back (headers from EXPORT_COLUMNS).
 */
import Papa from 'papaparse'
import { EXPORT_COLUMNS, type FieldTarget } from './csv-headers'
import type { PersonExport } from './types'
import { formatDay, guardFormula } from './values'

const cellOf = (person: PersonExport, target: FieldTarget): string => {
  switch (target) {
    case 'name':
      return person.name
    case 'email':
      return person.email
    case 'phone':
      return person.phone
    case 'address':
      return person.address
    case 'unit':
      return person.unitPath.join(' > ')
    case 'role':
      return person.role
    case 'tags':
      return person.tags.join(', ')
    case 'languages':
      return person.languages.join(', ')
    case 'notes':
      return person.notes
    case 'assessment':
      return person.assessment >= 1 && person.assessment <= 5 ? String(person.assessment) : ''
    case 'stage':
      return person.stage
    case 'leader':
      return person.leader ? 'yes' : 'no'
    case 'lastContact':
      return formatDay(person.lastContactAt)
    case 'givenName':
    case 'familyName':
      return ''
  }
}

export function toCsv(
  people: readonly PersonExport[],
  customFieldNames: readonly string[],
): string {
  const fields = [...EXPORT_COLUMNS.map(([header]) => header), ...customFieldNames]
  const data = people.map((person) => [
    ...EXPORT_COLUMNS.map(([, target]) => cellOf(person, target)),
    ...customFieldNames.map((name) =>
      Object.hasOwn(person.custom, name) ? (person.custom[name] ?? '') : '',
    ),
  ])
  const csv = Papa.unparse(
    [fields, ...data].map((row) => row.map(guardFormula)),
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  )
  return `\uFEFF${csv}\r\n`
}
