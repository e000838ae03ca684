/**
 * The encrypted store (renderer/src/data/encrypted-persistence.ts) in real Chromium: the
 * bench page bench/browser/ is built with Vite, served on 127.0.0.1 and driven by Playwright.
 *
 *  - open-100k-encrypted: open a stored 100k-people circle until the list is usable, through
 *    EncryptedDocPersistence; floor: the same through the unencrypted y-indexeddb store.
 *  - compaction-100k: the longest main-thread block while the open 100k circle is compacted
 *    by the worker compactor (as in the app); floor: the same compaction run inline.
 *
 * `npx tsx bench/encrypted.ts` prints the JSON lines; progress goes to stderr.
 */
import { readdir, readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { availableParallelism, loadavg } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import { build } from 'vite'
import type { BenchName, BenchResult, CompactionResult, OpenResult } from './browser/protocol'
import { emit, isMain, median, round, type BenchLine } from './helpers'

const N = 100_000
const CONFIG = fileURLToPath(new URL('./browser/vite.config.ts', import.meta.url))
const OUT = fileURLToPath(new URL('../out/bench-browser', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const log = (msg: string) => console.error(`# encrypted: ${msg}`)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
}

/** Builds the page and checks that the compaction worker became its own bundled asset. */
async function buildPage(): Promise<void> {
  await build({ configFile: CONFIG, logLevel: 'warn' })
  const assets = await readdir(join(OUT, 'assets'))
  const worker = assets.find((f) => /^compaction\.worker.*\.js$/.test(f))
  if (!worker) throw new Error(`no compaction worker in ${OUT}/assets: ${assets.join(', ')}`)
  const scripts = assets.filter((f) => f.endsWith('.js') && f !== worker)
  const texts = await Promise.all(scripts.map((f) => readFile(join(OUT, 'assets', f), 'utf8')))
  if (!texts.some((t) => t.includes(worker)))
    throw new Error(`the bench bundle does not reference ${worker}`)
}

/** A static server for out/bench-browser on 127.0.0.1 and a free port. */
async function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(OUT, path === '/' ? 'index.html' : path))
    if (!file.startsWith(OUT + sep)) {
      res.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        res.end(body)
      },
      () => res.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: `http://127.0.0.1:${port}/` }
}

/** Trace categories recorded around the compaction bench (small: tasks and user timing). */
const TASK_CATEGORIES = ['toplevel', 'blink.user_timing']

interface TraceEvent {
  name?: string
  cat?: string
  ph?: string
  pid?: number
  tid?: number
  ts?: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

/** The renderer main thread's tasks during one compaction, from a Chromium trace. */
export interface TaskStats {
  /** Longest task, wall clock and the thread's own CPU time (descheduling excluded). */
  task_max_ms: number
  task_max_cpu_ms: number
  /** All tasks' CPU time in the window (samplers included). */
  task_cpu_total_ms: number
  tasks: number
}

function mainThreadTasks(trace: Buffer, mark: string): TaskStats | null {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const begin = events.find((e) => e.name === mark && e.ph === 'b')
  const end = events.find((e) => e.name === mark && e.ph === 'e')
  if (begin?.ts === undefined || end?.ts === undefined) return null
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.pid === begin.pid &&
      e.args?.name === 'CrRendererMain',
  )
  const tasks = events.filter(
    (e) =>
      e.pid === begin.pid &&
      e.tid === main?.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.ts! < end.ts! &&
      e.ts! + (e.dur ?? 0) > begin.ts!,
  )
  if (tasks.length === 0) return null
  const ms = (us: number) => round(us / 1000)
  return {
    task_max_ms: ms(Math.max(...tasks.map((e) => e.dur ?? 0))),
    task_max_cpu_ms: ms(Math.max(...tasks.map((e) => e.tdur ?? 0))),
    task_cpu_total_ms: ms(tasks.reduce((n, e) => n + (e.tdur ?? 0), 0)),
    tasks: tasks.length,
  }
}

async function run<R extends BenchResult>(page: Page, name: BenchName): Promise<R> {
  const started = Date.now()
  const result = await page.evaluate(([b, n]) => window.runBench(b, n), [name, N] as const)
  log(`${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result as R
}

function openLine(r: OpenResult): BenchLine {
  const ms = median(r.encrypted.map((x) => x.ms))
  const floor = median(r.plain.map((x) => x.ms))
  const step = (runs: OpenResult['encrypted'], k: 'attach_ms' | 'session_ms' | 'list_ms') =>
    round(median(runs.map((x) => x[k])))
  return {
    name: `open-${N / 1000}k-encrypted`,
    ms: round(ms),
    floor_ms: round(floor),
    ratio: round(ms / floor, 2),
    apply_ms: round(median(r.apply_ms)),
    n: r.n,
    browser: 'chromium',
    state_bytes: r.state_bytes,
    sealed_bytes: r.sealed_bytes,
    sealed_records: r.sealed_records,
    paired_ratio: round(median(r.encrypted.map((x, i) => x.ms / r.plain[i]!.ms)), 2),
    ratio_to_apply: round(ms / median(r.apply_ms), 2),
    attach_ms: step(r.encrypted, 'attach_ms'),
    session_ms: step(r.encrypted, 'session_ms'),
    list_ms: step(r.encrypted, 'list_ms'),
    floor_attach_ms: step(r.plain, 'attach_ms'),
    floor_session_ms: step(r.plain, 'session_ms'),
    floor_list_ms: step(r.plain, 'list_ms'),
    attach_read_ms: round(r.attach_steps.read_ms),
    attach_decrypt_ms: round(r.attach_steps.decrypt_ms),
    attach_apply_ms: round(r.attach_steps.apply_ms),
    runs: r.encrypted.length,
    ms_runs: r.encrypted.map((x) => round(x.ms)),
    floor_runs: r.plain.map((x) => round(x.ms)),
    apply_runs: r.apply_ms.map((x) => round(x)),
    build_ms: round(r.build_ms),
    seed_ms: round(r.seed_ms),
    target: 'ratio <= 1.2',
  }
}

function compactionLine(r: CompactionResult, trace: Buffer | null): BenchLine {
  const workers = r.runs.filter((x) => x.mode === 'worker')
  const inline = r.runs.find((x) => x.mode === 'inline')
  if (workers.length === 0 || !inline) throw new Error('missing compaction runs')
  if (workers.some((w) => !w.worker_used))
    throw new Error('workerCompactor fell back to inline compaction')
  const tasks = workers.map((w) => (trace ? mainThreadTasks(trace, w.mark) : null))
  const floorTasks = trace ? mainThreadTasks(trace, inline.mark) : null
  const ms = median(workers.map((w) => w.block_ms))
  const worst = workers.reduce((a, b) => (b.block_ms > a.block_ms ? b : a))
  const opt = (x: number | null | undefined) => (x === null || x === undefined ? null : round(x))
  return {
    name: `compaction-${N / 1000}k`,
    ms: round(ms),
    floor_ms: round(inline.block_ms),
    ratio: round(ms / inline.block_ms, 3),
    n: r.n,
    browser: 'chromium',
    compact_after: r.compact_after,
    edits: workers[0]!.edits,
    records_before: workers[0]!.records_before,
    records_after: workers[0]!.records_after,
    runs: workers.length,
    ms_runs: workers.map((w) => round(w.block_ms)),
    longtask_supported: workers[0]!.longtask_supported,
    longtask_max_ms_runs: workers.map((w) => round(w.longtask_max_ms)),
    timeout_gap_max_ms_runs: workers.map((w) => round(w.timeout_gap_max_ms)),
    raf_gap_max_ms_runs: workers.map((w) => opt(w.raf_gap_max_ms)),
    idle_timeout_gap_max_ms: round(median(workers.map((w) => w.idle_timeout_gap_max_ms))),
    idle_raf_gap_max_ms: opt(workers[0]!.idle_raf_gap_max_ms),
    worst_run_top_gaps: worst.top_timeout_gaps.map((g) => ({ at: round(g.at), ms: round(g.ms) })),
    // From a Chromium trace: the main thread's longest task, wall and CPU. A long wall time
    // with little CPU is the thread waiting for a core (a busy machine), not page work.
    trace_task_max_ms_runs: tasks.map((t) => t?.task_max_ms ?? null),
    trace_task_max_cpu_ms_runs: tasks.map((t) => t?.task_max_cpu_ms ?? null),
    trace_task_cpu_total_ms_runs: tasks.map((t) => t?.task_cpu_total_ms ?? null),
    compaction_ms_runs: workers.map((w) => round(w.compaction_ms)),
    floor_longtasks: inline.longtasks.map((x) => round(x)),
    floor_timeout_gap_max_ms: round(inline.timeout_gap_max_ms),
    floor_raf_gap_max_ms: opt(inline.raf_gap_max_ms),
    floor_trace_task_max_ms: floorTasks?.task_max_ms ?? null,
    floor_trace_task_max_cpu_ms: floorTasks?.task_max_cpu_ms ?? null,
    floor_compaction_ms: round(inline.compaction_ms),
    // compactDoc's synchronous steps on the same updates (in the page's main thread).
    step_merge_ms: round(r.steps.merge_ms),
    step_apply_ms: round(r.steps.apply_ms),
    step_encode_ms: round(r.steps.encode_ms),
    step_apply_unmerged_ms: round(r.steps.apply_each_ms),
    step_same_state: r.steps.same_state,
    cpus: availableParallelism(),
    load_avg_1m: round(loadavg()[0]!, 2),
    target: 'ms < 50',
  }
}

/**
 * Runs the browser benchmarks in one Chromium page and returns their lines (`only`: a subset).
 * BENCH_TRACE=file.json records a Chromium trace of the run (chrome://tracing, Perfetto);
 * BENCH_TRACE_CATEGORIES=a,b,… replaces Playwright's default trace categories.
 */
export async function benchEncrypted(only?: readonly BenchName[]): Promise<BenchLine[]> {
  const wanted = (name: BenchName) => !only || only.length === 0 || only.includes(name)
  let t = Date.now()
  await buildPage()
  log(`page built in ${((Date.now() - t) / 1000).toFixed(1)} s`)
  const { server, url } = await serve()
  let browser: Browser | null = null
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        // Keep timers and frames running at full rate in a headless page; `gc` between runs.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--js-flags=--expose-gc',
      ],
    })
    const page = await browser.newPage()
    page.on('pageerror', (err) => log(`page error: ${err.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') log(`console ${m.type()}: ${m.text()}`)
    })
    t = Date.now()
    await page.goto(url)
    await page.waitForFunction(() => window.benchReady === true)
    const path = process.env.BENCH_TRACE
    const categories = process.env.BENCH_TRACE_CATEGORIES?.split(',')
    if (path) await browser.startTracing(page, { path, screenshots: false, categories })
    const lines: BenchLine[] = []
    if (wanted('open-encrypted'))
      lines.push(openLine(await run<OpenResult>(page, 'open-encrypted')))
    let compaction: CompactionResult | null = null
    let trace: Buffer | null = null
    if (wanted('compaction')) {
      // Only tasks and user timing (little overhead), unless the whole run is being traced.
      if (!path) await browser.startTracing(page, { categories: TASK_CATEGORIES })
      compaction = await run<CompactionResult>(page, 'compaction')
      if (!path) trace = await browser.stopTracing()
    }
    if (path) trace = await browser.stopTracing()
    if (compaction) lines.push(compactionLine(compaction, trace))
    return lines
  } finally {
    await browser?.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

if (isMain(import.meta.url)) {
  for (const line of await benchEncrypted(process.argv.slice(2) as BenchName[])) emit(line)
}
