import type { Person, Stage } from '../people/person'
import type { UnitNode } from '../units/tree'

/** Counts by assessment: index 0 = not yet assessed, 1-5 the scale. */
export type Distribution = [number, number, number, number, number, number]
export const emptyDistribution = (): Distribution => [0, 0, 0, 0, 0, 0]

export interface ChartFilter {
  tag: string
  stage: Stage | ''
  leadersOnly: boolean
  /** '' = every unit; otherwise the unit and the units below it. */
  unitIds: ReadonlySet<string> | null
}

export const NO_FILTER: ChartFilter = { tag: '', stage: '', leadersOnly: false, unitIds: null }

export interface ChartCell {
  person: Person
  assessment: number
  /** No contact for at least the chosen number of days (or never). */
  stale: boolean
}

export interface ChartRow {
  /** null: people without a unit. */
  unit: UnitNode | null
  cells: ChartCell[]
  counts: Distribution
  total: number
}

export interface Chart {
  rows: ChartRow[]
  overall: Distribution
  total: number
  notAssessed: number
  stale: number
  leaders: number
}

export interface ChartInput {
  people: readonly Person[]
  units: readonly UnitNode[]
  assessmentOf: (personId: string) => number
  filter: ChartFilter
  /** People with no contact in this many days are marked; 0 turns it off. */
  staleDays: number
  now: number
}

const DAY = 86_400_000

/**
 * The chart: one row per unit (in tree order) holding that unit's people (not those of the
 * units below it), with counts per assessment. People whose unit is gone land in "no unit".
 */
export function buildChart(input: ChartInput): Chart {
  const { filter } = input
  const rowOf = new Map<string, ChartRow>()
  const rows: ChartRow[] = input.units.map((u) => {
    const row: ChartRow = { unit: u, cells: [], counts: emptyDistribution(), total: 0 }
    rowOf.set(u.unit.id, row)
    return row
  })
  const none: ChartRow = { unit: null, cells: [], counts: emptyDistribution(), total: 0 }
  const overall = emptyDistribution()
  let stale = 0
  let leaders = 0
  const staleBefore = input.staleDays > 0 ? input.now - input.staleDays * DAY : -1
  for (const person of input.people) {
    if (filter.tag !== '' && !person.tags.includes(filter.tag)) continue
    if (filter.stage !== '' && person.stage !== filter.stage) continue
    if (filter.leadersOnly && !person.leader) continue
    const row = rowOf.get(person.unitId) ?? none
    if (filter.unitIds && !(row.unit && filter.unitIds.has(row.unit.unit.id))) continue
    const assessment = input.assessmentOf(person.id)
    const isStale = staleBefore >= 0 && person.lastContactAt < staleBefore
    row.cells.push({ person, assessment, stale: isStale })
    row.counts[assessment]!++
    row.total++
    overall[assessment]!++
    if (isStale) stale++
    if (person.leader) leaders++
  }
  const shown = rows.filter(
    (r) => r.total > 0 || !filter.unitIds || filter.unitIds.has(r.unit!.unit.id),
  )
  if (none.total > 0) shown.push(none)
  const total = overall.reduce((a, b) => a + b, 0)
  return { rows: shown, overall, total, notAssessed: overall[0], stale, leaders }
}

/** Share of `part` in `total` as a whole percentage (0 when total is 0). */
export const percent = (part: number, total: number) =>
  total === 0 ? 0 : Math.round((part / total) * 100)

/** Supporters: assessed 1 or 2. */
export const supporters = (d: Distribution) => d[1] + d[2]
