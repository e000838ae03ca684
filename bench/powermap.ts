/**
 * powermap-1k: the power map canvas (renderer/src/features/power-maps/MapCanvas.tsx, bound to
 * a CircleSession) with 1,000 stakeholders and 2,000 relationships in Chromium, against bare
 * React Flow with the same nodes and edges in the same page and run (the floor):
 *
 *  - ms / floor_ms: time to first render (every node in the DOM and measured);
 *  - drag_frame_ms / drag_floor_ms: median frame interval while one node is dragged, one
 *    mouse move per frame (p95 beside it). Target: ratio <= 1.5 for both.
 *
 * The page is bench/browser/powermap.html, built with Vite and served on 127.0.0.1.
 * `npx tsx bench/powermap.ts` prints the JSON line; progress goes to stderr.
 */
import type { Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from '@playwright/test'
import type { PowerMapRun } from '../renderer/src/features/power-maps/bench-protocol'
import { emit, isMain, median, round, type BenchLine } from './helpers'
import { buildBenchPage, serveDir } from './page-server'

const OUT = fileURLToPath(new URL('../out/bench-powermap', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const N = 1000
const LINKS = 2000
const MOVES = 120
const RUNS = 3

const log = (msg: string) => console.error(`# powermap: ${msg}`)

async function buildPage(): Promise<void> {
  await buildBenchPage({ html: 'bench/browser/powermap.html', outDir: OUT })
}

async function serve(): Promise<{ server: Server; url: string }> {
  const { server, origin } = await serveDir(OUT)
  return { server, url: `${origin}/bench/browser/powermap.html` }
}

const p95 = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN
}

export async function benchPowerMap(): Promise<BenchLine> {
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
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        // Frames as fast as the page can make them, so that frame time is work, not vsync.
        '--disable-frame-rate-limit',
        '--disable-gpu-vsync',
      ],
    })
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    page.on('pageerror', (err) => log(`page error: ${err.message}`))
    page.on('console', (m) => {
      if (m.type() === 'error') log(`console error: ${m.text()}`)
    })
    await page.goto(url)
    await page.waitForFunction(() => window.benchReady === true)
    const runs: Record<'ours' | 'bare', PowerMapRun[]> = { ours: [], bare: [] }
    t = Date.now()
    // Alternating, so that both see the same machine state; the first pair warms up.
    for (let i = 0; i <= RUNS; i++) {
      for (const kind of ['bare', 'ours'] as const) {
        const r = await page.evaluate(([k, n, l, m]) => window.runPowerMap(k, n, l, m), [
          kind,
          N,
          LINKS,
          MOVES,
        ] as const)
        if (i > 0) runs[kind].push(r)
        log(
          `${kind} run ${i}: render ${r.render_ms.toFixed(0)} ms, frame ${median(r.frames_ms).toFixed(1)} ms`,
        )
      }
    }
    log(`runs done in ${((Date.now() - t) / 1000).toFixed(1)} s`)
    const render = median(runs.ours.map((r) => r.render_ms))
    const renderFloor = median(runs.bare.map((r) => r.render_ms))
    const frames = runs.ours.flatMap((r) => r.frames_ms)
    const floorFrames = runs.bare.flatMap((r) => r.frames_ms)
    const frame = median(frames)
    const frameFloor = median(floorFrames)
    return {
      name: 'powermap-1k',
      ms: round(render),
      floor_ms: round(renderFloor),
      ratio: round(render / renderFloor, 2),
      target: 1.5,
      n: N,
      links: LINKS,
      drag_frame_ms: round(frame, 2),
      drag_floor_ms: round(frameFloor, 2),
      drag_ratio: round(frame / frameFloor, 2),
      drag_p95_ms: round(p95(frames), 2),
      drag_floor_p95_ms: round(p95(floorFrames), 2),
      drop_stored: runs.ours.every((r) => r.moved),
    }
  } finally {
    await browser?.close()
    server.close()
  }
}

if (isMain(import.meta.url)) {
  emit(await benchPowerMap())
  process.exit(0)
}
