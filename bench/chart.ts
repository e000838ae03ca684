/**
 * chart-5k: the Chart tab over 5,000 people in 20 units with assessment histories.
 *
 *  - In Node: building the chart model (renderer/src/features/chart uses the same
 *    buildChart/chartBuilder) and updating it after one new assessment (the write through the
 *    real AssessmentIndex, then the rebuild that reuses unchanged rows). Floor: a plain loop
 *    grouping 5,000 plain objects by unit and counting their assessments, in the same run.
 *  - In Chromium (unless `browser: false`): the real React view (ChartBody, with its recharts
 *    history) bundled from renderer/src/features/chart/bench-page.tsx: first render and the
 *    update after one new assessment, each with its layout. Floor: the same cells made with
 *    plain DOM calls.
 *
 * `npx tsx bench/chart.ts` prints the JSON line; progress goes to stderr.
 */
import { fileURLToPath } from 'node:url'
import * as Y from 'yjs'
import { assess } from '../shared/domain/assessments/commands'
import { buildChart, chartBuilder, NO_FILTER, type Chart } from '../shared/domain/chart/chart-model'
import { assessmentHistory } from '../shared/domain/chart/history'
import { seedSample } from '../shared/domain/chart/sample'
import { CircleSession } from '../shared/domain/circle/session'
import { flattenUnits } from '../shared/domain/units/tree'
import type { ChartRenderResult } from '../renderer/src/features/chart/bench-protocol'
import { emit, gcNow, isMain, median, round, timedSync, type BenchLine } from './helpers'

export interface ChartBenchOptions {
  people: number
  units: number
  /** Timed repetitions of each Node measurement. */
  runs?: number
  /** Also render the view in Chromium. */
  browser?: boolean
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const log = (msg: string) => console.error(`# chart: ${msg}`)

interface PlainRow {
  cells: { id: string; assessment: number }[]
  counts: number[]
}

/** The floor: group plain objects by unit and count their assessments, nothing else. */
function rawGrouping(items: readonly { id: string; unitId: string; assessment: number }[]) {
  const rows = new Map<string, PlainRow>()
  for (const it of items) {
    let row = rows.get(it.unitId)
    if (!row) {
      row = { cells: [], counts: [0, 0, 0, 0, 0, 0] }
      rows.set(it.unitId, row)
    }
    row.cells.push({ id: it.id, assessment: it.assessment })
    row.counts[it.assessment]!++
  }
  return rows
}

function modelFigures(opts: Required<ChartBenchOptions>) {
  const now = Date.now()
  const session = new CircleSession('bench-chart', new Y.Doc())
  const sample = seedSample(session, { people: opts.people, units: opts.units, now })
  const index = session.assessmentIndex
  const input = () => ({
    people: session.people.getSnapshot(),
    units: flattenUnits(session.units.getSnapshot()),
    assessmentOf: (id: string) => index.current(id),
    filter: NO_FILTER,
    staleDays: 30,
    now,
  })
  const plain = session.people
    .getSnapshot()
    .map((p) => ({ id: p.id, unitId: p.unitId, assessment: index.current(p.id) }))

  const build: number[] = []
  const floor: number[] = []
  let chart: Chart | null = null
  for (let i = 0; i < opts.runs + 5; i++) {
    const f = timedSync(() => rawGrouping(plain))
    const b = timedSync(() => buildChart(input()))
    chart = b.value
    if (i < 5) continue // warm-up
    floor.push(f.ms)
    build.push(b.ms)
  }
  if (!chart || chart.total !== opts.people) throw new Error(`charted ${chart?.total} people`)

  // One new assessment at a time: the write (Yjs + AssessmentIndex), then the rebuild.
  const builder = chartBuilder()
  let last = builder(input())
  const write: number[] = []
  const rebuild: number[] = []
  const redrawn: number[] = []
  gcNow()
  for (let i = 0; i < opts.runs; i++) {
    const personId = sample.personIds[(i * 7919) % sample.personIds.length]!
    const w = timedSync(() =>
      assess(session, { personId, value: 1 + (i % 5), reason: '', by: '' }, now),
    )
    if (!w.value.ok) throw new Error('assess failed')
    const before = last
    const r = timedSync(() => builder(input()))
    last = r.value
    write.push(w.ms)
    rebuild.push(r.ms)
    redrawn.push(last.rows.filter((row, k) => row !== before.rows[k]).length)
  }
  const history: number[] = []
  for (let i = 0; i < 5; i++)
    history.push(
      timedSync(() =>
        assessmentHistory({
          assessments: index.all(),
          people: session.people.getSnapshot(),
          now,
          steps: 12,
        }),
      ).ms,
    )
  session.destroy()
  return {
    build_ms: median(build),
    floor_ms: median(floor),
    write_ms: median(write),
    rebuild_ms: median(rebuild),
    rows: last.rows.length,
    rows_redrawn: median(redrawn),
    history_ms: median(history),
    assessments: sample.assessments,
  }
}

/** Bundles bench-page.tsx, opens it in Chromium and runs it. */
async function browserFigures(opts: Required<ChartBenchOptions>): Promise<ChartRenderResult> {
  const [{ build }, { default: react }, { chromium }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
    import('@playwright/test'),
  ])
  const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))
  const outDir = here('../out/bench-chart')
  let t = Date.now()
  await build({
    configFile: false,
    logLevel: 'warn',
    root: here('..'),
    plugins: [react()],
    resolve: { alias: { '@shared': here('../shared') } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      lib: {
        entry: here('../renderer/src/features/chart/bench-page.tsx'),
        formats: ['iife'],
        name: 'ChartBench',
        fileName: () => 'chart-bench.js',
      },
    },
  })
  log(`page built in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('pageerror', (err) => log(`page error: ${err.message}`))
    await page.setContent(
      '<!doctype html><html lang="en"><body><div id="root"></div></body></html>',
    )
    await page.addStyleTag({ path: here('../renderer/src/styles.css') })
    await page.addScriptTag({ path: `${outDir}/chart-bench.js` })
    t = Date.now()
    const result = await page.evaluate((o) => window.chartBench!.run(o), {
      people: opts.people,
      units: opts.units,
      runs: 3,
      updates: 5,
    })
    log(`rendered in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    return result
  } finally {
    await browser.close()
  }
}

export async function benchChart(options: ChartBenchOptions): Promise<BenchLine> {
  const opts: Required<ChartBenchOptions> = { runs: 30, browser: true, ...options }
  const m = modelFigures(opts)
  let view: ChartRenderResult | null = null
  let browserError: string | null = null
  if (opts.browser) {
    try {
      view = await browserFigures(opts)
      if (view.cells !== opts.people) throw new Error(`rendered ${view.cells} cells`)
    } catch (err) {
      browserError = err instanceof Error ? err.message : String(err)
      log(`no browser figures: ${browserError}`)
    }
  }
  const render = view && median(view.render_ms)
  const renderFloor = view && median(view.floor_ms)
  return {
    name: `chart-${opts.people >= 1000 ? `${opts.people / 1000}k` : opts.people}`,
    ms: round(m.build_ms, 2),
    floor_ms: round(m.floor_ms, 3),
    ratio: round(m.build_ms / m.floor_ms, 1),
    n: opts.people,
    units: opts.units,
    assessments: m.assessments,
    update_ms: round(m.write_ms + m.rebuild_ms, 2),
    update_write_ms: round(m.write_ms, 2),
    update_rebuild_ms: round(m.rebuild_ms, 2),
    rows: m.rows,
    rows_redrawn_per_update: m.rows_redrawn,
    history_ms: round(m.history_ms, 2),
    runs: opts.runs,
    browser: view ? 'chromium' : null,
    browser_error: browserError,
    render_ms: render === null ? null : round(render),
    render_floor_ms: renderFloor === null ? null : round(renderFloor),
    render_ratio: render === null || renderFloor === null ? null : round(render / renderFloor, 2),
    render_settled_ms: view ? round(median(view.render_settled_ms)) : null,
    render_update_ms: view ? round(median(view.update_ms)) : null,
    render_update_settled_ms: view ? round(median(view.update_settled_ms)) : null,
    render_runs: view ? view.render_ms.map((x) => round(x)) : null,
    render_update_runs: view ? view.update_ms.map((x) => round(x)) : null,
    dom_nodes: view?.dom_nodes ?? null,
    target: 'update_ms < 16 (model) and render_update_ms < 100 (view) at 5k',
  }
}

if (isMain(import.meta.url)) emit(await benchChart({ people: 5_000, units: 20 }))
