import { describe, expect, it } from 'vitest'
import { findDuplicates, nameKey, phoneKey } from '@shared/interop/duplicates'

const draft = (line: number, name: string, email = '', phone = '') => ({ line, name, email, phone })
const existing = [
  { id: 'rosa', name: 'Rosa Luxemburg', email: 'Rosa@Example.org', phone: '+49 30 1234567' },
  { id: 'karl', name: 'Karl Liebknecht', email: '', phone: '' },
  { id: 'jurgen', name: 'Jürgen  Weiß', email: '', phone: '0171 2345678' },
]

describe('findDuplicates', () => {
  it('matches existing people by email, ignoring case and spaces', () => {
    expect(findDuplicates([draft(2, 'R. L.', '  rosa@EXAMPLE.org ')], existing)).toEqual([
      { line: 2, matchId: 'rosa', matchLine: null, by: 'email' },
    ])
  })

  it('matches by phone digits, with +49 and 0049 alike', () => {
    const drafts = [
      draft(2, 'Someone', '', '0049 (30) 123-4567'),
      draft(3, 'Other', '', '0171/2345678'),
      draft(4, 'Short', '', '12345'),
      draft(5, 'Trunk', '', '030 1234567'),
    ]
    expect(findDuplicates(drafts, existing)).toEqual([
      { line: 2, matchId: 'rosa', matchLine: null, by: 'phone' },
      { line: 3, matchId: 'jurgen', matchLine: null, by: 'phone' },
    ])
  })

  it('matches by name, ignoring case, accents and spacing', () => {
    const drafts = [draft(2, '  karl   LIEBKNECHT '), draft(3, 'Jurgen Weiss'), draft(4, 'Karla')]
    expect(findDuplicates(drafts, existing)).toEqual([
      { line: 2, matchId: 'karl', matchLine: null, by: 'name' },
      { line: 3, matchId: 'jurgen', matchLine: null, by: 'name' },
    ])
  })

  it('prefers email over phone over name', () => {
    const drafts = [draft(2, 'Karl Liebknecht', 'rosa@example.org', '0171 2345678')]
    expect(findDuplicates(drafts, existing)[0]).toMatchObject({ matchId: 'rosa', by: 'email' })
  })

  it('finds duplicates within the file, pointing to the first row', () => {
    const drafts = [
      draft(2, 'Clara Zetkin', 'clara@example.org'),
      draft(3, 'C. Zetkin', 'CLARA@example.org'),
      draft(4, 'Clara Zetkin', '', '+44 7700 900123'),
      draft(5, 'Somebody Else', '', '0044 7700 900 123'),
      draft(6, 'Rosa Luxemburg'),
    ]
    expect(findDuplicates(drafts, existing)).toEqual([
      { line: 3, matchId: null, matchLine: 2, by: 'email' },
      { line: 4, matchId: null, matchLine: 2, by: 'name' },
      { line: 5, matchId: null, matchLine: 4, by: 'phone' },
      { line: 6, matchId: 'rosa', matchLine: null, by: 'name' },
    ])
  })

  it('ignores empty values', () => {
    const drafts = [draft(2, '', '', ''), draft(3, ' ', '  ', ''), draft(4, 'A', '', '')]
    expect(findDuplicates(drafts, [{ id: 'x', name: '', email: '', phone: '' }])).toEqual([])
  })

  it('handles 100,000 drafts in linear time', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      draft(i + 2, `Person ${i % 50_000}`, `p${i}@example.org`, `+49 170 ${1_000_000 + i}`),
    )
    const people = Array.from({ length: 20_000 }, (_, i) => ({
      id: `id-${i}`,
      name: `Someone ${i}`,
      email: `P${i}@example.org`,
      phone: '',
    }))
    const matches = findDuplicates(many, people)
    expect(matches).toHaveLength(20_000 + 50_000)
    expect(matches[0]).toEqual({ line: 2, matchId: 'id-0', matchLine: null, by: 'email' })
    expect(matches.at(-1)).toEqual({ line: 100_001, matchId: null, matchLine: 50_001, by: 'name' })
  })
})

describe('keys', () => {
  it('normalises phones and names', () => {
    expect(phoneKey('+49 170 1234567')).toBe(phoneKey('0049-170-1234567'))
    expect(phoneKey('12345')).toBe('')
    expect(nameKey('  Ayşe   ÖZTÜRK ')).toBe('ayse ozturk')
    expect(nameKey('Straße')).toBe('strasse')
  })
})
