import { describe, expect, it } from 'vitest'
import { applyMapping, guessMapping } from '@shared/interop/csv-mapping'
import { readCsvSync } from '@shared/interop/csv-read'
import { toCsv } from '@shared/interop/csv-write'
import { decodeText } from '@shared/interop/encoding'
import { person } from './helpers'

const reimport = (csv: string, customFieldNames: string[] = []) => {
  const decoded = decodeText(new TextEncoder().encode(csv))
  if (!decoded.ok) throw new Error('not decoded')
  const table = readCsvSync(decoded.text)
  if (!table.ok) throw new Error(`refused: ${table.refusal.code}`)
  return applyMapping(table, guessMapping(table.headers, customFieldNames))
}

describe('toCsv', () => {
  it('writes a BOM, English headers, CRLF line ends and readable values', () => {
    const csv = toCsv(
      [
        person({
          name: 'Jürgen Weiß',
          email: 'j@example.org',
          unitPath: ['Harbour', 'Night shift'],
          tags: ['steward', 'nights'],
          languages: ['de', 'tr'],
          assessment: 2,
          stage: 'committed',
          leader: true,
          lastContactAt: Date.UTC(2024, 2, 5, 14, 30),
          custom: { Shift: 'Early' },
        }),
      ],
      ['Shift'],
    )
    expect(csv.startsWith('\uFEFFName,Email,Phone,')).toBe(true)
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFName,Email,Phone,Address,Unit,Role,Tags,Languages,Notes,Assessment,Stage,Leader,Last contact,Shift',
      'Jürgen Weiß,j@example.org,,,Harbour > Night shift,,"steward, nights","de, tr",,2,committed,yes,2024-03-05,Early',
      '',
    ])
  })

  it('quotes quotes, delimiters and line breaks (RFC 4180)', () => {
    const csv = toCsv([person({ name: 'Rosa "Red", the elder', notes: 'one\r\ntwo' })], [])
    expect(csv).toContain('"Rosa ""Red"", the elder"')
    expect(csv).toContain('"one\r\ntwo"')
  })

  it('puts an apostrophe before cells a spreadsheet would run as a formula', () => {
    const csv = toCsv(
      [
        person({
          name: '=HYPERLINK("http://evil.example","x")',
          email: '@SUM(1+1)',
          phone: '+49 170 1234567',
          notes: '-1+1',
          role: '\tTab',
          address: 'Street 1, =not a formula',
        }),
      ],
      [],
    )
    const row = csv.split('\r\n')[1]!
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(row).toContain("'@SUM(1+1)")
    expect(row).toContain("'+49 170 1234567")
    expect(row).toContain("'-1+1")
    expect(row).toContain('"Street 1, =not a formula"')
    expect(row).not.toMatch(/(^|,)[=+\-@]/)
  })

  it('round-trips formula-looking values through export and import', () => {
    const values = {
      name: '=cmd|" /C calc"!A0',
      email: '@evil',
      phone: '+49 (0)30 123456',
      notes: "-2+3\n'=already quoted",
      role: "'leading apostrophe",
    }
    const { drafts, issues } = reimport(toCsv([person(values)], []))
    expect(issues).toEqual([])
    expect(drafts[0]).toMatchObject(values)
  })

  it('round-trips what a CSV can hold', () => {
    const people = [
      person({
        name: 'Ayşe Demir 🌻',
        email: 'ayse@example.org',
        phone: '0171 2345678',
        address: 'Hafenstraße 12, 20457 Hamburg',
        unitPath: ['Harbour', 'Night shift'],
        role: 'Crane operator',
        tags: ['steward', 'nights'],
        languages: ['tr', 'de'],
        notes: 'Said "yes".\nCall after 6, never before.',
        assessment: 1,
        stage: 'leading',
        leader: true,
        lastContactAt: Date.UTC(2024, 1, 29),
        custom: { Shift: 'Late', 'T-shirt': 'L' },
      }),
      person({ name: 'Bo', custom: { Shift: 'Early' } }),
    ]
    const { drafts, issues } = reimport(toCsv(people, ['Shift', 'T-shirt']), ['Shift', 'T-shirt'])
    expect(issues).toEqual([])
    expect(drafts.map(({ line: _l, sourceId: _s, ...rest }) => rest)).toEqual(
      people.map(({ sourceId: _s, ...rest }) => rest),
    )
    expect(drafts.map((d) => d.line)).toEqual([2, 3])
  })

  it('writes only the header for no people', () => {
    expect(toCsv([], [])).toBe(
      '\uFEFFName,Email,Phone,Address,Unit,Role,Tags,Languages,Notes,Assessment,Stage,Leader,Last contact\r\n',
    )
  })
})
