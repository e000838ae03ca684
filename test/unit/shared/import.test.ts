import { describe, expect, it } from 'vitest'
import { benchImport } from '../../../bench/import'
import * as Y from 'yjs'
import { ORIGIN, write } from '@shared/data/origins'
import { assess } from '@shared/domain/assessments/commands'
import { CircleSession } from '@shared/domain/circle/session'
import { addCustomField } from '@shared/domain/custom-fields/commands'
import { addPerson } from '@shared/domain/people/commands'
import {
  customFieldNames,
  exportPeople,
  planImport,
  planImportInSlices,
  runImport,
  type DuplicateChoice,
  type ImportPlan,
} from '@shared/domain/people/import'
import { detectFormat, mapCsvInSlices } from '@shared/domain/people/import-source'
import { emptyPersonInput, type PersonInput } from '@shared/domain/people/person'
import { addRelationship } from '@shared/domain/relationships/commands'
import { flattenUnits } from '@shared/domain/units/tree'
import { applyMapping, guessMapping, type MappingTarget } from '@shared/interop/csv-mapping'
import { readCsv, readCsvSync } from '@shared/interop/csv-read'
import { toCsv } from '@shared/interop/csv-write'
import { readOsdi, toOsdi } from '@shared/interop/osdi'
import { readVCards, toVCards } from '@shared/interop/vcard'
import type { PersonExport } from '@shared/interop/types'

const NOW = Date.UTC(2026, 10, 20, 12)
const KEY = 'x'.repeat(43)

function newSession(member = 'Sam'): { session: CircleSession; memberId: string } {
  const doc = new Y.Doc()
  const session = new CircleSession('circle-1', doc)
  const memberId = `member-${member}`.padEnd(10, '0')
  write(doc, ORIGIN.memberRegister, () => {
    session.members.insert({
      id: memberId,
      name: member,
      colour: '#123456',
      pkx: KEY,
      pky: KEY,
      joinedAt: NOW,
    })
  })
  return { session, memberId }
}

const ok = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('command failed')
  return r.value
}

const add = (session: CircleSession, input: Partial<PersonInput> & { name: string }) =>
  ok(addPerson(session, { ...emptyPersonInput(), ...input }, NOW))

/** CSV text → plan, the way the import screen does it (with the guessed mapping). */
function planCsv(session: CircleSession, csv: string, mapping?: MappingTarget[]): ImportPlan {
  const table = readCsvSync(csv)
  if (!table.ok) throw new Error(`refused: ${table.refusal.code}`)
  const targets = mapping ?? guessMapping(table.headers, customFieldNames(session))
  const mapped = applyMapping(table, targets)
  return planImport(session, mapped.drafts, [...table.issues, ...mapped.issues])
}

const byName = (session: CircleSession, name: string) =>
  session.people.getSnapshot().find((p) => p.name === name)

const unitPathOf = (session: CircleSession, unitId: string) =>
  flattenUnits(session.units.getSnapshot()).find((n) => n.unit.id === unitId)?.path ?? []

describe('planImport and runImport', () => {
  it('imports people with units, tags, an assessment and a new custom field', async () => {
    const { session, memberId } = newSession()
    const csv = [
      'First Name,Last Name,Email,Department,Tags,Assessment,Badge number',
      'Rosa,Hernández,rosa@example.org,Harbour > Night shift,"steward, spanish",2,B-17',
      'Clara,Nunes,,harbour > Day shift,,,',
      ',,nobody@example.org,Harbour,,,',
    ].join('\n')
    const table = readCsvSync(csv)
    if (!table.ok) throw new Error('refused')
    const mapping = guessMapping(table.headers, [])
    expect(mapping).toEqual([
      'givenName',
      'familyName',
      'email',
      'unit',
      'tags',
      'assessment',
      'ignore',
    ])
    mapping[6] = 'custom:Badge number'
    const plan = planCsv(session, csv, mapping)
    expect(plan.fresh).toHaveLength(2)
    expect(plan.issues).toEqual([{ line: 4, code: 'noName' }])
    expect(plan.customFields).toEqual({ create: ['Badge number'], dropped: [] })

    const progress: number[] = []
    const outcome = await runImport(session, plan, new Map(), {
      by: memberId,
      now: NOW,
      onProgress: (f) => progress.push(f),
    })
    expect(outcome).toMatchObject({ status: 'done', added: 2, merged: 0, skipped: 0, failed: 0 })
    expect(progress.at(-1)).toBe(1)
    expect(session.people.size).toBe(2)
    const rosa = byName(session, 'Rosa Hernández')!
    expect(unitPathOf(session, rosa.unitId)).toEqual(['Harbour', 'Night shift'])
    const clara = byName(session, 'Clara Nunes')!
    expect(unitPathOf(session, clara.unitId)).toEqual(['Harbour', 'Day shift'])
    expect(session.units.size).toBe(3)
    expect(rosa.tags).toEqual(['steward', 'spanish'])
    expect(session.assessmentIndex.latest(rosa.id)).toMatchObject({ value: 2, by: memberId })
    const badge = session.customFields.getSnapshot()[0]!
    expect(badge).toMatchObject({ name: 'Badge number', type: 'text' })
    expect(rosa.custom).toEqual({ [badge.id]: 'B-17' })
  })

  it('maps values to existing custom fields by name and reports values that do not fit', async () => {
    const { session } = newSession()
    const years = ok(addCustomField(session, { name: 'Years', type: 'number', choices: [] }, NOW))
    const plan = planCsv(session, 'Name,years\nAda,12\nBea,many\n')
    expect(plan.customFields.create).toEqual([])
    expect(plan.issues).toEqual([{ line: 3, code: 'badValue', column: 'Years' }])
    await runImport(session, plan, new Map(), { now: NOW })
    expect(byName(session, 'Ada')!.custom).toEqual({ [years]: 12 })
    expect(byName(session, 'Bea')!.custom).toEqual({})
  })

  it('keeps out rows the person record cannot hold, with an issue each', () => {
    const { session } = newSession()
    const plan = planCsv(
      session,
      `Name,Role,Languages\nAda,${'r'.repeat(150)},\nBea,,${Array.from({ length: 25 }, (_, i) => `L${i}`).join(';')}\nCid,,\n`,
    )
    expect(plan.fresh.map((d) => d.name)).toEqual(['Cid'])
    expect(plan.issues).toEqual([
      { line: 2, code: 'tooLong', column: 'role' },
      { line: 3, code: 'tooLong', column: 'languages' },
    ])
  })

  it("creates custom fields up to the circle's limit and lists the columns beyond it", async () => {
    const { session } = newSession()
    for (let i = 0; i < 99; i++) {
      ok(addCustomField(session, { name: `Field ${i}`, type: 'text', choices: [] }, NOW))
    }
    const mapping: MappingTarget[] = ['name', 'custom:Shoe', 'custom:Hat', 'custom:Field 3']
    const plan = planCsv(session, 'Name,Shoe,Hat,field 3\nAda,38,M,x\n', mapping)
    expect(plan.customFields).toEqual({ create: ['Shoe'], dropped: ['Hat'] })
    await runImport(session, plan, new Map(), { now: NOW })
    expect(session.customFields.size).toBe(100)
    const names = new Map(session.customFields.getSnapshot().map((f) => [f.id, f.name]))
    const ada = byName(session, 'Ada')!
    expect(Object.entries(ada.custom).map(([id, v]) => [names.get(id), v])).toEqual(
      expect.arrayContaining([
        ['Shoe', '38'],
        ['Field 3', 'x'],
      ]),
    )
    expect(Object.keys(ada.custom)).toHaveLength(2)
  })

  it('plans in slices exactly as in one go, and stops when aborted', async () => {
    const { session } = newSession()
    add(session, { name: 'Person 7', email: 'p7@example.org' })
    const rows = ['Name,Email']
    for (let i = 0; i < 12_000; i++) rows.push(`Person ${i},p${i % 11_000}@example.org`)
    const table = readCsvSync(rows.join('\n'))
    if (!table.ok) throw new Error('refused')
    const { drafts } = applyMapping(table, guessMapping(table.headers, []))
    const whole = planImport(session, drafts)
    const progress: number[] = []
    const sliced = await planImportInSlices(session, drafts, [], {
      onProgress: (f) => progress.push(f),
    })
    expect(sliced).toEqual(whole)
    expect(whole.duplicates).toHaveLength(1001)
    expect(progress.length).toBeGreaterThan(2)
    const controller = new AbortController()
    const aborted = planImportInSlices(session, drafts, [], { signal: controller.signal })
    controller.abort()
    expect(await aborted).toBeNull()
  })

  describe('duplicates by email, phone or name', () => {
    const setUp = () => {
      const { session, memberId } = newSession()
      const ada = add(session, { name: 'Ada Lovelace', email: 'ada@example.org', tags: ['old'] })
      const bea = add(session, { name: 'Bea Müller', phone: '+49 170 1234567' })
      const cid = add(session, { name: 'Cid Campeador', role: 'Driver' })
      const dan = add(session, { name: 'Dan Do', email: 'dan@example.org' })
      const csv = [
        'Name,Email,Phone,Role,Tags',
        'A. Lovelace,ADA@example.org,,Crane operator,"new, old"',
        'Beate Müller,,0049 170 1234567,Nurse,',
        'cid  campeador,,,Cook,',
        'Dan Do,dan.other@example.org,,,',
      ].join('\n')
      return { session, memberId, ids: { ada, bea, cid, dan }, plan: planCsv(session, csv) }
    }

    it('finds each and proposes a choice', () => {
      const { plan, ids } = setUp()
      expect(plan.fresh).toEqual([])
      expect(
        plan.duplicates.map((d) => [d.draft.line, d.by, d.matchId, d.matchName, d.choice]),
      ).toEqual([
        [2, 'email', ids.ada, 'Ada Lovelace', 'merge'],
        [3, 'phone', ids.bea, 'Bea Müller', 'merge'],
        [4, 'name', ids.cid, 'Cid Campeador', 'merge'],
        // The same name with another email: probably someone else.
        [5, 'name', ids.dan, 'Dan Do', 'add'],
      ])
    })

    it('merges: fills empty fields and joins tags, never overwrites', async () => {
      const { session, plan, ids } = setUp()
      const outcome = await runImport(session, plan, new Map(), { now: NOW })
      expect(outcome).toMatchObject({ status: 'done', added: 1, merged: 3, skipped: 0 })
      expect(session.people.get(ids.ada)).toMatchObject({
        name: 'Ada Lovelace',
        email: 'ada@example.org',
        role: 'Crane operator',
        tags: ['old', 'new'],
      })
      expect(session.people.get(ids.bea)).toMatchObject({ name: 'Bea Müller', role: 'Nurse' })
      expect(session.people.get(ids.cid)).toMatchObject({ role: 'Driver' })
      expect(session.people.size).toBe(5)
    })

    it('skips or adds as chosen', async () => {
      const { session, plan, ids } = setUp()
      const choices = new Map<number, DuplicateChoice>([
        [2, 'skip'],
        [3, 'add'],
        [4, 'skip'],
        [5, 'skip'],
      ])
      const outcome = await runImport(session, plan, choices, { now: NOW })
      expect(outcome).toMatchObject({ status: 'done', added: 1, merged: 0, skipped: 3 })
      expect(session.people.get(ids.ada)!.role).toBe('')
      expect(session.people.size).toBe(5)
      expect(byName(session, 'Beate Müller')).toMatchObject({ role: 'Nurse' })
    })

    it('merges repeated rows of the same file into one person', async () => {
      const { session } = newSession()
      const plan = planCsv(
        session,
        'Name,Email,Phone,Tags\nEva,eva@example.org,,a\nEva R.,EVA@example.org,+49 30 1234567,b\n',
      )
      expect(plan.duplicates).toMatchObject([{ by: 'email', matchId: null, matchLine: 2 }])
      const outcome = await runImport(session, plan, new Map(), { now: NOW })
      expect(outcome).toMatchObject({ added: 1, merged: 1 })
      expect(session.people.getSnapshot()).toMatchObject([
        { name: 'Eva', email: 'eva@example.org', phone: '+49 30 1234567', tags: ['a', 'b'] },
      ])
    })
  })

  describe('nothing half-imported', () => {
    const bigCsv = (n: number, from = 0) =>
      ['Name,Email,Unit,Tags,Assessment,Shoe size']
        .concat(
          Array.from(
            { length: n },
            (_, i) =>
              `Person ${from + i},p${from + i}@example.org,Site ${i % 5} > Shift ${i % 3},t${i % 4},${(i % 5) + 1},${i % 12}`,
          ),
        )
        .join('\n')

    const state = (session: CircleSession) => ({
      people: session.people.getSnapshot(),
      units: session.units.size,
      fields: session.customFields.size,
      assessments: session.assessments.size,
      relationships: session.relationships.size,
    })

    it('cancelling mid-way removes everything the import wrote, merges included', async () => {
      const { session } = newSession()
      add(session, { name: 'Person 3', email: 'p3@example.org' })
      const before = state(session)
      const plan = planCsv(session, bigCsv(1000))
      expect(plan.duplicates).toHaveLength(1)
      const controller = new AbortController()
      let chunks = 0
      const outcome = await runImport(session, plan, new Map(), {
        now: NOW,
        chunkSize: 100,
        signal: controller.signal,
        onProgress: () => {
          chunks++
          if (chunks === 4) {
            expect(session.people.size).toBeGreaterThan(300)
            controller.abort()
          }
        },
      })
      expect(outcome.status).toBe('cancelled')
      expect(outcome.added).toBe(0)
      expect(state(session)).toEqual(before)
      expect(session.settledInvariants()).toEqual([])
    })

    it('an error while writing removes everything too', async () => {
      const { session } = newSession()
      const plan = planCsv(session, bigCsv(500))
      const insert = session.assessments.insert.bind(session.assessments)
      let calls = 0
      session.assessments.insert = (a) => {
        if (++calls === 321) throw new Error('disk on fire')
        return insert(a)
      }
      const outcome = await runImport(session, plan, new Map(), { now: NOW, chunkSize: 100 })
      expect(outcome).toMatchObject({ status: 'failed', error: 'disk on fire', added: 0 })
      expect(session.people.size).toBe(0)
      expect(session.units.size).toBe(0)
      expect(session.customFields.size).toBe(0)
      expect(session.assessments.size).toBe(0)
    })

    it('an already aborted signal writes nothing', async () => {
      const { session } = newSession()
      const controller = new AbortController()
      controller.abort()
      const outcome = await runImport(session, planCsv(session, bigCsv(10)), new Map(), {
        signal: controller.signal,
      })
      expect(outcome.status).toBe('cancelled')
      expect(session.people.size).toBe(0)
    })
  })
})

/** A circle with a bit of everything a person can hold. */
function richCircle() {
  const { session, memberId } = newSession('Sam')
  const pledge = ok(
    addCustomField(session, { name: 'Pledge', type: 'choice', choices: ['Yes', 'No'] }, NOW),
  )
  const years = ok(addCustomField(session, { name: 'Years', type: 'number', choices: [] }, NOW))
  const since = ok(addCustomField(session, { name: 'Since', type: 'date', choices: [] }, NOW))
  const rosa = add(session, {
    name: 'Rosa Hernández',
    email: 'rosa@example.org',
    phone: '+49 170 1234567',
    address: 'Hafenstraße 1, 20359 Hamburg',
    unit: 'Harbour > Night shift',
    role: 'Crane operator',
    tags: ['steward', 'spanish'],
    languages: ['es', 'de'],
    notes: 'Met at the gate.\nCall after 6pm; "urgent" only.',
    stage: 'committed',
    leader: true,
    lastContactAt: Date.UTC(2026, 9, 1),
    custom: { [pledge]: 'Yes', [years]: 12.5, [since]: '2019-04-01' },
  })
  const clara = add(session, { name: 'Clara Nunes', unit: 'Harbour > Day shift' })
  const ahmed = add(session, { name: '=HYPERLINK("x")', email: 'ahmed@example.org' })
  ok(assess(session, { personId: rosa, value: 3, reason: 'Unsure', by: memberId }, NOW - 5000))
  ok(assess(session, { personId: rosa, value: 2, reason: 'Signed', by: memberId }, NOW))
  ok(assess(session, { personId: clara, value: 4, reason: '', by: memberId }, NOW))
  ok(addRelationship(session, { fromId: rosa, toId: clara, kind: 'family', label: 'cousin' }))
  ok(addRelationship(session, { fromId: clara, toId: ahmed, kind: 'worksWith', label: '' }))
  return session
}

/** Exports compared across circles: ids replaced by names. */
function comparable(session: CircleSession): Omit<PersonExport, 'sourceId'>[] {
  const people = exportPeople(session)
  const names = new Map(people.map((p) => [p.sourceId, p.name]))
  return people
    .map(({ sourceId: _id, ...rest }) => ({
      ...rest,
      relationships: rest.relationships.map((r) => ({ ...r, to: names.get(r.to) ?? '?' })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

describe('round trips', () => {
  it('OSDI export, then import into a fresh circle: nothing lost', async () => {
    const source = richCircle()
    const json = toOsdi(exportPeople(source))
    const read = readOsdi(json)
    if (!read.ok) throw new Error('refused')
    expect(read.issues).toEqual([])
    const { session: target, memberId } = newSession('Sam')
    const plan = planImport(target, read.drafts, read.issues)
    expect(plan.customFields.create.sort()).toEqual(['Pledge', 'Since', 'Years'])
    const outcome = await runImport(target, plan, new Map(), { by: memberId, now: NOW + 1 })
    expect(outcome).toMatchObject({ status: 'done', added: 3 })
    expect(comparable(target)).toEqual(comparable(source))
    expect(target.assessments.size).toBe(source.assessments.size)
    expect(flattenUnits(target.units.getSnapshot()).map((n) => n.path)).toEqual(
      flattenUnits(source.units.getSnapshot()).map((n) => n.path),
    )
  })

  it('OSDI back into the same circle merges everyone and adds nothing', async () => {
    const session = richCircle()
    const before = comparable(session)
    const read = readOsdi(toOsdi(exportPeople(session)))
    if (!read.ok) throw new Error('refused')
    const plan = planImport(session, read.drafts)
    expect(plan.duplicates.map((d) => d.choice)).toEqual(['merge', 'merge', 'merge'])
    const outcome = await runImport(session, plan, new Map(), { now: NOW + 1 })
    expect(outcome).toMatchObject({ added: 0, merged: 3 })
    expect(comparable(session)).toEqual(before)
    expect(session.relationships.size).toBe(2)
  })

  it('CSV and vCard exports come back with what they carry', async () => {
    const source = richCircle()
    const people = exportPeople(source)
    const csv = toCsv(people, customFieldNames(source))
    expect(csv).toContain(`'=HYPERLINK(""x"")`)
    const { session: fromCsv } = newSession()
    const { session: target } = newSession()
    for (const name of ['Pledge', 'Years', 'Since']) {
      const type = name === 'Pledge' ? 'choice' : name === 'Years' ? 'number' : 'date'
      const choices = name === 'Pledge' ? ['Yes', 'No'] : []
      ok(addCustomField(fromCsv, { name, type, choices }, NOW))
    }
    await runImport(fromCsv, planCsv(fromCsv, csv.replace(/^\uFEFF/, '')), new Map(), {
      now: NOW,
    })
    const again = exportPeople(fromCsv)
    const pick = (list: PersonExport[]) =>
      list
        .map((p) => ({
          name: p.name,
          email: p.email,
          unitPath: p.unitPath,
          tags: p.tags,
          languages: p.languages,
          notes: p.notes,
          stage: p.stage,
          leader: p.leader,
          assessment: p.assessment,
          custom: p.custom,
          lastContactAt: p.lastContactAt,
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
    expect(pick(again)).toEqual(pick(people))

    const cards = readVCards(toVCards(people, '4.0'))
    if (!cards.ok) throw new Error('refused')
    await runImport(target, planImport(target, cards.drafts, cards.issues), new Map(), {
      now: NOW,
    })
    expect(target.people.getSnapshot().map((p) => p.name)).toEqual(
      source.people.getSnapshot().map((p) => p.name),
    )
  })
})

describe('a real-sized file', () => {
  it('5,000 rows end to end, then the same file again merges into everyone', async () => {
    const { session, memberId } = newSession()
    const lines = ['First Name,Last Name,Email,Phone,Department,Shift,Tags,Notes']
    for (let i = 0; i < 5000; i++) {
      const notes = i % 50 === 0 ? `"Line one, ${i}\nline two"` : ''
      lines.push(
        `Worker${i},Family${i % 97},w${i}@example.org,+49 170 ${1_000_000 + i},Dept ${i % 12},${i % 3 === 0 ? 'Night' : 'Day'},"member, ${i % 2 ? 'steward' : 'new'}",${notes}`,
      )
    }
    const csv = `\uFEFF${lines.join('\r\n')}\r\n`
    expect(detectFormat('members.csv', csv)).toBe('csv')
    const table = await readCsv(csv)
    if (!table.ok) throw new Error('refused')
    const mapping = guessMapping(table.headers, [])
    expect(mapping).toEqual([
      'givenName',
      'familyName',
      'email',
      'phone',
      'unit',
      'ignore',
      'tags',
      'notes',
    ])
    const mapped = await mapCsvInSlices(table, mapping, {}, { sliceRows: 1000 })
    if (!mapped) throw new Error('aborted')
    const plan = planImport(session, mapped.drafts, [...table.issues, ...mapped.issues])
    expect(plan.issues).toEqual([])
    expect(plan.fresh).toHaveLength(5000)
    const outcome = await runImport(session, plan, new Map(), { by: memberId, now: NOW })
    expect(outcome).toMatchObject({ status: 'done', added: 5000, failed: 0 })
    expect(session.people.size).toBe(5000)
    expect(session.units.size).toBe(12)
    expect(byName(session, 'Worker50 Family50')!.notes).toBe('Line one, 50\nline two')

    const again = planImport(session, mapped.drafts)
    expect(again.fresh).toHaveLength(0)
    expect(again.duplicates).toHaveLength(5000)
    const second = await runImport(session, again, new Map(), { now: NOW })
    expect(second).toMatchObject({ added: 0, merged: 5000 })
    expect(session.people.size).toBe(5000)
  })

  it('detects the format of a file', () => {
    expect(detectFormat('a.vcf', '')).toBe('vcard')
    expect(detectFormat('a.json', '')).toBe('osdi')
    expect(detectFormat('a.txt', '\uFEFFBEGIN:VCARD\r\n')).toBe('vcard')
    expect(detectFormat('export', ' [{"given_name":"A"}]')).toBe('osdi')
    expect(detectFormat('a.txt', 'Name;E-Mail\n')).toBe('csv')
  })
})

describe('the import-100k bench (tiny)', () => {
  it('emits a well-formed line with the ratio and the longest block', async () => {
    const line = await benchImport({ n: 300, runs: 1 })
    expect(line.name).toBe('import-300')
    for (const key of ['ms', 'floor_ms', 'ratio', 'longest_block_ms'] as const) {
      expect(Number.isFinite(line[key])).toBe(true)
    }
    expect(JSON.parse(JSON.stringify(line))).toEqual(line)
  })
})
