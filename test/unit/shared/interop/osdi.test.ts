import { describe, expect, it } from 'vitest'
import { readOsdi, toOsdi } from '@shared/interop/osdi'
import type { PersonExport } from '@shared/interop/types'
import { fixtureText, person, withoutLine } from './helpers'

const read = (text: string) => {
  const result = readOsdi(text)
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`)
  return result
}

const tricky: PersonExport[] = [
  person({
    sourceId: 'b1f0c2d4-0001',
    name: '  Jürgen   von der Weiß-Öztürk 🌻 ',
    email: 'j.weiss@example.org',
    phone: '+49 (0)171 234 5678',
    address: 'Hafenstraße 12, Hinterhaus\n20457 Hamburg',
    unitPath: ['Harbour, North', 'Night "B" shift'],
    role: 'Crane operator; steward',
    tags: ['steward', 'nights, weekends', '"quoted"', '🌻'],
    languages: ['de', 'tr', 'en'],
    notes: 'Line one\nLine two, with "quotes", commas; semicolons\\ and a tab\tend.\r\n\r\n',
    stage: 'committed',
    leader: true,
    assessment: 2,
    assessments: [
      { value: 4, at: 1_700_000_000_000, by: 'Ayşe', reason: 'Hesitant, "busy"' },
      { value: 2, at: 1_710_000_000_123, by: '', reason: '' },
    ],
    relationships: [
      { kind: 'worksWith', label: 'same crane', to: 'b1f0c2d4-0002' },
      { kind: 'family', label: '', to: 'b1f0c2d4-0003' },
    ],
    custom: { Shift: 'Late', 'T-shirt size': 'XL', 'Notes, extra': 'a\nb', __proto__x: 'y' },
    lastContactAt: 1_712_345_678_901,
  }),
  person({ sourceId: 'b1f0c2d4-0002', name: 'Mei' }),
  person({ sourceId: '', name: 'Ω', stage: 'leading', assessment: 5, lastContactAt: -86_400_000 }),
]

describe('readOsdi', () => {
  it('reads an Action Network people collection', () => {
    const { drafts, issues } = read(fixtureText('actionnetwork-people.json'))
    expect(drafts).toHaveLength(2)
    expect(withoutLine(drafts[0]!)).toEqual({
      ...person({ sourceId: 'action_network:d91b4b2e-ae0e-4cd3-9ed7-d0ec501b0bc3' }),
      name: 'John Smith',
      email: 'jsmith@example.com',
      phone: '12024444444',
      address: '1900 Pennsylvania Ave, 20009 Washington, DC, US',
      languages: ['en', 'es'],
      custom: { Shift: 'Nights', 'Years employed': '7' },
    })
    expect(drafts[1]).toMatchObject({
      line: 2,
      name: 'Jane Doe',
      email: 'jdoe@example.com',
      address: '20009, US',
      unitPath: ['Warehouse', 'Loading dock'],
      role: 'Picker',
      custom: { employer: 'Acme Logistics' },
    })
    expect(issues).toEqual([{ line: 3, code: 'noName' }])
  })

  it('accepts a single person and an array of people', () => {
    const one = read(JSON.stringify({ given_name: 'Ada', family_name: 'Lovelace' }))
    expect(one.drafts.map((d) => d.name)).toEqual(['Ada Lovelace'])
    const many = read(JSON.stringify([{ given_name: 'Ada' }, 'junk', { family_name: 'Bo' }]))
    expect(many.drafts.map((d) => [d.line, d.name])).toEqual([
      [1, 'Ada'],
      [3, 'Bo'],
    ])
    expect(many.issues).toEqual([{ line: 2, code: 'badValue' }])
  })

  it('refuses what is not OSDI people', () => {
    expect(readOsdi('{"given_name": "Ada"')).toEqual({ ok: false, refusal: { code: 'unreadable' } })
    expect(readOsdi('42')).toEqual({ ok: false, refusal: { code: 'unreadable' } })
    expect(readOsdi('null')).toEqual({ ok: false, refusal: { code: 'unreadable' } })
    expect(readOsdi('[]')).toEqual({ ok: false, refusal: { code: 'empty' } })
    expect(readOsdi('{"_embedded": {"osdi:people": []}}')).toEqual({
      ok: false,
      refusal: { code: 'empty' },
    })
  })

  it('reports hostile rhizome fields per entry and still imports the person', () => {
    const hostile = {
      given_name: 'Ada',
      email_addresses: 'not a list',
      phone_numbers: [null, 7, { number: { $gt: '' } }],
      languages_spoken: ['en', 3, null],
      identifiers: [{}, 'rhizome:ada-1'],
      custom_fields: {
        'rhizome:tags': '{"not": "an array"}',
        'rhizome:stage': 'boss',
        'rhizome:leader': 'maybe',
        'rhizome:assessment': '7',
        'rhizome:assessments': '[{"value": 9, "at": 1, "by": "", "reason": ""}]',
        'rhizome:relationships': '[{"kind": "enemy", "label": "", "to": "x"}]',
        'rhizome:lastContact': 'yesterday',
        'rhizome:custom': '{"ok": "yes", "bad": {"nested": true}, "__proto__": "safe"}',
        'rhizome:notes': 12,
        Nested: { deep: [1, 2, 3] },
        Count: 3,
      },
    }
    const { drafts, issues } = read(JSON.stringify(hostile))
    expect(withoutLine(drafts[0]!)).toEqual({
      ...person({ sourceId: 'ada-1', name: 'Ada', languages: ['en'] }),
      custom: { Count: '3', ok: 'yes', ['__proto__']: 'safe' },
    })
    expect(Object.getPrototypeOf(drafts[0]!.custom)).toBe(Object.prototype)
    const columns = issues.map((issue) => [issue.code, issue.column])
    expect(columns).toEqual([
      ['badValue', 'custom_fields.Nested'],
      ['badValue', 'custom_fields.rhizome:tags'],
      ['badValue', 'custom_fields.rhizome:notes'],
      ['badValue', 'custom_fields.rhizome:stage'],
      ['badValue', 'custom_fields.rhizome:leader'],
      ['badAssessment', 'custom_fields.rhizome:assessment'],
      ['badValue', 'custom_fields.rhizome:assessments'],
      ['badValue', 'custom_fields.rhizome:relationships'],
      ['badValue', 'custom_fields.rhizome:lastContact'],
      ['badValue', 'custom_fields.rhizome:custom.bad'],
    ])
    expect(issues.every((issue) => issue.line === 1)).toBe(true)
  })

  it('never throws on random JSON', () => {
    let seed = 42
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const values = (depth: number): unknown => {
      const r = rand()
      if (depth > 3 || r < 0.3)
        return [null, 0, -1, 'x', '', true, '[', '{}', '[1]'][((r * 30) % 9) | 0]
      if (r < 0.6) return Array.from({ length: (rand() * 4) | 0 }, () => values(depth + 1))
      const keys = [
        'given_name',
        'email_addresses',
        'custom_fields',
        'address',
        'primary',
        'number',
      ]
      const rhizome = ['rhizome:tags', 'rhizome:custom', 'rhizome:assessments', 'rhizome:name']
      const all = [...keys, ...rhizome, '_embedded', 'osdi:people', 'postal_addresses']
      return Object.fromEntries(all.filter(() => rand() < 0.4).map((k) => [k, values(depth + 1)]))
    }
    for (let i = 0; i < 2000; i++) {
      expect(() => readOsdi(JSON.stringify(values(0)))).not.toThrow()
    }
  })
})

describe('toOsdi', () => {
  it('writes a HAL collection with standard OSDI fields and string custom fields', () => {
    const json = JSON.parse(toOsdi(tricky)) as {
      _embedded: { 'osdi:people': Record<string, unknown>[] }
    }
    const first = json._embedded['osdi:people'][0]!
    expect(first).toMatchObject({
      identifiers: ['rhizome:b1f0c2d4-0001'],
      given_name: 'Jürgen von der Weiß-Öztürk',
      family_name: '🌻',
      email_addresses: [{ address: 'j.weiss@example.org', primary: true }],
      phone_numbers: [{ number: '+49 (0)171 234 5678', primary: true }],
      postal_addresses: [{ address_lines: ['Hafenstraße 12, Hinterhaus\n20457 Hamburg'] }],
      languages_spoken: ['de', 'tr', 'en'],
    })
    const custom = first.custom_fields as Record<string, unknown>
    expect(Object.values(custom).every((value) => typeof value === 'string')).toBe(true)
    expect(custom['rhizome:unit']).toBe('Harbour, North > Night "B" shift')
    expect(custom['rhizome:lastContact']).toBe('2024-04-05T19:34:38.901Z')
  })

  it('round-trips people exactly through readOsdi', () => {
    const { drafts, issues } = read(toOsdi(tricky))
    expect(issues).toEqual([])
    expect(drafts.map(withoutLine)).toEqual(tricky)
    expect(drafts.map((d) => d.line)).toEqual([1, 2, 3])
  })

  it('round-trips a custom field named __proto__ as data', () => {
    const custom: Record<string, string> = {}
    Object.defineProperty(custom, '__proto__', { value: 'x', enumerable: true })
    const { drafts } = read(toOsdi([person({ custom })]))
    expect(Object.keys(drafts[0]!.custom)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(drafts[0]!.custom)).toBe(Object.prototype)
  })
})
