/**
 * Which person field each CSV column holds: Rhizome's own export headers, the custom fields
 * of the circle, and the English and German headers other tools (Excel lists, Google and
 * Outlook contacts, union spreadsheets) commonly use.
 */

export type FieldTarget =
  | 'name'
  | 'givenName'
  | 'familyName'
  | 'email'
  | 'phone'
  | 'address'
  | 'unit'
  | 'role'
  | 'tags'
  | 'languages'
  | 'notes'
  | 'assessment'
  | 'stage'
  | 'leader'
  | 'lastContact'

export type MappingTarget = 'ignore' | FieldTarget | `custom:${string}`

/** The columns `toCsv` writes, in order, before the custom fields. */
export const EXPORT_COLUMNS: readonly (readonly [header: string, target: FieldTarget])[] = [
  ['Name', 'name'],
  ['Email', 'email'],
  ['Phone', 'phone'],
  ['Address', 'address'],
  ['Unit', 'unit'],
  ['Role', 'role'],
  ['Tags', 'tags'],
  ['Languages', 'languages'],
  ['Notes', 'notes'],
  ['Assessment', 'assessment'],
  ['Stage', 'stage'],
  ['Leader', 'leader'],
  ['Last contact', 'lastContact'],
]

/** Header spellings per field, compared after `headerKey` (no case, accents, spaces, dashes). */
const SYNONYMS: Record<FieldTarget, readonly string[]> = {
  name: ['name', 'full name', 'display name', 'contact name', 'person', 'vollständiger name'],
  givenName: ['first name', 'given name', 'forename', 'first', 'vorname', 'rufname'],
  familyName: ['last name', 'family name', 'surname', 'last', 'nachname', 'familienname'],
  email: [
    'email',
    'mail',
    'email address',
    'e-mail-adresse',
    'mailadresse',
    'primary email',
    'e-mail 1 - value',
  ],
  phone: [
    'phone',
    'phone number',
    'telephone',
    'tel',
    'telefon',
    'telefonnummer',
    'mobile',
    'mobile phone',
    'mobile number',
    'cell',
    'cell phone',
    'handy',
    'handynummer',
    'mobil',
    'mobilnummer',
    'mobiltelefon',
    'primary phone',
    'business phone',
    'home phone',
    'phone 1 - value',
  ],
  address: [
    'address',
    'adresse',
    'anschrift',
    'postal address',
    'street address',
    'street',
    'straße',
    'home address',
    'postanschrift',
    'wohnadresse',
    'home street',
    'address 1 - formatted',
  ],
  unit: [
    'unit',
    'department',
    'dept',
    'abteilung',
    'shift',
    'schicht',
    'team',
    'bereich',
    'arbeitsbereich',
    'section',
    'einheit',
    'station',
    'organization 1 - department',
  ],
  role: [
    'role',
    'job title',
    'position',
    'job',
    'rolle',
    'funktion',
    'beruf',
    'berufsbezeichnung',
    'tätigkeit',
    'stelle',
    'organization 1 - title',
  ],
  tags: [
    'tags',
    'tag',
    'labels',
    'label',
    'categories',
    'category',
    'kategorien',
    'kategorie',
    'schlagworte',
    'stichworte',
    'groups',
    'gruppen',
    'group membership',
  ],
  languages: ['languages', 'language', 'sprachen', 'sprache', 'languages spoken'],
  notes: [
    'notes',
    'note',
    'notizen',
    'notiz',
    'comments',
    'comment',
    'kommentar',
    'kommentare',
    'bemerkungen',
    'bemerkung',
    'anmerkungen',
    'anmerkung',
  ],
  assessment: ['assessment', 'rating', 'einschätzung', 'bewertung', 'score', 'einstufung'],
  stage: ['stage', 'stufe', 'phase', 'engagement', 'engagement stage', 'ladder stage'],
  leader: ['leader', 'leader/in', 'is leader', 'organic leader', 'führungsperson'],
  lastContact: [
    'last contact',
    'last contacted',
    'last contact date',
    'letzter kontakt',
    'zuletzt kontaktiert',
    'kontaktiert am',
  ],
}

/** "E-Mail-Adresse " → "emailadresse": no case, accents, spaces or punctuation. */
export const headerKey = (header: string): string =>
  header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '')

const BY_EXPORT_HEADER = new Map(
  EXPORT_COLUMNS.map(([header, target]) => [header.toLowerCase(), target]),
)
const BY_SYNONYM = new Map<string, FieldTarget>()
for (const [target, spellings] of Object.entries(SYNONYMS) as [FieldTarget, string[]][]) {
  for (const spelling of spellings) BY_SYNONYM.set(headerKey(spelling), target)
}

/**
 * A best guess of what each column holds. Each field is chosen for one column at most (the
 * first that fits); a header naming a custom field maps to it, case-insensitively. Columns
 * nothing fits are 'ignore'.
 */
export function guessMapping(
  headers: readonly string[],
  customFieldNames: readonly string[],
): MappingTarget[] {
  const customExact = new Map<string, string>()
  const customLoose = new Map<string, string>()
  for (const name of customFieldNames) {
    const exact = name.trim().toLowerCase()
    if (exact !== '' && !customExact.has(exact)) customExact.set(exact, name)
    const loose = headerKey(name)
    if (loose !== '' && !customLoose.has(loose)) customLoose.set(loose, name)
  }
  const used = new Set<MappingTarget>()
  return headers.map((header) => {
    const exact = header.trim().toLowerCase()
    const loose = headerKey(header)
    const customName = customExact.get(exact)
    const looseCustom = customLoose.get(loose)
    const candidates: (MappingTarget | undefined)[] = [
      BY_EXPORT_HEADER.get(exact),
      customName === undefined ? undefined : `custom:${customName}`,
      BY_SYNONYM.get(loose),
      looseCustom === undefined ? undefined : `custom:${looseCustom}`,
    ]
    const target = candidates.find((c) => c !== undefined && !used.has(c))
    if (target === undefined) return 'ignore'
    used.add(target)
    return target
  })
}
