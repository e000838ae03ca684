import { describe, expect, it } from 'vitest'
import { readCsvSync, uniqueHeaders } from '@shared/interop/csv-read'
import { decodeText } from '@shared/interop/encoding'
import { MAX_COLUMNS, MAX_ROWS } from '@shared/interop/types'
import { fixtureBytes, fixtureText } from './helpers'

const table = (text: string) => {
  const result = readCsvSync(text)
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`)
  return result
}

describe('readCsvSync', () => {
  it('reads comma-, semicolon-, tab- and pipe-delimited files', () => {
    for (const delimiter of [',', ';', '\t', '|']) {
      const text = ['Name', 'Email', 'Notes'].join(delimiter) + '\r\n'
      const row = [
        'Ada Lovelace',
        'ada@example.org',
        'first, second; third'.replace(delimiter, ' '),
      ]
      const csv = table(text + row.join(delimiter) + '\r\n')
      expect(csv.headers).toEqual(['Name', 'Email', 'Notes'])
      expect(csv.rows).toEqual([{ line: 2, cells: row }])
    }
  })

  it('reads a German semicolon file', () => {
    const csv = table(fixtureText('semicolon-de.csv'))
    expect(csv.headers[2]).toBe('E-Mail')
    expect(csv.headers).toHaveLength(12)
    expect(csv.rows.map((row) => row.cells[0])).toEqual(['Jürgen', 'Ayşe', 'Lena'])
    expect(csv.rows[0]!.cells[6]).toBe('Deutsch, Türkisch')
    expect(csv.issues).toEqual([])
  })

  it('reads a Windows-1252 file once decoded', () => {
    const decoded = decodeText(fixtureBytes('cp1252-export.csv'))
    if (!decoded.ok) throw new Error('not decoded')
    const csv = table(decoded.text)
    expect(csv.rows[0]!.cells).toEqual(['Jörg Müller', 'Straße 5, Köln', 'Größe: 1,80 m – 3€'])
  })

  it('keeps quotes, delimiters and newlines inside quoted fields', () => {
    const csv = table(fixtureText('hostile-quotes-newlines.csv'))
    expect(csv.rows[0]).toEqual({
      line: 2,
      cells: ['Rosa "Red" Luxemburg', 'First line\nsecond line, with comma\nthird line', 'a, b'],
    })
    expect(csv.rows[1]).toEqual({ line: 3, cells: ['Karl, the elder', 'plain', 'c'] })
    expect(csv.rows[2]!.cells[1]).toBe('She said: "Solidarity!"')
  })

  it('reports an unclosed quote and keeps that row out', () => {
    const csv = table(fixtureText('hostile-quotes-newlines.csv'))
    expect(csv.rows).toHaveLength(3)
    expect(csv.issues).toEqual([{ line: 5, code: 'unclosedQuote' }])
  })

  it('reports ragged rows with their line numbers and keeps them out', () => {
    const csv = table(fixtureText('hostile-ragged.csv'))
    expect(csv.issues).toEqual([
      { line: 3, code: 'raggedRow' },
      { line: 4, code: 'raggedRow' },
    ])
    expect(csv.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, 'Ada Lovelace'],
      [5, 'Carla Diaz'],
    ])
  })

  it('counts lines like a spreadsheet: blank rows count, a quoted newline does not', () => {
    const csv = table('\uFEFFName,Notes\r\n\r\n"Ada","a\nb"\r\n,\r\nBob,x\r\n')
    expect(csv.headers).toEqual(['Name', 'Notes'])
    expect(csv.rows.map((row) => row.line)).toEqual([3, 5])
  })

  it('accepts trailing empty cells beyond the header', () => {
    const csv = table('Name,Email\nAda,ada@example.org,,\n')
    expect(csv.rows[0]!.cells).toEqual(['Ada', 'ada@example.org'])
    expect(csv.issues).toEqual([])
  })

  it('trims header names and makes blank and repeated ones unique', () => {
    expect(uniqueHeaders([' Name ', '', 'Email', 'email', 'Email', ''])).toEqual([
      'Name',
      'Column 2',
      'Email',
      'email (2)',
      'Email (3)',
      'Column 6',
    ])
  })

  it('refuses files without data rows', () => {
    expect(readCsvSync('')).toEqual({ ok: false, refusal: { code: 'empty' } })
    expect(readCsvSync('Name,Email\r\n\r\n,\r\n')).toEqual({
      ok: false,
      refusal: { code: 'empty' },
    })
  })

  it('refuses a header with an unclosed quote', () => {
    expect(readCsvSync('"Name,Email\nAda,ada@example.org\n')).toEqual({
      ok: false,
      refusal: { code: 'unclosedQuote' },
    })
  })

  it('refuses too many columns before parsing a million-column line', () => {
    const line = 'x,'.repeat(1_000_000)
    expect(readCsvSync(`${line}\n${line}\n`)).toEqual({
      ok: false,
      refusal: { code: 'tooManyColumns', limit: MAX_COLUMNS },
    })
    const wide = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(';')
    expect(readCsvSync(`${wide}\n${wide}\n`)).toMatchObject({ refusal: { code: 'tooManyColumns' } })
    const widest = Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(';')
    expect(readCsvSync(`${widest}\n${widest}\n`).ok).toBe(true)
  })

  it('refuses too many rows', () => {
    const text = `Name\n${'a\n'.repeat(MAX_ROWS + 1)}`
    expect(readCsvSync(text)).toEqual({
      ok: false,
      refusal: { code: 'tooManyRows', limit: MAX_ROWS },
    })
  })
})
