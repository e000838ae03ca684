import { describe, expect, it } from 'vitest'
import { foldLine, readVCards, toVCards } from '@shared/interop/vcard'
import { fixtureText, person } from './helpers'

const read = (text: string) => {
  const result = readVCards(text)
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`)
  return result
}

const octets = (line: string): number => new TextEncoder().encode(line).length

describe('readVCards', () => {
  it('reads vCard 3.0 cards from an address book export', () => {
    const { drafts, issues } = read(fixtureText('contacts-3.0.vcf'))
    expect(issues).toEqual([])
    expect(drafts).toHaveLength(3)
    expect(drafts[0]).toMatchObject({
      line: 1,
      sourceId: '4F2C1B6A-9B43-4B8E-8B0E-1D2A3C4D5E6F',
      name: 'Dr. Anna Maria Müller',
      email: 'anna.mueller@example.org',
      phone: '+49 170 1234567',
      address: 'Hafenstraße 12, Hinterhaus, 20457 Hamburg, Deutschland',
      unitPath: ['Lager', 'Nachtschicht'],
      role: 'Staplerfahrerin',
      tags: ['Vertrauensleute', 'Nachtschicht, Tor 3'],
      notes:
        'Hat beim Treffen am 3.3. gesprochen.\nWill Kolleg:innen aus dem Lager mitbringen; fragt nach Schichtplan.',
    })
    expect(drafts[1]).toMatchObject({ line: 2, name: 'Emre Yılmaz', unitPath: ['Werkstatt'] })
    expect(drafts[2]).toMatchObject({
      name: 'Chidi Okafor',
      unitPath: ['Verwaltung', 'Einkauf'],
      role: 'Sachbearbeiter',
    })
  })

  it('reads vCard 4.0 cards: LANG, tel: URIs, ROLE, folded lines', () => {
    const { drafts, issues } = read(fixtureText('contacts-4.0.vcf'))
    expect(issues).toEqual([])
    expect(drafts[0]).toMatchObject({
      name: 'Fatima Haddad',
      email: 'fatima.haddad@example.org',
      phone: '+44-7700-900123',
      address: '12 Elm Row, LS1 4AB Leeds, United Kingdom',
      unitPath: ['Ward 4B', 'Nights'],
      role: 'Nurse',
      languages: ['ar', 'en'],
      tags: ['steward', 'nights'],
      notes: 'Prefers WhatsApp, never calls before noon.',
    })
    expect(drafts[1]).toMatchObject({
      name: 'José García-Núñez 🌻',
      notes:
        'Long note that goes on and on about the campaign so that it has to be folded over more than one line by the writing application.',
    })
  })

  it('uses N when a card has no FN, and reports cards without any name', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Zetkin;Clara;Josephine;;',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'EMAIL:nobody@example.org',
      'END:VCARD',
    ].join('\r\n')
    const { drafts, issues } = read(text)
    expect(drafts.map((d) => d.name)).toEqual(['Clara Josephine Zetkin'])
    expect(issues).toEqual([{ line: 2, code: 'noName' }])
  })

  it('reports a card ical.js cannot read and goes on with the others', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Good One',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Broken',
      'THIS LINE HAS NO COLON',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Good Two',
      'END:VCARD',
      'BEGIN:VCARD',
      'FN:Never ends',
    ].join('\n')
    const { drafts, issues } = read(text)
    expect(drafts.map((d) => [d.line, d.name])).toEqual([
      [1, 'Good One'],
      [3, 'Good Two'],
    ])
    expect(issues).toEqual([
      { line: 2, code: 'unreadable' },
      { line: 4, code: 'unreadable' },
    ])
  })

  it('refuses files with no readable card', () => {
    expect(readVCards('Name,Email\nAda,ada@example.org')).toEqual({
      ok: false,
      refusal: { code: 'unreadable' },
    })
    expect(readVCards('BEGIN:VCARD\nVERSION:2.1\nTEL;CELL:123\nEND:VCARD\n')).toEqual({
      ok: false,
      refusal: { code: 'unreadable' },
    })
  })

  it('keeps out cards with a value over its limit', () => {
    const text = `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nEMAIL:${'x'.repeat(321)}\r\nEND:VCARD\r\n`
    const { drafts, issues } = read(text)
    expect(drafts).toEqual([])
    expect(issues).toEqual([{ line: 1, code: 'tooLong', column: 'EMAIL' }])
  })
})

describe('toVCards', () => {
  const people = [
    person({
      sourceId: 'p-1',
      name: 'Rosa "Red" Luxemburg; the elder, 🌹',
      email: 'rosa@example.org',
      phone: '+49 30 123456',
      address: 'Hafenstraße 12; Hinterhaus, 20457 Hamburg',
      unitPath: ['Harbour, North', 'Night shift; B'],
      role: 'Steward\\Deputy',
      tags: ['steward', 'nights, weekends'],
      languages: ['de', 'pl'],
      notes: `Line one\nLine two, with comma; and semicolon\\ and backslash.${' Ünïcödé'.repeat(20)}`,
    }),
    person({ sourceId: 'p-2', name: 'Bo' }),
  ]

  it('writes CRLF lines folded at 75 octets', () => {
    const text = toVCards(people, '4.0')
    expect(text.endsWith('END:VCARD\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    expect(text).toContain('FN:Rosa "Red" Luxemburg\\; the elder\\, 🌹\r\n')
    expect(text).toContain('N:🌹;Rosa "Red" Luxemburg\\; the elder\\,;;;\r\n')
    expect(text).toContain('ORG:;Harbour\\, North;Night shift\\; B\r\n')
    expect(text).toContain('CATEGORIES:steward,nights\\, weekends\r\n')
    expect(text).toContain('LANG;PREF=1:de\r\nLANG;PREF=2:pl\r\n')
    expect(text).toContain('TITLE:Steward\\\\Deputy\r\n')
  })

  it('folds without splitting a character', () => {
    const line = `NOTE:${'ä'.repeat(40)}🌻${'€'.repeat(30)}`
    const folded = foldLine(line).split('\r\n')
    expect(folded.every((part) => octets(part) <= 75)).toBe(true)
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line)
  })

  it('round-trips through readVCards in 4.0 and 3.0', () => {
    for (const version of ['4.0', '3.0'] as const) {
      const { drafts, issues } = read(toVCards(people, version))
      expect(issues).toEqual([])
      const keep = ['sourceId', 'name', 'email', 'phone', 'address', 'unitPath', 'role', 'tags']
      const pick = (p: object) =>
        Object.fromEntries(Object.entries(p).filter(([key]) => keep.includes(key)))
      expect(drafts.map(pick)).toEqual(people.map(pick))
      expect(drafts.map((d) => d.notes)).toEqual(people.map((p) => p.notes))
      expect(drafts[0]!.languages).toEqual(version === '4.0' ? ['de', 'pl'] : [])
    }
  })

  it('writes 3.0 cards with N and typed EMAIL, and no LANG', () => {
    const text = toVCards(people, '3.0')
    expect(text).toContain('VERSION:3.0\r\n')
    expect(text).toContain('EMAIL;TYPE=INTERNET:rosa@example.org\r\n')
    expect(text).toContain('N:;Bo;;;\r\n')
    expect(text).not.toContain('LANG')
  })
})
