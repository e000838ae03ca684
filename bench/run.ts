/**
 * `npm run bench`: one JSON line per benchmark on stdout
 * ({"name", "ms", "floor_ms", "ratio", …extra}); progress goes to stderr.
 * The layout comparison behind docs/decisions/0001-record-layout.md is bench/layout.ts.
 */
import { emit, type BenchLine } from './helpers'
import { benchOpen } from './open'
import { benchStoreGrowth } from './store-growth'
import { SYNC_BENCHES } from './sync'
import { benchEncrypted } from './encrypted'
import { benchPowerMap } from './powermap'
import { EDITOR_BENCHES } from './editor-trace'
import { benchImport } from './import'
import { benchChart } from './chart'
import { benchToday } from './today'
import { benchDashboard } from './dashboard'

const benches: { name: string; run: () => Promise<BenchLine> }[] = [
  {
    name: 'open-10k',
    run: () => benchOpen({ n: 10_000, runs: 5, store: 'memory', name: 'open-10k' }),
  },
  {
    name: 'open-10k-idb',
    run: () => benchOpen({ n: 10_000, runs: 5, store: 'indexeddb', name: 'open-10k-idb' }),
  },
  {
    name: 'open-100k',
    run: () => benchOpen({ n: 100_000, runs: 3, store: 'memory', name: 'open-100k' }),
  },
  {
    name: 'open-100k-idb',
    run: () => benchOpen({ n: 100_000, runs: 3, store: 'indexeddb', name: 'open-100k-idb' }),
  },
  {
    name: 'store-growth',
    run: () => benchStoreGrowth({ people: 100, edits: 10_000, cycles: 20 }),
  },
  ...SYNC_BENCHES,
  { name: 'import-100k', run: () => benchImport({ n: 100_000, runs: 3 }) },
  { name: 'chart-5k', run: () => benchChart({ people: 5_000, units: 20 }) },
  { name: 'today-100k', run: () => benchToday({ people: 100_000, conversations: 50_000 }) },
  {
    name: 'dashboard-100k',
    run: () => benchDashboard({ people: 100_000, conversations: 50_000, meetings: 2_000 }),
  },
  { name: 'powermap-1k', run: () => benchPowerMap() },
  ...EDITOR_BENCHES,
]

/** Benchmarks that run in Chromium (the encrypted store, compaction off the main thread). */
const browserBenches = ['open-100k-encrypted', 'compaction-100k'] as const

const only = process.argv.slice(2)
for (const b of benches) {
  if (only.length > 0 && !only.includes(b.name)) continue
  const started = Date.now()
  emit(await b.run())
  console.error(`# ${b.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
const wanted = browserBenches.filter((n) => only.length === 0 || only.includes(n))
if (wanted.length > 0) for (const line of await benchEncrypted()) emit(line)
// WebRTC and browser handles can keep Node alive for a while after the last benchmark.
process.exit(0)
