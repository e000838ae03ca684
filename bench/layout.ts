import * as Y from 'yjs'
import { CircleSession } from '../shared/domain/circle/session'
import { isMain, median, round, settledHeap, timedSync } from './helpers'
import { encodeLayout, LAYOUTS, makeEdits, type LayoutKind } from './layout-build'
import { concurrentEditDemo, type DemoResult } from './layout-demo'
import { makePeople } from './people'

export interface LayoutOptions {
  n: number
  /** Share of records that get 1–2 single-field edits after insertion (e.g. 0.01). */
  editFraction: number
  runs: number
}

export interface LayoutRow {
  layout: LayoutKind
  n: number
  edits: number
  state_bytes: number
  apply_ms: number
  apply_cpu_ms: number
  apply_ms_runs: number[]
  heap_bytes: number
  /** Layout (c) only: heap after load plus an open CircleSession with its sorted list. */
  session_heap_bytes?: number
}

/**
 * Size, raw load time (`Y.applyUpdate` into a fresh doc) and heap after load, per layout. The
 * runs of the three layouts are interleaved, so a busy machine slows them alike.
 */
export function measureLayouts(opts: LayoutOptions): LayoutRow[] {
  const people = makePeople(opts.n)
  const edits = makeEdits(people, opts.editFraction)
  const encoded = LAYOUTS.map((layout) => ({ layout, bytes: encodeLayout(layout, people, edits) }))
  const runs = encoded.map(() => ({
    ms: [] as number[],
    cpu: [] as number[],
    heap: [] as number[],
  }))
  for (let i = 0; i < opts.runs; i++) {
    encoded.forEach(({ bytes }, j) => {
      const run = loadOnce(bytes)
      runs[j]!.ms.push(run.ms)
      runs[j]!.cpu.push(run.cpu)
      runs[j]!.heap.push(run.heap)
    })
  }
  return encoded.map(({ layout, bytes }, j) => {
    const r = runs[j]!
    const session = layout === 'c-plain-plus-overlay' ? sessionHeap(bytes, opts.runs) : undefined
    return {
      layout,
      n: opts.n,
      edits: edits.length,
      state_bytes: bytes.byteLength,
      apply_ms: round(median(r.ms)),
      apply_cpu_ms: round(median(r.cpu)),
      apply_ms_runs: r.ms.map((t) => round(t)),
      heap_bytes: Math.round(median(r.heap)),
      ...(session === undefined ? {} : { session_heap_bytes: session }),
    }
  })
}

/** Heap held by a loaded doc plus the real CircleSession over it (validated records, order). */
function sessionHeap(bytes: Uint8Array, runs: number): number {
  const heaps: number[] = []
  for (let i = 0; i < runs; i++) heaps.push(loadOnce(bytes, true).heap)
  return Math.round(median(heaps))
}

/**
 * One load into a fresh doc: its time and the heap it holds. A function of its own, so that
 * no stack slot keeps the previous run's doc alive while the next one is measured.
 */
function loadOnce(bytes: Uint8Array, withSession = false) {
  const before = settledHeap()
  const doc = new Y.Doc()
  const { ms, cpu } = timedSync(() => Y.applyUpdate(doc, bytes))
  const session = withSession ? new CircleSession('layout', doc) : null
  session?.people.getSnapshot()
  const heap = settledHeap() - before
  session?.destroy()
  doc.destroy()
  return { ms, cpu, heap }
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`

export function formatTable(rows: readonly LayoutRow[]): string {
  const b = rows.find((r) => r.layout === 'b-plain-value')
  const x = (v: number, base: number | undefined) => (base ? `${(v / base).toFixed(2)}×` : '')
  const lines = [
    '| layout | state | load, wall (median) | load, CPU (median) | heap after load | vs (b): state / load CPU / heap |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) =>
        `| ${r.layout} | ${mb(r.state_bytes)} | ${r.apply_ms} ms | ${r.apply_cpu_ms} ms | ` +
        `${mb(r.heap_bytes)} | ` +
        `${x(r.state_bytes, b?.state_bytes)} / ${x(r.apply_cpu_ms, b?.apply_cpu_ms)} / ` +
        `${x(r.heap_bytes, b?.heap_bytes)} |`,
    ),
  ]
  const c = rows.find((r) => r.session_heap_bytes !== undefined)
  if (c?.session_heap_bytes !== undefined) {
    lines.push(
      '',
      `(c) with an open CircleSession and sorted list: ${mb(c.session_heap_bytes)} heap`,
    )
  }
  return lines.join('\n')
}

export function formatDemo(results: readonly DemoResult[]): string {
  return results
    .map(
      (d) =>
        `${d.layout}: A set phone, B set unit concurrently -> phone=${JSON.stringify(d.phone)} ` +
        `role=${JSON.stringify(d.role)} converged=${d.converged} keptBoth=${d.keptBoth}`,
    )
    .join('\n')
}

async function main(): Promise<void> {
  const n = Number(process.env.LAYOUT_N ?? 100_000)
  const runs = Number(process.env.LAYOUT_RUNS ?? 5)
  const rows = measureLayouts({ n, editFraction: 0.01, runs })
  const demo = concurrentEditDemo()
  const out = process.stdout
  out.write(`Layouts at ${n} people, ${rows[0]?.edits ?? 0} single-field edits, ${runs} runs\n`)
  out.write(`node ${process.version}, ${process.arch}\n\n${formatTable(rows)}\n\n`)
  out.write(`Concurrent edits of different fields of one record:\n${formatDemo(demo)}\n\n`)
  for (const r of rows) out.write(`${JSON.stringify(r)}\n`)
}

if (isMain(import.meta.url)) await main()
