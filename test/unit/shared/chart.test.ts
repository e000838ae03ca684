import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Assessment } from '@shared/domain/assessments/assessment'
import { assess } from '@shared/domain/assessments/commands'
import {
  buildChart,
  cellIndex,
  DAY_MS,
  hasMajority,
  NO_FILTER,
  parseStaleDays,
  percent,
  supporters,
  tagsOf,
  type Chart,
  type ChartFilter,
  type Distribution,
} from '@shared/domain/chart/chart-model'
import { moveInGrid } from '@shared/domain/chart/grid-nav'
import { assessmentHistory } from '@shared/domain/chart/history'
import { ASSESSMENT_COLOURS, contrastRatio, swatchOf } from '@shared/domain/chart/palette'
import { CircleSession } from '@shared/domain/circle/session'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput, type Person } from '@shared/domain/people/person'
import { newId } from '@shared/util/id'
import { flattenUnits, unitWithDescendants, type UnitNode } from '@shared/domain/units/tree'
import type { Unit } from '@shared/domain/units/unit'

const NOW = 1_750_000_000_000

const unit = (id: string, name: string, parentId = ''): Unit => ({
  id,
  name,
  parentId,
  createdAt: 1,
})

/** Harbour › Night shift, Harbour › Day shift, Office (flattened in name order). */
const UNITS: UnitNode[] = flattenUnits([
  unit('day', 'Day shift', 'harbour'),
  unit('harbour', 'Harbour'),
  unit('night', 'Night shift', 'harbour'),
  unit('office', 'Office'),
])

let seq = 0
const person = (over: Partial<Person> = {}): Person => ({
  ...emptyPersonInput(),
  id: `p${++seq}`,
  name: `Person ${seq}`,
  createdAt: 1_000,
  lastContactAt: NOW - DAY_MS,
  ...over,
})

function chartOf(
  people: Person[],
  values: Record<string, number>,
  filter: ChartFilter = NO_FILTER,
  extra: { staleDays?: number; previous?: Chart } = {},
) {
  return buildChart({
    people,
    units: UNITS,
    assessmentOf: (id) => values[id] ?? 0,
    filter,
    staleDays: extra.staleDays ?? 30,
    now: NOW,
    previous: extra.previous ?? null,
  })
}

const rowNames = (c: Chart) => c.rows.map((r) => r.unit?.unit.name ?? '(none)')

describe('buildChart', () => {
  const rosa = person({ name: 'Rosa', unitId: 'night', tags: ['steward'], leader: true })
  const amir = person({ name: 'Amir', unitId: 'night', stage: 'committed' })
  const bea = person({ name: 'Bea', unitId: 'day', lastContactAt: 0 })
  const chen = person({ name: 'Chen', unitId: 'harbour', lastContactAt: NOW - 40 * DAY_MS })
  const dara = person({ name: 'Dara', unitId: 'gone-unit', tags: ['steward'] })
  const people = [amir, bea, chen, dara, rosa]
  const values = { [rosa.id]: 1, [amir.id]: 2, [chen.id]: 5 }

  it('puts everyone in their unit’s row, in tree order, with counts and totals', () => {
    const c = chartOf(people, values)
    expect(rowNames(c)).toEqual(['Harbour', 'Day shift', 'Night shift', 'Office', '(none)'])
    const night = c.rows[2]!
    expect(night.cells.map((x) => x.person.name)).toEqual(['Amir', 'Rosa'])
    expect(night.counts).toEqual([0, 1, 1, 0, 0, 0])
    expect(night.total).toBe(2)
    expect(c.rows[3]!.total).toBe(0) // Office is shown although empty: a gap in the chart
    expect(c.rows[4]!.cells.map((x) => x.person.name)).toEqual(['Dara'])
    expect(c.overall).toEqual<Distribution>([2, 1, 1, 0, 0, 1])
    expect(c.total).toBe(5)
    expect(c.notAssessed).toBe(2)
    expect(c.leaders).toBe(1)
  })

  it('adds the units below into a unit’s tree counts', () => {
    const c = chartOf(people, values)
    const harbour = c.rows[0]!
    expect(harbour.total).toBe(1)
    expect(harbour.treeTotal).toBe(4)
    expect(harbour.treeCounts).toEqual([1, 1, 1, 0, 0, 1])
    expect(c.rows[2]!.treeTotal).toBe(2)
    expect(c.rows[4]!.treeTotal).toBe(1)
  })

  it('marks people with no contact in N days (never contacted counts); 0 days turns it off', () => {
    const c = chartOf(people, values)
    expect(c.stale).toBe(2)
    expect(c.rows.flatMap((r) => r.cells.filter((x) => x.stale).map((x) => x.person.name))).toEqual(
      ['Chen', 'Bea'],
    )
    expect(c.rows[1]!.stale).toBe(1)
    expect(chartOf(people, values, NO_FILTER, { staleDays: 50 }).stale).toBe(1)
    expect(chartOf(people, values, NO_FILTER, { staleDays: 0 }).stale).toBe(0)
  })

  it('filters by tag, stage, leaders and unit (with the units below it)', () => {
    const byTag = chartOf(people, values, { ...NO_FILTER, tag: 'steward' })
    expect(byTag.total).toBe(2)
    expect(byTag.rows.flatMap((r) => r.cells.map((x) => x.person.name))).toEqual(['Rosa', 'Dara'])
    expect(chartOf(people, values, { ...NO_FILTER, stage: 'committed' }).total).toBe(1)
    expect(chartOf(people, values, { ...NO_FILTER, leadersOnly: true }).total).toBe(1)
    const harbour = chartOf(people, values, {
      ...NO_FILTER,
      unitIds: unitWithDescendants(UNITS, 'harbour'),
    })
    expect(rowNames(harbour)).toEqual(['Harbour', 'Day shift', 'Night shift'])
    expect(harbour.total).toBe(4)
    const office = chartOf(people, values, { ...NO_FILTER, unitIds: new Set(['office']) })
    expect(rowNames(office)).toEqual(['Office'])
    expect(office.total).toBe(0)
  })

  it('treats values outside 0-5 as not yet assessed', () => {
    const c = chartOf([rosa], { [rosa.id]: 9 })
    expect(c.notAssessed).toBe(1)
  })

  it('reuses the rows that did not change (one assessment changes one row)', () => {
    const first = chartOf(people, values)
    const same = chartOf(people, values, NO_FILTER, { previous: first })
    expect(same.rows.every((r, i) => r === first.rows[i])).toBe(true)
    const next = chartOf(people, { ...values, [bea.id]: 3 }, NO_FILTER, { previous: first })
    const changed = next.rows.map((r, i) => r !== first.rows[i])
    // Day shift changed, and Harbour above it (its tree counts); Night shift and the rest did not.
    expect(changed).toEqual([true, true, false, false, false])
    expect(next.rows[1]!.counts).toEqual([0, 0, 0, 1, 0, 0])
  })

  it('finds each shown person’s row and position', () => {
    const idx = cellIndex(chartOf(people, values))
    expect(idx.get(rosa.id)).toEqual({ row: 2, index: 1 })
    expect(idx.get(dara.id)).toEqual({ row: 4, index: 0 })
  })
})

describe('chart helpers', () => {
  it('percent, supporters and majority', () => {
    expect(percent(12, 30)).toBe(40)
    expect(percent(1, 3)).toBe(33)
    expect(percent(0, 0)).toBe(0)
    expect(supporters([4, 1, 2, 3, 0, 0])).toBe(3)
    expect(hasMajority([0, 1, 1, 1, 0, 0])).toBe(true)
    expect(hasMajority([1, 1, 1, 0, 0, 0])).toBe(true)
    expect(hasMajority([2, 1, 1, 0, 0, 0])).toBe(false)
    expect(hasMajority([0, 0, 0, 0, 0, 0])).toBe(false)
  })

  it('lists every tag once, sorted without regard to case', () => {
    expect(
      tagsOf([person({ tags: ['steward', 'new'] }), person({ tags: ['Night', 'new'] })]),
    ).toEqual(['new', 'Night', 'steward'])
  })

  it('reads the days of "no contact in N days"', () => {
    expect(parseStaleDays('30')).toBe(30)
    expect(parseStaleDays('7.9')).toBe(7)
    expect(parseStaleDays('')).toBe(0)
    expect(parseStaleDays('-3')).toBe(0)
    expect(parseStaleDays('abc')).toBe(0)
    expect(parseStaleDays('999999')).toBe(3650)
  })

  it('every assessment colour keeps its text readable (contrast ≥ 4.5:1)', () => {
    for (const swatch of Object.values(ASSESSMENT_COLOURS))
      expect(contrastRatio(swatch.background, swatch.text)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
    expect(swatchOf(7)).toBe(ASSESSMENT_COLOURS[0])
    const backgrounds = new Set(Object.values(ASSESSMENT_COLOURS).map((s) => s.background))
    expect(backgrounds.size).toBe(6)
  })
})

describe('assessmentHistory', () => {
  const a = (
    personId: string,
    value: number,
    at: number,
    id = `${personId}-${at}`,
  ): Assessment => ({
    id,
    personId,
    value,
    by: 'm1',
    at,
    reason: '',
  })

  it('counts each person at their latest assessment by the end of every period', () => {
    const people = [
      { id: 'x', createdAt: 0 },
      { id: 'y', createdAt: 0 },
      { id: 'late', createdAt: 350 },
    ]
    const points = assessmentHistory({
      assessments: [a('x', 3, 100), a('x', 2, 250), a('y', 5, 300), a('other', 1, 0)],
      people,
      now: 500,
      steps: 4,
    })
    expect(points.map((p) => p.at)).toEqual([200, 300, 400, 500])
    expect(points.map((p) => p.counts)).toEqual([
      [1, 0, 0, 1, 0, 0],
      [0, 0, 1, 0, 0, 1],
      [1, 0, 1, 0, 0, 1],
      [1, 0, 1, 0, 0, 1],
    ])
  })

  it('breaks ties at the same time by id, as every peer does', () => {
    const points = assessmentHistory({
      assessments: [a('x', 4, 100, 'b'), a('x', 1, 100, 'a')],
      people: [{ id: 'x', createdAt: 0 }],
      now: 200,
      steps: 1,
    })
    expect(points[0]!.counts[4]).toBe(1)
  })

  it('is empty when none of the people was ever assessed', () => {
    expect(
      assessmentHistory({
        assessments: [a('other', 2, 10)],
        people: [{ id: 'x', createdAt: 0 }],
        now: 100,
        steps: 12,
      }),
    ).toEqual([])
  })
})

describe('moveInGrid', () => {
  // Three units of 5, 0 and 3 people, 2 cells per visual line.
  const lengths = [5, 0, 3]
  const move = (row: number, index: number, key: string, ctrl = false) =>
    moveInGrid(lengths, { row, index }, key, 2, ctrl)

  it('moves left and right through everyone, across units, stopping at the ends', () => {
    expect(move(0, 3, 'ArrowRight')).toEqual({ row: 0, index: 4 })
    expect(move(0, 4, 'ArrowRight')).toEqual({ row: 2, index: 0 })
    expect(move(2, 0, 'ArrowLeft')).toEqual({ row: 0, index: 4 })
    expect(move(2, 2, 'ArrowRight')).toEqual({ row: 2, index: 2 })
    expect(move(0, 0, 'ArrowLeft')).toEqual({ row: 0, index: 0 })
  })

  it('moves up and down by visual lines, keeping the column, across units', () => {
    expect(move(0, 1, 'ArrowDown')).toEqual({ row: 0, index: 3 })
    expect(move(0, 3, 'ArrowDown')).toEqual({ row: 0, index: 4 })
    expect(move(0, 4, 'ArrowDown')).toEqual({ row: 2, index: 0 })
    expect(move(2, 1, 'ArrowUp')).toEqual({ row: 0, index: 4 })
    expect(move(2, 2, 'ArrowUp')).toEqual({ row: 2, index: 0 })
    expect(move(0, 1, 'ArrowUp')).toEqual({ row: 0, index: 1 })
  })

  it('jumps with Home, End, Ctrl+Home, Ctrl+End, PageUp and PageDown', () => {
    expect(move(0, 3, 'Home')).toEqual({ row: 0, index: 0 })
    expect(move(0, 1, 'End')).toEqual({ row: 0, index: 4 })
    expect(move(2, 2, 'Home', true)).toEqual({ row: 0, index: 0 })
    expect(move(0, 0, 'End', true)).toEqual({ row: 2, index: 2 })
    expect(move(0, 3, 'PageDown')).toEqual({ row: 2, index: 1 })
    expect(move(2, 2, 'PageUp')).toEqual({ row: 0, index: 0 })
    expect(move(0, 0, 'x')).toBeNull()
  })

  it('starts at the first person when the position is in an empty unit', () => {
    expect(move(1, 0, 'ArrowDown')).toEqual({ row: 0, index: 0 })
  })
})

describe('the chart of a real circle', () => {
  it('follows assessments recorded through the AssessmentIndex', () => {
    const doc = new Y.Doc()
    doc.clientID = 7
    const s = new CircleSession('c', doc)
    const added = addPerson(
      s,
      { ...emptyPersonInput(), name: 'Rosa', unit: 'Harbour > Dock' },
      NOW - 100,
    )
    const id = added.ok ? added.value : ''
    addPerson(s, { ...emptyPersonInput(), name: 'Amir', unit: 'Harbour' }, NOW - 100)
    const build = (previous: Chart | null = null) =>
      buildChart({
        people: s.people.getSnapshot(),
        units: flattenUnits(s.units.getSnapshot()),
        assessmentOf: (pid) => s.assessmentIndex.current(pid),
        filter: NO_FILTER,
        staleDays: 30,
        now: NOW,
        previous,
      })
    const before = build()
    expect(rowNames(before)).toEqual(['Harbour', 'Dock'])
    expect(before.notAssessed).toBe(2)
    const version = s.assessmentIndex.getSnapshot()
    expect(assess(s, { personId: id, value: 2, reason: '', by: newId() }, NOW - 10).ok).toBe(true)
    expect(s.assessmentIndex.getSnapshot()).not.toBe(version)
    const after = build(before)
    // Harbour's own row did not change, but its tree counts (Dock is below it) did.
    expect(after.rows[0]).not.toBe(before.rows[0])
    expect(after.rows[1]!.counts).toEqual([0, 0, 1, 0, 0, 0])
    expect(supporters(after.overall)).toBe(1)
    const history = assessmentHistory({
      assessments: s.assessmentIndex.all(),
      people: s.people.getSnapshot(),
      now: NOW,
      steps: 3,
    })
    expect(history.at(-1)!.counts).toEqual([1, 0, 1, 0, 0, 0])
    s.destroy()
  })
})

describe('the chart bench (tiny, Node only)', () => {
  it('emits a well-formed line with the model figures', async () => {
    const { benchChart } = await import('../../../bench/chart')
    const line = await benchChart({ people: 200, units: 5, runs: 2, browser: false })
    expect(line.name).toBe('chart-200')
    for (const key of ['ms', 'floor_ms', 'ratio', 'update_ms', 'history_ms'] as const) {
      expect(typeof line[key]).toBe('number')
      expect(Number.isFinite(line[key])).toBe(true)
    }
    expect(line.rows).toBe(6) // 5 units and "no unit"
    expect(line.browser).toBeNull()
    expect(JSON.parse(JSON.stringify(line))).toEqual(line)
  })
})
