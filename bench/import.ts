import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { CircleSession } from '../shared/domain/circle/session'
import { customFieldNames, planImportInSlices, runImport } from '../shared/domain/people/import'
import { IdSource } from '../shared/domain/people/import-ids'
import { mapCsvInSlices } from '../shared/domain/people/import-source'
import { guessMapping } from '../shared/interop/csv-mapping'
import { readCsv } from '../shared/interop/csv-read'
import { emit, gcNow, isMain, median, round, type BenchLine } from './helpers'
import { seeded } from './people'

const words = (s: string) => s.split('|')
const FIRST = words(
  'Ada|Amal|Bea|Carlos|Dara|Emeka|Fatima|Grace|Hana|Ivan|Jamal|Kai|Lena|Mina|Noor|Olu|Priya|' +
    'Quinn|Rosa|Sami|Tomás|Uma|Vera|Wei|Xavier|Yara|Zeynep|Aiko|Bruno|Chen',
)
const LAST = words(
  'Abara|Bauer|Costa|Diallo|Evans|Fischer|García|Huang|Ibrahim|Jensen|Kowalski|López|Mensah|' +
    'Nguyen|Okafor|Petrov|Quispe|Rossi|Schmidt|Tanaka|Usman|Varga|Weber|Yilmaz|Zhang',
)
const DEPARTMENTS = words('Warehouse|Kitchen|Front desk|Drivers|Maintenance|Nursing 2F|Nursing 3F')
const SHIFTS = words('Night shift|Day shift|Late shift')
const TAGS = words('member|new|contacted|signed|volunteer|steward|spanish|needs-ride')
const NOTES = words(
  '||Met at the gate.|Worried about the schedule change.|"Call after 6pm, not before."|' +
    '"Knows everyone on B line;\nbrought two coworkers."',
)

interface Row {
  first: string
  last: string
  email: string
  phone: string
  unit: string
  tags: string
  notes: string
}

/** `n` people as a member list exported from a spreadsheet would have them. */
function makeRows(n: number, seed = 7): Row[] {
  const rand = seeded(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const rows: Row[] = []
  for (let i = 0; i < n; i++) {
    const first = pick(FIRST)
    const last = pick(LAST)
    rows.push({
      first,
      last: `${last}-${i}`,
      email: rand() < 0.85 ? `${first}.${last}.${i}@example.org`.toLowerCase() : '',
      phone: rand() < 0.7 ? `+49 170 ${String(1_000_000 + i)}` : '',
      unit: `${pick(DEPARTMENTS)} > ${pick(SHIFTS)}`,
      tags: [pick(TAGS), pick(TAGS)].join(', '),
      notes: pick(NOTES),
    })
  }
  return rows
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

function toCsvText(rows: readonly Row[]): string {
  const lines = ['First Name,Last Name,Email,Phone,Department,Tags,Notes']
  for (const r of rows) {
    const notes = r.notes.startsWith('"') ? r.notes : quote(r.notes)
    lines.push(
      [r.first, r.last, r.email, r.phone, r.unit, quote(r.tags)].map(quote).join(',') + `,${notes}`,
    )
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/**
 * The longest stretch the event loop was held, per phase: a setImmediate chain notes the time
 * at every turn of the loop, and the longest gap between two turns is the longest block.
 */
function watchLoop(): { phase: (name: string) => void; stop: () => Record<string, number> } {
  let last = performance.now()
  let current = 'start'
  const longest: Record<string, number> = {}
  let running = true
  const tick = () => {
    const now = performance.now()
    longest[current] = Math.max(longest[current] ?? 0, now - last)
    last = now
    if (running) setImmediate(tick)
  }
  setImmediate(tick)
  return {
    phase: (name) => {
      tick()
      current = name
    },
    stop: () => {
      running = false
      tick()
      return Object.fromEntries(Object.entries(longest).map(([k, v]) => [k, round(v)]))
    },
  }
}

interface ImportRun {
  ms: number
  /** Longest block of the event loop in each phase. */
  blocks: Record<string, number>
  longestChunk: number
  phases: Record<string, number>
}

/** CSV text → readCsv → mapping and planning in slices → runImport into a new circle. */
async function importOnce(text: string, n: number): Promise<ImportRun> {
  const session = new CircleSession('bench-import', new Y.Doc())
  const loop = watchLoop()
  const t0 = performance.now()
  const timings: [string, number][] = []
  const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    loop.phase(name)
    const start = performance.now()
    const value = await fn()
    timings.push([name, round(performance.now() - start)])
    return value
  }
  const table = await step('read', () => readCsv(text))
  if (!table.ok) throw new Error('the bench CSV was refused')
  const mapped = await step('map', () =>
    mapCsvInSlices(table, guessMapping(table.headers, customFieldNames(session))),
  )
  if (!mapped) throw new Error('aborted')
  const plan = await step('plan', () =>
    planImportInSlices(session, mapped.drafts, [...table.issues, ...mapped.issues]),
  )
  if (!plan) throw new Error('aborted')
  // Time between two progress reports: one chunk's writing plus the turn it gave the loop.
  let longestChunk = 0
  let previous = performance.now()
  const outcome = await step('write', () =>
    runImport(session, plan, new Map(), {
      chunkSize: 2000,
      onProgress: () => {
        const now = performance.now()
        longestChunk = Math.max(longestChunk, now - previous)
        previous = now
      },
    }),
  )
  const ms = performance.now() - t0
  const blocks = loop.stop()
  if (outcome.status !== 'done' || session.people.size !== n) {
    throw new Error(`imported ${session.people.size} of ${n} (${outcome.status})`)
  }
  session.destroy()
  session.doc.destroy()
  return { ms, blocks, longestChunk, phases: Object.fromEntries(timings) }
}

/**
 * Floor: the same people as plain records (ids drawn the way the import draws them), set into
 * a Y.Map in one transaction.
 */
function rawOnce(rows: readonly Row[]): number {
  const doc = new Y.Doc()
  const map = doc.getMap<Record<string, unknown>>('people')
  const t0 = performance.now()
  doc.transact(() => {
    const now = Date.now()
    const ids = new IdSource()
    for (const r of rows) {
      const id = ids.id()
      map.set(id, {
        id,
        name: `${r.first} ${r.last}`,
        email: r.email,
        phone: r.phone,
        address: '',
        unit: r.unit,
        unitId: '',
        role: '',
        languages: [],
        leader: false,
        stage: 'none',
        lastContactAt: 0,
        custom: {},
        tags: r.tags.split(', '),
        notes: r.notes.replace(/^"|"$/g, ''),
        createdAt: now,
      })
    }
  })
  const ms = performance.now() - t0
  doc.destroy()
  return ms
}

export async function benchImport(opts: { n: number; runs: number }): Promise<BenchLine> {
  const rows = makeRows(opts.n)
  const text = toCsvText(rows)
  const times: number[] = []
  const floors: number[] = []
  const blocks: Record<string, number> = {}
  const chunks: number[] = []
  const phases: Record<string, number[]> = {}
  for (let i = 0; i < opts.runs; i++) {
    gcNow()
    floors.push(rawOnce(rows))
    gcNow()
    const run = await importOnce(text, opts.n)
    times.push(run.ms)
    for (const [name, ms] of Object.entries(run.blocks)) {
      blocks[name] = Math.max(blocks[name] ?? 0, ms)
    }
    chunks.push(run.longestChunk)
    for (const [name, ms] of Object.entries(run.phases)) (phases[name] ??= []).push(ms)
  }
  const ms = median(times)
  const floor = median(floors)
  const phaseMs = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(median(v))]))
  return {
    name: `import-${opts.n >= 1000 ? `${opts.n / 1000}k` : opts.n}`,
    ms: round(ms),
    floor_ms: round(floor),
    ratio: round(ms / floor, 2),
    /** Writing alone (runImport) against the floor, which also only writes. */
    write_ratio: round((phaseMs.write ?? NaN) / floor, 2),
    n: opts.n,
    csv_bytes: Buffer.byteLength(text),
    longest_block_ms: round(Math.max(...Object.values(blocks))),
    longest_block_by_phase_ms: blocks,
    longest_chunk_ms: round(Math.max(...chunks)),
    phases_ms: phaseMs,
    runs: opts.runs,
    ms_runs: times.map((t) => round(t)),
    floor_runs: floors.map((t) => round(t)),
    target: 'ratio <= 2 and longest_block_ms <= 200',
  }
}

if (isMain(import.meta.url)) {
  emit(await benchImport({ n: Number(process.argv[2] ?? 100_000), runs: 3 }))
}
