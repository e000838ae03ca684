/**
 * The chart view in Chromium for `npm run bench` (bench/chart.ts bundles this file on its own;
 * the app never imports it). It renders the real ChartBody over a sample circle and times the
 * first render and the update after one new assessment, each with the layout it causes, against
 * a floor: the same cells made with plain DOM calls, no React.
 */
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import * as Y from 'yjs'
import { assess } from '@shared/domain/assessments/commands'
import { seedSample } from '@shared/domain/chart/sample'
import { CircleSession } from '@shared/domain/circle/session'
import { setupI18n } from '../../i18n/setup'
import type { ChartRenderOptions, ChartRenderResult } from './bench-protocol'
import { ChartBody } from './ChartBody'

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
const settle = async () => {
  await nextFrame()
  await nextFrame()
  await new Promise((resolve) => setTimeout(resolve, 50))
}
/** Resolves when the main thread has nothing left to do (React's deferred renders included). */
const idle = () =>
  new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 }))
/** Reading a layout property makes the browser do the style and layout work now. */
const layout = () => document.body.getBoundingClientRect().height

async function run(opts: ChartRenderOptions): Promise<ChartRenderResult> {
  const i18n = await setupI18n('en')
  const now = Date.now()
  const host = document.getElementById('root')!
  const result: ChartRenderResult = {
    n: opts.people,
    cells: 0,
    render_ms: [],
    render_settled_ms: [],
    floor_ms: [],
    update_ms: [],
    update_settled_ms: [],
    dom_nodes: 0,
  }
  for (let r = 0; r < opts.runs; r++) {
    const session = new CircleSession(`bench-${r}`, new Y.Doc())
    const sample = seedSample(session, { people: opts.people, units: opts.units, now })

    // Floor: the same cells (class, label, number) grouped by unit, with plain DOM calls.
    await settle()
    let t0 = performance.now()
    const grid = document.createElement('div')
    grid.className = 'chart-grid'
    const rows = new Map<string, HTMLElement>()
    for (const u of session.units.getSnapshot()) {
      const row = document.createElement('div')
      row.className = 'chart-row'
      row.textContent = u.name
      rows.set(u.id, row)
      grid.append(row)
    }
    for (const p of session.people.getSnapshot()) {
      const value = session.assessmentIndex.current(p.id)
      const cell = document.createElement('div')
      cell.className = `chart-cell chart-a${value}`
      cell.setAttribute('role', 'gridcell')
      cell.setAttribute('aria-label', `${p.name}: ${value}`)
      cell.textContent = String(value)
      ;(rows.get(p.unitId) ?? grid).append(cell)
    }
    host.append(grid)
    layout()
    result.floor_ms.push(performance.now() - t0)
    grid.remove()

    // The chart view: first render, then one new assessment at a time.
    await settle()
    const root = createRoot(host)
    t0 = performance.now()
    flushSync(() =>
      root.render(
        <I18nextProvider i18n={i18n}>
          <ChartBody session={session} announce={() => undefined} />
        </I18nextProvider>,
      ),
    )
    layout()
    result.render_ms.push(performance.now() - t0)
    await idle()
    result.render_settled_ms.push(performance.now() - t0)
    result.cells = host.querySelectorAll('.chart-grid .chart-cell').length
    result.dom_nodes = host.getElementsByTagName('*').length
    for (let k = 0; k < opts.updates; k++) {
      await settle()
      const personId = sample.personIds[(k * 997) % sample.personIds.length]!
      t0 = performance.now()
      flushSync(() => assess(session, { personId, value: 1 + (k % 5), reason: '', by: '' }))
      layout()
      result.update_ms.push(performance.now() - t0)
      await idle()
      result.update_settled_ms.push(performance.now() - t0)
    }
    root.unmount()
    session.destroy()
  }
  return result
}

window.chartBench = { run }
