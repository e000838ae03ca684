import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import * as Y from 'yjs'
import { assess } from '../../shared/domain/assessments/commands'
import { initCircle } from '../../shared/domain/circle/commands'
import { CircleSession } from '../../shared/domain/circle/session'
import { addPerson as addPersonTo } from '../../shared/domain/people/commands'
import { emptyPersonInput, type PersonInput } from '../../shared/domain/people/person'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { newId } from '../../shared/util/id'
import { addPerson, createCircle, fmt, personRow, start, type Strings } from './helpers'
import { openSeededCircle } from './seed-circle'

/**
 * The Chart tab. A circle with units, people, stages, leaders, last contacts and assessment
 * histories is built in Node with the app's own domain code and stored, sealed under this
 * profile's data key, straight into IndexedDB (as large-list.spec.ts does; the product has no
 * test hooks). Then the chart's counts, filters, keyboard grid, details, history table and
 * accessibility are checked; and people added by hand show up in the chart.
 */

const DAY = 86_400_000
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface SeedPerson {
  name: string
  unit: string
  stage?: PersonInput['stage']
  leader?: boolean
  tags?: string[]
  /** Days since the last contact; null = never. */
  contact: number | null
  /** [value, days ago], oldest first. */
  assessed?: [number, number][]
}

const HARBOUR = 'Harbour'
const NIGHT = 'Harbour > Night shift'
const DAYS = 'Harbour > Day shift'
const OFFICE = 'Office'

/** Rows in tree order: Harbour, Day shift, Night shift, Office, No unit. */
const SEED: SeedPerson[] = [
  {
    name: 'Rosa Hernández',
    unit: NIGHT,
    stage: 'leading',
    leader: true,
    tags: ['steward'],
    contact: 2,
    assessed: [
      [3, 90],
      [2, 40],
      [1, 5],
    ],
  },
  {
    name: 'Amir Khan',
    unit: NIGHT,
    stage: 'committed',
    tags: ['steward'],
    contact: 10,
    assessed: [[2, 30]],
  },
  { name: 'Bea Costa', unit: NIGHT, stage: 'talked', contact: 45, assessed: [[3, 60]] },
  { name: 'Chen Wei', unit: NIGHT, contact: null },
  { name: 'Dara Okafor', unit: DAYS, stage: 'contacted', contact: 3, assessed: [[4, 20]] },
  {
    name: 'Emeka Mensah',
    unit: DAYS,
    stage: 'active',
    leader: true,
    tags: ['steward', 'spanish'],
    contact: 1,
    assessed: [[2, 50]],
  },
  { name: 'Fatima Ibrahim', unit: DAYS, stage: 'identified', contact: null },
  {
    name: 'Grace Evans',
    unit: HARBOUR,
    stage: 'committed',
    contact: 5,
    assessed: [
      [5, 70],
      [4, 8],
    ],
  },
  { name: 'Hana Tanaka', unit: OFFICE, stage: 'talked', contact: 100, assessed: [[5, 80]] },
  { name: 'Ivan Petrov', unit: OFFICE, contact: null },
  { name: 'Jamal Diallo', unit: '', stage: 'contacted', contact: 7, assessed: [[3, 15]] },
]

/** The circle's Y.Doc, built with the app's own commands. */
function buildCircle(id: string, name: string, now: number): Y.Doc {
  const doc = new Y.Doc({ guid: id })
  const session = new CircleSession(id, doc)
  if (!initCircle(session, name, 'en', now - 200 * DAY).ok) throw new Error('initCircle failed')
  const by = newId()
  for (const p of SEED) {
    const added = addPersonTo(
      session,
      {
        ...emptyPersonInput(),
        name: p.name,
        unit: p.unit,
        stage: p.stage ?? 'none',
        leader: p.leader ?? false,
        tags: p.tags ?? [],
        lastContactAt: p.contact === null ? 0 : now - p.contact * DAY,
      },
      now - 120 * DAY,
    )
    if (!added.ok) throw new Error(`add ${p.name}`)
    for (const [value, ago] of p.assessed ?? []) {
      const r = assess(session, { personId: added.value, value, reason: '', by }, now - ago * DAY)
      if (!r.ok) throw new Error(`assess ${p.name}`)
    }
  }
  session.destroy()
  return doc
}

/** Sets the app up, stores the seeded circle, reloads, unlocks and opens its Chart tab. */
async function openSeededChart(page: Page, name = 'Harbour drive') {
  await openSeededCircle(page, name, () => buildCircle(newId(), name, Date.now()))
  await openChartTab(page)
}

async function openChartTab(page: Page, s: Strings = en) {
  await page
    .getByRole('navigation', { name: s.nav.circleViews })
    .getByRole('link', { name: s.chart.title, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: s.chart.title })).toBeVisible()
  await expect(page.getByRole('grid', { name: s.chart.grid })).toBeVisible()
}

// ---- what the chart should say ---------------------------------------------------------------

/** A cell's accessible name, as ChartText.cellLabel composes it. */
function cellName(
  name: string,
  value: number,
  extra: { leader?: boolean; staleDays?: number } = {},
  s: Strings = en,
) {
  const key = String(value) as keyof Strings['chart']['assessments']
  const symbol = value === 0 ? '–' : String(value)
  let label = fmt(s.chart.cell, { name, assessment: `${symbol} ${s.chart.assessments[key]}` })
  if (extra.leader) label += `, ${s.chart.cellLeader}`
  if (extra.staleDays) label += `, ${fmt(s.chart.cellStale, { days: extra.staleDays })}`
  return label
}

const supportersText = (supporters: number, total: number) =>
  fmt(en.chart.supporters, {
    supporters,
    total,
    percent: total === 0 ? 0 : Math.round((supporters / total) * 100),
  })

const plural = (one: string, other: string, count: number, values = {}) =>
  fmt(count === 1 ? one : other, { count, ...values })

async function audit(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const detail = violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n')
  expect(violations.length, `axe found violations on "${screen}":\n${detail}`).toBe(0)
}

/** Console errors (a Content-Security-Policy violation by the chart library would show here). */
function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

test('the chart of a seeded circle: counts, filters, keyboard grid, details, history, axe', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const errors = watchConsole(page)
  await openSeededChart(page)
  const grid = page.getByRole('grid', { name: en.chart.grid })
  const overview = page.getByRole('region', { name: en.chart.overall })

  // Overall: 3 of 11 supporters, 3 not yet assessed, 5 without contact in 30 days, 2 leaders.
  await expect(overview.getByText(supportersText(3, 11), { exact: true })).toBeVisible()
  await expect(overview.getByText(fmt(en.chart.inChart_other, { count: 11 }))).toBeVisible()
  await expect(overview.getByText(fmt(en.chart.notAssessed_other, { count: 3 }))).toBeVisible()
  await expect(
    overview.getByText(fmt(en.chart.stale_other, { count: 5, days: 30 }), { exact: true }),
  ).toBeVisible()
  await expect(overview.getByText(fmt(en.chart.leaders_other, { count: 2 }))).toBeVisible()

  // One row per unit in tree order, each person a cell with the number and a full name.
  const headers = grid.getByRole('rowheader')
  await expect(headers).toHaveCount(5)
  await expect(headers.nth(0)).toContainText(HARBOUR)
  await expect(headers.nth(0)).toContainText(
    fmt(en.chart.unitTree, { supporters: 3, total: 8, percent: 38 }),
  )
  await expect(headers.nth(1)).toContainText('Day shift')
  await expect(headers.nth(2)).toContainText('Night shift')
  await expect(headers.nth(2)).toContainText(
    fmt(en.chart.unitStats, { supporters: 2, total: 4, percent: 50 }),
  )
  await expect(headers.nth(3)).toContainText(OFFICE)
  await expect(headers.nth(4)).toContainText(en.chart.noUnit)
  const rosa = grid.getByRole('gridcell', {
    name: cellName('Rosa Hernández', 1, { leader: true }),
    exact: true,
  })
  await expect(rosa).toHaveText('1')
  await expect(rosa).toHaveClass(/leader/)
  const chen = grid.getByRole('gridcell', {
    name: cellName('Chen Wei', 0, { staleDays: 30 }),
    exact: true,
  })
  await expect(chen).toHaveText('–')
  await expect(chen).toHaveClass(/stale/)
  await expect(grid.getByRole('gridcell', { name: /: / })).toHaveCount(11)
  // One tab stop for the whole grid.
  await expect(grid.locator('[role="gridcell"][tabindex="0"]')).toHaveCount(1)

  await audit(page, 'chart')

  // Keyboard: Tab enters the grid at the first person; arrows, End, Page Down, Ctrl+Home/End.
  await page.getByRole('button', { name: en.chart.clearFilters }).focus()
  await page.keyboard.press('Tab')
  const focused = (name: string, value: number, extra = {}) =>
    expect(
      grid.getByRole('gridcell', { name: cellName(name, value, extra), exact: true }),
    ).toBeFocused()
  await focused('Grace Evans', 4)
  await page.keyboard.press('ArrowRight')
  await focused('Dara Okafor', 4)
  await page.keyboard.press('ArrowRight')
  await focused('Emeka Mensah', 2, { leader: true })
  await page.keyboard.press('ArrowLeft')
  await focused('Dara Okafor', 4)
  await page.keyboard.press('ArrowDown')
  await focused('Amir Khan', 2)
  await page.keyboard.press('End')
  await focused('Rosa Hernández', 1, { leader: true })
  await page.keyboard.press('PageDown')
  await focused('Ivan Petrov', 0, { staleDays: 30 })
  await page.keyboard.press('Control+End')
  await focused('Jamal Diallo', 3)
  await page.keyboard.press('Control+Home')
  await focused('Grace Evans', 4)
  await expect(grid.locator('[role="gridcell"][tabindex="0"]')).toHaveCount(1)

  // Enter shows the person next to the grid; Escape hides them again; focus stays put.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  const details = page.getByRole('region', { name: en.chart.details.heading })
  await expect(details).toContainText('Jamal Diallo')
  await expect(details).toContainText(`3 ${en.chart.assessments['3']}`)
  await expect(details).toContainText(en.chart.stages.contacted)
  await expect(details).toContainText(en.chart.noUnit)
  await audit(page, 'chart with a person shown')
  await page.keyboard.press('Escape')
  await expect(details).toContainText(en.chart.details.none)
  await focused('Jamal Diallo', 3)
  // A click shows a person too.
  await rosa.click()
  await expect(details).toContainText('Rosa Hernández')
  await expect(details).toContainText('Harbour › Night shift')
  await expect(details).toContainText(en.chart.stages.leading)

  // Filters: tag, stage, leaders, unit (with the units below), and "no contact in N days".
  const summary = overview.locator('.chart-summary-main')
  await page.getByLabel(en.chart.tag, { exact: true }).selectOption('steward')
  await expect(summary).toHaveText(supportersText(3, 3))
  await expect(page.getByText(fmt(en.chart.inChart_other, { count: 3 })).last()).toBeVisible()
  await page.getByLabel(en.chart.tag, { exact: true }).selectOption('')
  await page.getByLabel(en.chart.stage, { exact: true }).selectOption('committed')
  await expect(summary).toHaveText(supportersText(1, 2))
  await page.getByLabel(en.chart.stage, { exact: true }).selectOption('')
  await page.getByLabel(en.chart.leadersOnly).check()
  await expect(summary).toHaveText(supportersText(2, 2))
  await page.getByLabel(en.chart.leadersOnly).uncheck()
  await page.getByLabel(en.chart.unit, { exact: true }).selectOption({ label: HARBOUR })
  await expect(summary).toHaveText(supportersText(3, 8))
  await expect(headers).toHaveCount(3)
  await expect(grid.getByRole('rowheader', { name: new RegExp(OFFICE) })).toHaveCount(0)
  await page.getByLabel(en.chart.unit, { exact: true }).selectOption({ label: OFFICE })
  await expect(summary).toHaveText(supportersText(0, 2))
  await page.getByRole('button', { name: en.chart.clearFilters }).click()
  await expect(summary).toHaveText(supportersText(3, 11))
  await expect(headers).toHaveCount(5)

  const staleField = page.getByLabel(en.chart.staleDays)
  await expect(staleField).toHaveValue('30')
  await staleField.fill('60')
  await expect(
    overview.getByText(fmt(en.chart.stale_other, { count: 4, days: 60 }), { exact: true }),
  ).toBeVisible()
  await expect(
    grid.getByRole('gridcell', { name: cellName('Bea Costa', 3), exact: true }),
  ).not.toHaveClass(/stale/)
  await staleField.fill('0')
  await expect(overview.getByText(en.chart.staleOff)).toBeVisible()
  await expect(grid.locator('.chart-cell.stale')).toHaveCount(0)
  await staleField.fill('30')

  // Counts by unit and the history, as tables (the accessible alternative to the plot).
  await page.getByText(en.chart.byUnit.show).click()
  const byUnit = page.getByRole('table', { name: en.chart.byUnit.caption })
  await expect(byUnit.locator('tfoot td')).toHaveText([
    '1',
    '2',
    '2',
    '2',
    '1',
    '3',
    '3 (27%)',
    '11',
  ])
  const history = page.getByRole('region', { name: en.chart.history.heading })
  // The plot (recharts, keyboard-explorable: role application) is named by its title.
  await expect(
    history.getByRole('application', { name: en.chart.history.chartLabel }),
  ).toBeVisible()
  await history.getByText(en.chart.history.show).click()
  const table = history.getByRole('table', { name: en.chart.history.caption })
  await expect(table.locator('tbody tr')).toHaveCount(12)
  // At the end: today's assessments. After the first period (82.5 days ago): only Rosa's 3.
  await expect(table.locator('tbody tr').last().locator('td')).toHaveText([
    '1',
    '2',
    '2',
    '2',
    '1',
    '3',
    '11',
  ])
  await expect(table.locator('tbody tr').first().locator('td')).toHaveText([
    '0',
    '0',
    '1',
    '0',
    '0',
    '10',
    '11',
  ])
  await audit(page, 'chart with both tables open')

  expect(errors, errors.join('\n')).toEqual([])
})

test('in German at 200 % text size the chart has no axe violations', async ({ page }) => {
  test.setTimeout(120_000)
  await openSeededChart(page, 'Hafen')
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
  await page.getByLabel(de.settings.textSize).fill('200')
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await page.getByRole('link', { name: 'Hafen' }).click()
  await openChartTab(page, de)
  const grid = page.getByRole('grid', { name: de.chart.grid })
  await expect(
    grid.getByRole('gridcell', {
      name: cellName('Chen Wei', 0, { staleDays: 30 }, de),
      exact: true,
    }),
  ).toBeVisible()
  await page.getByText(de.chart.history.show).click()
  await audit(page, 'de chart at 200 %')
})

test('people added by hand appear in the chart, by unit, not yet assessed', async ({ page }) => {
  await start(page)
  await createCircle(page, 'Tenants of Block C')
  await addPerson(page, { name: 'Rosa Hernández', unit: 'Block C > Floor 2', tags: 'committee' })
  await addPerson(page, { name: 'Amir Khan', unit: 'Block C > Floor 3' })
  await addPerson(page, { name: 'Lena Weber' })
  await openChartTab(page)
  const grid = page.getByRole('grid', { name: en.chart.grid })
  const headers = grid.getByRole('rowheader')
  await expect(headers).toHaveCount(4)
  await expect(headers.nth(0)).toContainText('Block C')
  await expect(headers.nth(1)).toContainText('Floor 2')
  await expect(headers.nth(2)).toContainText('Floor 3')
  await expect(headers.nth(3)).toContainText(en.chart.noUnit)
  for (const name of ['Rosa Hernández', 'Amir Khan', 'Lena Weber'])
    await expect(
      grid.getByRole('gridcell', { name: cellName(name, 0, { staleDays: 30 }), exact: true }),
    ).toBeVisible()
  const overview = page.getByRole('region', { name: en.chart.overall })
  await expect(overview.getByText(supportersText(0, 3), { exact: true })).toBeVisible()
  await expect(overview.getByText(fmt(en.chart.notAssessed_other, { count: 3 }))).toBeVisible()
  await expect(page.getByRole('region', { name: en.chart.history.heading })).toContainText(
    en.chart.history.empty,
  )
  await page.getByLabel(en.chart.tag, { exact: true }).selectOption('committee')
  await expect(
    overview.getByText(plural(en.chart.inChart_one, en.chart.inChart_other, 1)),
  ).toBeVisible()
  // Recorded in the person dialog (where it offers assessments), an assessment shows in the chart.
  const strings = (en as unknown as { person?: { assessment?: AssessmentStrings } }).person
  const a = strings?.assessment
  if (!a?.value || !a.record || !a.labels?.['2']) return
  await page
    .getByRole('navigation', { name: en.nav.circleViews })
    .getByRole('link', { name: en.nav.people, exact: true })
    .click()
  await personRow(page, 'Rosa Hernández').click()
  const edit = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Rosa Hernández' }),
  })
  const value = edit.getByLabel(a.value, { exact: true })
  if ((await value.count()) === 0) return
  await value.selectOption({ label: a.labels['2'] })
  await edit.getByRole('button', { name: a.record }).click()
  await edit.getByRole('button', { name: en.common.cancel }).click()
  await expect(edit).toBeHidden()
  await openChartTab(page)
  await expect(overview.getByText(supportersText(1, 3), { exact: true })).toBeVisible()
  await expect(
    page.getByRole('grid', { name: en.chart.grid }).getByRole('gridcell', {
      name: cellName('Rosa Hernández', 2, { staleDays: 30 }),
      exact: true,
    }),
  ).toHaveText('2')
  await expect(page.getByRole('region', { name: en.chart.history.heading })).not.toContainText(
    en.chart.history.empty,
  )
})

/** The person dialog's assessment texts, looked up loosely: that dialog is built separately. */
interface AssessmentStrings {
  value?: string
  record?: string
  labels?: Record<string, string>
}
