/**
 * Writes people as an OSDI people collection (the JSON Action Network and Action Builder
 * speak). Standard OSDI fields carry what OSDI knows; everything else goes into `rhizome:*`
 * custom fields (all string values, as Action Network requires), so that `readOsdi` restores
 * every person exactly.
 */
import { splitName } from './draft'
import type { PersonExport } from './types'

/** Custom field keys Rhizome writes; `readOsdi` reads them back. */
export const RHIZOME_KEYS = {
  name: 'rhizome:name',
  unit: 'rhizome:unit',
  role: 'rhizome:role',
  tags: 'rhizome:tags',
  notes: 'rhizome:notes',
  stage: 'rhizome:stage',
  leader: 'rhizome:leader',
  assessment: 'rhizome:assessment',
  assessments: 'rhizome:assessments',
  relationships: 'rhizome:relationships',
  lastContact: 'rhizome:lastContact',
  custom: 'rhizome:custom',
} as const

export const RHIZOME_ID_PREFIX = 'rhizome:'

/** Separator of unit names in `rhizome:unit`. */
export const UNIT_SEPARATOR = ' > '

/** The latest time a Date can hold (±8.64e15 ms). */
const MAX_TIME = 8.64e15

function person(p: PersonExport): Record<string, unknown> {
  const { given, family } = splitName(p.name)
  const custom: Record<string, string> = {
    [RHIZOME_KEYS.name]: p.name,
    [RHIZOME_KEYS.unit]: p.unitPath.join(UNIT_SEPARATOR),
    [RHIZOME_KEYS.role]: p.role,
    [RHIZOME_KEYS.tags]: JSON.stringify(p.tags),
    [RHIZOME_KEYS.notes]: p.notes,
    [RHIZOME_KEYS.stage]: p.stage,
    [RHIZOME_KEYS.leader]: p.leader ? 'true' : 'false',
    [RHIZOME_KEYS.assessment]: String(p.assessment),
    [RHIZOME_KEYS.assessments]: JSON.stringify(
      p.assessments.map(({ value, at, by, reason }) => ({ value, at, by, reason })),
    ),
    [RHIZOME_KEYS.relationships]: JSON.stringify(
      p.relationships.map(({ kind, label, to }) => ({ kind, label, to })),
    ),
    [RHIZOME_KEYS.custom]: JSON.stringify(p.custom),
  }
  if (p.lastContactAt !== 0 && Number.isFinite(p.lastContactAt)) {
    if (Math.abs(p.lastContactAt) <= MAX_TIME) {
      custom[RHIZOME_KEYS.lastContact] = new Date(p.lastContactAt).toISOString()
    }
  }
  return {
    identifiers: p.sourceId === '' ? [] : [`${RHIZOME_ID_PREFIX}${p.sourceId}`],
    given_name: given,
    family_name: family,
    email_addresses: p.email === '' ? [] : [{ address: p.email, primary: true }],
    phone_numbers: p.phone === '' ? [] : [{ number: p.phone, primary: true }],
    postal_addresses: p.address === '' ? [] : [{ address_lines: [p.address], primary: true }],
    ...(p.role === '' ? {} : { job_title: p.role }),
    languages_spoken: [...p.languages],
    custom_fields: custom,
  }
}

export function toOsdi(people: readonly PersonExport[]): string {
  return JSON.stringify(
    { total_records: people.length, _embedded: { 'osdi:people': people.map(person) } },
    null,
    2,
  )
}
