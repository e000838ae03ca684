import { ORIGIN, write } from '../../data/origins'
import type { Assessment } from '../assessments/assessment'
import type { CircleSession } from '../circle/session'
import { STAGES, type Person } from '../people/person'
import type { Unit } from '../units/unit'

/**
 * A deterministic sample circle for the chart: units in a two-level tree, people spread over
 * them with tags, stages, leaders, last contacts and assessment histories. Used by the chart
 * benchmark (bench/chart.ts) in Node and in Chromium alike, so both measure the same data.
 */
export interface SampleOptions {
  people: number
  /** Units in all; about one in five is a top-level unit with the others below. */
  units: number
  now: number
  seed?: number
}

export interface Sample {
  personIds: string[]
  unitIds: string[]
  assessments: number
}

const DAY = 86_400_000
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
const FIRST = ['Ada', 'Amal', 'Bea', 'Carlos', 'Dara', 'Emeka', 'Fatima', 'Grace', 'Hana', 'Ivan']
const LAST = ['Abara', 'Bauer', 'Costa', 'Diallo', 'Evans', 'Fischer', 'García', 'Huang', 'Khan']
const TAGS = ['steward', 'new', 'spanish', 'night', 'volunteer', 'needs-ride']

/** mulberry32: a small seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fills an empty circle with the sample, in one transaction. */
export function seedSample(session: CircleSession, opts: SampleOptions): Sample {
  const rand = random(opts.seed ?? 7)
  const id = () => {
    let s = ''
    for (let i = 0; i < 22; i++) s += ALPHABET[Math.floor(rand() * 64)]
    return s
  }
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const unitIds: string[] = []
  const personIds: string[] = []
  let assessments = 0
  const since = opts.now - 180 * DAY
  write(session.doc, ORIGIN.peopleImport, () => {
    const tops = Math.max(1, Math.round(opts.units / 5))
    for (let i = 0; i < opts.units; i++) {
      const parentId = i < tops ? '' : unitIds[i % tops]!
      const unit: Unit = {
        id: id(),
        name: i < tops ? `Site ${i + 1}` : `Department ${i + 1}`,
        parentId,
        createdAt: since,
      }
      if (!session.units.insert(unit).ok) throw new Error('sample unit refused')
      unitIds.push(unit.id)
    }
    for (let i = 0; i < opts.people; i++) {
      const tags = new Set<string>()
      for (let k = Math.floor(rand() * 3); k > 0; k--) tags.add(pick(TAGS))
      const contacted = rand() < 0.7
      const person: Person = {
        id: id(),
        name: `${pick(FIRST)} ${pick(LAST)} ${i + 1}`,
        email: '',
        phone: '',
        address: '',
        unit: '',
        unitId: rand() < 0.02 ? '' : pick(unitIds),
        role: '',
        languages: [],
        leader: rand() < 0.05,
        stage: pick(STAGES),
        lastContactAt: contacted ? opts.now - Math.floor(rand() * 90 * DAY) : 0,
        custom: {},
        tags: [...tags],
        notes: '',
        organizerId: '',
        createdAt: since,
      }
      if (!session.people.insert(person).ok) throw new Error('sample person refused')
      personIds.push(person.id)
      let at = since
      for (let k = Math.floor(rand() * 4); k > 0; k--) {
        at += Math.floor(rand() * 50 * DAY)
        const a: Assessment = {
          id: id(),
          personId: person.id,
          value: 1 + Math.floor(rand() * 5),
          by: '',
          at: Math.min(at, opts.now),
          reason: '',
        }
        if (!session.assessments.insert(a).ok) throw new Error('sample assessment refused')
        assessments++
      }
    }
  })
  return { personIds, unitIds, assessments }
}
