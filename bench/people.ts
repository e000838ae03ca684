import * as Y from 'yjs'
import { write, ORIGIN } from '../shared/data/origins'
import { CircleSession } from '../shared/domain/circle/session'
import { emptyPersonInput, type Person } from '../shared/domain/people/person'

/** mulberry32: a small, fast, seeded PRNG (deterministic people for every run). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
const words = (s: string) => s.split('|')
const FIRST = words(
  'Ada|Amal|Bea|Carlos|Dara|Emeka|Fatima|Grace|Hana|Ivan|Jamal|Kai|Lena|Mina|Noor|Olu|Priya|' +
    'Quinn|Rosa|Sami|Tomás|Uma|Vera|Wei|Xavier|Yara|Zeynep|Aiko|Bruno|Chen',
)
const LAST = words(
  'Abara|Bauer|Costa|Diallo|Evans|Fischer|García|Huang|Ibrahim|Jensen|Kowalski|López|Mensah|' +
    'Nguyen|Okafor|Petrov|Quispe|Rossi|Schmidt|Tanaka|Usman|Varga|Weber|Yilmaz|Zhang',
)
const UNITS = words(
  'Night shift|Day shift|Warehouse|Kitchen|Front desk|Block A|Block B|Block C|Drivers|' +
    'Maintenance|Nursing 2F|Nursing 3F|',
)
const TAGS = words('leader|new|contacted|signed|volunteer|steward|spanish|needs-ride')
const NOTES = words(
  '||Met at the gate.|Worried about the schedule change.|Wants to help with the newsletter.|' +
    'Call after 6pm.|Knows everyone on B line.|Undecided; follow up next week.|' +
    'Brought two coworkers to the meeting.',
)
const INITIALS = 'ABCDEFGHIJKLMNOPRSTVWZ'

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!

export function seededId(rand: () => number): string {
  let id = ''
  for (let i = 0; i < 22; i++) id += ID_ALPHABET[Math.floor(rand() * 64)]
  return id
}

/** `n` realistic, deterministic person records (name, email, phone, unit, 0–3 tags, notes). */
export function makePeople(n: number, seed = 42): Person[] {
  const rand = seeded(seed)
  const out: Person[] = []
  for (let i = 0; i < n; i++) {
    const first = pick(rand, FIRST)
    const initial = INITIALS[Math.floor(rand() * INITIALS.length)]
    const last = pick(rand, LAST)
    const tags = new Set<string>()
    const nTags = Math.floor(rand() * 4)
    while (tags.size < nTags) tags.add(pick(rand, TAGS))
    out.push({
      ...emptyPersonInput(),
      id: seededId(rand),
      name: `${first} ${initial}. ${last}`,
      email: rand() < 0.8 ? `${first}.${last}${i}@example.org`.toLowerCase() : '',
      phone: rand() < 0.7 ? `+49 30 ${String(Math.floor(rand() * 1e7)).padStart(7, '0')}` : '',
      address: '',
      unit: pick(rand, UNITS),
      tags: [...tags],
      notes: pick(rand, NOTES),
      createdAt: 1_700_000_000_000 + i * 1000,
    })
  }
  return out
}

/** A circle holding `people`, written through the real Collection in one transaction. */
export function buildCircle(people: readonly Person[], clientID = 1): CircleSession {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const session = new CircleSession('bench-circle', doc)
  write(doc, ORIGIN.personAdd, () => {
    for (const p of people) {
      const r = session.people.insert(p)
      if (!r.ok) throw new Error(`invalid bench person: ${JSON.stringify(r.errors)}`)
    }
  })
  return session
}
