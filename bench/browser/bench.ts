/**
 * The browser bench page: the real renderer storage code (Dexie + WebCrypto + a module
 * Worker, and y-indexeddb) in Chromium. bench/encrypted.ts builds it with Vite, serves it and
 * calls `window.runBench(name, n)`; see protocol.ts for what comes back.
 */
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import type { AesKey } from '@shared/crypto/key-type'
import { importAesKey, open } from '@shared/crypto/seal'
import { ORIGIN, write } from '@shared/data/origins'
import { CircleSession } from '@shared/domain/circle/session'
import { filterPeople } from '@shared/domain/people/filter'
import type { DocPersistence } from '@shared/persistence/types'
import { inlineCompactor, workerCompactor, type Compactor } from '../../renderer/src/data/compactor'
import { DataDb, recordContext } from '../../renderer/src/data/data-db'
import {
  COMPACT_AFTER,
  EncryptedDocPersistence,
} from '../../renderer/src/data/encrypted-persistence'
import { IndexeddbDocPersistence } from '../../renderer/src/data/indexeddb-persistence'
import { buildCircle, makePeople } from '../people'
import type {
  BenchName,
  BenchResult,
  CompactionResult,
  CompactionRun,
  CompactSteps,
  Gap,
  OpenResult,
  OpenRun,
} from './protocol'

const DOC_ID = 'bench-circle'
const OPEN_RUNS = 3
const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`

const now = () => performance.now()
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
/** `gc` exists when Chromium runs with --js-flags=--expose-gc (bench/encrypted.ts does). */
const gcNow = () => (globalThis as { gc?: () => void }).gc?.()

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

let keyPromise: Promise<AesKey> | null = null
const dataKey = () => (keyPromise ??= importAesKey(randomBytes(32)))

/** The circle's state, built once per page and size: realistic seeded people, one write(). */
const states = new Map<number, { bytes: Uint8Array; build_ms: number }>()
function circleState(n: number): { bytes: Uint8Array; build_ms: number } {
  let s = states.get(n)
  if (!s) {
    const t0 = now()
    const session = buildCircle(makePeople(n))
    const bytes = Y.encodeStateAsUpdate(session.doc)
    const build_ms = now() - t0
    session.destroy()
    session.doc.destroy()
    s = { bytes, build_ms }
    states.set(n, s)
  }
  return s
}

/** Stores `bytes` as one document through `persistence.attach` (as a new circle would be). */
async function seed(persistence: DocPersistence, bytes: Uint8Array): Promise<void> {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, bytes)
  const handle = await persistence.attach(DOC_ID, doc)
  await handle.flush()
  await handle.close()
  doc.destroy()
}

/** Seeds an encrypted store and makes sure it holds exactly one (compacted) sealed record. */
async function seedEncrypted(db: DataDb, key: AesKey, bytes: Uint8Array): Promise<number> {
  await seed(new EncryptedDocPersistence(db, key, inlineCompactor(db, key)), bytes)
  const last = await db.records.where('doc').equals(DOC_ID).last()
  if ((await db.records.where('doc').equals(DOC_ID).count()) > 1 && last?.seq !== undefined) {
    await inlineCompactor(db, key)(DOC_ID, last.seq)
  }
  const records = await db.records.where('doc').equals(DOC_ID).count()
  if (records !== 1) throw new Error(`seeded ${records} sealed records, expected 1`)
  return records
}

let opens = 0

async function openOnce(persistence: DocPersistence, n: number, label: string): Promise<OpenRun> {
  gcNow()
  await sleep(20)
  const mark = `open-${label}-${++opens}`
  const doc = new Y.Doc()
  performance.mark(mark)
  const t0 = now()
  const handle = await persistence.attach(DOC_ID, doc)
  const t1 = now()
  const session = new CircleSession(DOC_ID, doc)
  const t2 = now()
  const list = filterPeople(session.people, session.people.getSnapshot(), '')
  const t3 = now()
  performance.measure(mark, mark)
  await handle.close()
  session.destroy()
  doc.destroy()
  if (list.length !== n) throw new Error(`opened ${list.length} people, expected ${n}`)
  return { ms: t3 - t0, attach_ms: t1 - t0, session_ms: t2 - t1, list_ms: t3 - t2, listed: n }
}

async function benchOpenEncrypted(n: number): Promise<OpenResult> {
  const t0 = now()
  const key = await dataKey()
  const { bytes, build_ms } = circleState(n)

  const s0 = now()
  const db = new DataDb(`bench-open-${stamp}`)
  const sealedRecords = await seedEncrypted(db, key, bytes)
  // As the app creates it (data-services.ts); a one-record circle never calls it on open.
  const compactor = workerCompactor(db, key)
  const encrypted = new EncryptedDocPersistence(db, key, compactor)
  const plain = new IndexeddbDocPersistence(`bench-open-${stamp}-`)
  await seed(plain, bytes)
  const seed_ms = now() - s0
  const sealed_bytes = await encrypted.storedBytes(DOC_ID)

  const enc: OpenRun[] = []
  const pl: OpenRun[] = []
  const apply: number[] = []
  for (let i = 0; i < OPEN_RUNS; i++) {
    gcNow()
    const a0 = now()
    Y.applyUpdate(new Y.Doc(), bytes)
    apply.push(now() - a0)
    // Alternate which store goes first, so neither always runs on a warmer page.
    if (i % 2 === 0) {
      pl.push(await openOnce(plain, n, 'plain'))
      enc.push(await openOnce(encrypted, n, 'encrypted'))
    } else {
      enc.push(await openOnce(encrypted, n, 'encrypted'))
      pl.push(await openOnce(plain, n, 'plain'))
    }
  }

  // What EncryptedDocPersistence.attach does, step by step (for the report, not the score).
  gcNow()
  const r0 = now()
  const rows = await db.records.where('doc').equals(DOC_ID).toArray()
  const r1 = now()
  const updates = await Promise.all(rows.map((r) => open(key, r.data, recordContext(DOC_ID))))
  const r2 = now()
  Y.applyUpdate(new Y.Doc(), updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates))
  const r3 = now()

  compactor.dispose?.()
  await plain.erase(DOC_ID)
  await db.delete()
  return {
    kind: 'open-encrypted',
    n,
    state_bytes: bytes.byteLength,
    sealed_bytes,
    sealed_records: sealedRecords,
    encrypted: enc,
    plain: pl,
    apply_ms: apply,
    attach_steps: { read_ms: r1 - r0, decrypt_ms: r2 - r1, apply_ms: r3 - r2 },
    build_ms,
    seed_ms,
    total_ms: now() - t0,
  }
}

/** setTimeout(0) and requestAnimationFrame samplers plus a 'longtask' observer. */
class MainThreadWatch {
  readonly timeouts: number[] = []
  readonly frames: number[] = []
  readonly longtasks: { start: number; duration: number }[] = []
  readonly longtaskSupported = PerformanceObserver.supportedEntryTypes.includes('longtask')
  private running = true
  private readonly observer: PerformanceObserver | null = null

  constructor() {
    const tick = () => {
      if (!this.running) return
      this.timeouts.push(now())
      setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    const frame = () => {
      if (!this.running) return
      this.frames.push(now())
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
    if (this.longtaskSupported) {
      this.observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          this.longtasks.push({ start: e.startTime, duration: e.duration })
      })
      this.observer.observe({ type: 'longtask' })
    }
  }

  stop(): void {
    this.running = false
    this.observer?.disconnect()
  }

  /** Longest gap between consecutive samples that overlaps [from, to]. */
  static maxGap(times: readonly number[], from: number, to: number): number | null {
    let max: number | null = null
    for (let i = 1; i < times.length; i++) {
      if (times[i]! <= from || times[i - 1]! >= to) continue
      max = Math.max(max ?? 0, times[i]! - times[i - 1]!)
    }
    return max
  }

  /** The longest gaps overlapping [from, to], as offsets from `from` (where blocks happen). */
  static topGaps(times: readonly number[], from: number, to: number, k = 5): Gap[] {
    const gaps: Gap[] = []
    for (let i = 1; i < times.length; i++) {
      if (times[i]! <= from || times[i - 1]! >= to) continue
      gaps.push({ at: times[i - 1]! - from, ms: times[i]! - times[i - 1]! })
    }
    return gaps.sort((a, b) => b.ms - a.ms).slice(0, k)
  }

  longtasksIn(from: number, to: number): number[] {
    return this.longtasks
      .filter((t) => t.start < to && t.start + t.duration > from)
      .map((t) => t.duration)
  }
}

let compactions = 0

/**
 * Opens the circle stored (as one record) in `db`, edits it until it compacts and watches the
 * main thread meanwhile. Leaves one record again, so the next run can start from the same db.
 */
async function compactionRun(
  db: DataDb,
  key: AesKey,
  mode: 'worker' | 'inline',
  editUpdates: Uint8Array[] = [],
): Promise<CompactionRun> {
  // As data-services.ts does (worker), or the inline fallback; wrapped to see start and end.
  const mark = `compaction-${mode}-${++compactions}`
  const inner = mode === 'worker' ? workerCompactor(db, key) : inlineCompactor(db, key)
  let started = 0
  let ended = 0
  let replaced = 0
  let onStart = () => {}
  let onEnd = () => {}
  const startedP = new Promise<void>((resolve) => (onStart = resolve))
  const endedP = new Promise<void>((resolve) => (onEnd = resolve))
  const compactor: Compactor = Object.assign(
    async (docId: string, maxSeq: number) => {
      if (started === 0) started = now()
      performance.mark(`${mark}-start`)
      onStart()
      try {
        replaced = await inner(docId, maxSeq)
        return replaced
      } finally {
        if (ended === 0) ended = now()
        performance.measure(mark, `${mark}-start`)
        onEnd()
      }
    },
    { dispose: inner.dispose },
  )
  const persistence = new EncryptedDocPersistence(db, key, compactor)
  const doc = new Y.Doc()
  const handle = await persistence.attach(DOC_ID, doc)
  const session = new CircleSession(DOC_ID, doc)
  const capture = (update: Uint8Array) => void editUpdates.push(update)
  doc.on('update', capture)
  const ids = session.people
    .getSnapshot()
    .slice(0, 200)
    .map((p) => p.id)

  gcNow()
  const watch = new MainThreadWatch()
  await sleep(500)
  const idleTo = now()
  const idleFrom = idleTo - 450

  // Single edits, each its own transaction and flushed, until the store compacts.
  let edits = 0
  let records = await db.records.where('doc').equals(DOC_ID).count()
  while (started === 0 && edits < COMPACT_AFTER + 16) {
    const id = ids[edits % ids.length]!
    // A value no earlier run wrote, so that every edit is a real change (one stored record).
    const notes = `${mark} edit ${edits}`
    write(doc, ORIGIN.personUpdate, () => session.people.update(id, { notes }))
    await handle.flush()
    edits++
    records++
    if (records >= COMPACT_AFTER) await Promise.race([startedP, sleep(100)])
  }
  doc.off('update', capture)
  if (started === 0)
    throw new Error(`${mark}: no compaction after ${edits} edits (${records} records)`)
  const recordsBefore = await db.records.where('doc').equals(DOC_ID).count()

  await withTimeout(endedP, 120_000, `${mode} compaction`)
  let dropped = 0
  const pollUntil = now() + 60_000
  while (dropped === 0) {
    const count = await db.records.where('doc').equals(DOC_ID).count()
    if (count < recordsBefore) dropped = now()
    else if (now() > pollUntil) throw new Error(`record count stayed at ${count}`)
    else await sleep(10)
  }
  const to = Math.max(ended, dropped)
  // Let the observer deliver entries and the samplers pass the window's end.
  await sleep(300)
  watch.stop()
  const recordsAfter = await db.records.where('doc').equals(DOC_ID).count()

  const longtasks = watch.longtasksIn(started, to)
  const longtaskMax = longtasks.length > 0 ? Math.max(...longtasks) : 0
  const timeoutGap = MainThreadWatch.maxGap(watch.timeouts, started, to) ?? to - started

  await handle.close()
  session.destroy()
  doc.destroy()
  compactor.dispose?.()
  if (recordsAfter !== 1) throw new Error(`${recordsAfter} records after compaction, expected 1`)

  return {
    mode,
    mark,
    worker_used: typeof inner.dispose === 'function',
    edits,
    records_before: recordsBefore,
    records_after: recordsAfter,
    replaced,
    compaction_ms: ended - started,
    count_dropped_ms: dropped - started,
    longtask_supported: watch.longtaskSupported,
    longtask_max_ms: longtaskMax,
    longtasks,
    timeout_gap_max_ms: timeoutGap,
    raf_gap_max_ms: MainThreadWatch.maxGap(watch.frames, started, to),
    top_timeout_gaps: MainThreadWatch.topGaps(watch.timeouts, started, to),
    idle_timeout_gap_max_ms: MainThreadWatch.maxGap(watch.timeouts, idleFrom, idleTo) ?? 0,
    idle_raf_gap_max_ms: MainThreadWatch.maxGap(watch.frames, idleFrom, idleTo),
    block_ms: Math.max(longtaskMax, timeoutGap),
  }
}

/**
 * compactDoc's synchronous steps on the same updates (the stored state and the edits), timed
 * one by one; and the alternative of applying the updates in one transaction, unmerged.
 */
function compactSteps(state: Uint8Array, edits: readonly Uint8Array[]): CompactSteps {
  const updates = [state, ...edits]
  gcNow()
  let t = now()
  const merged = Y.mergeUpdates(updates)
  const merge_ms = now() - t
  const doc = new Y.Doc({ gc: true })
  t = now()
  Y.applyUpdate(doc, merged)
  const apply_ms = now() - t
  t = now()
  const compacted = Y.encodeStateAsUpdate(doc)
  const encode_ms = now() - t
  doc.destroy()
  gcNow()
  const each = new Y.Doc({ gc: true })
  t = now()
  each.transact(() => {
    for (const u of updates) Y.applyUpdate(each, u)
  })
  const apply_each_ms = now() - t
  const same = Y.encodeStateAsUpdate(each).byteLength === compacted.byteLength
  each.destroy()
  return { updates: updates.length, merge_ms, apply_ms, encode_ms, apply_each_ms, same_state: same }
}

const WORKER_RUNS = 3

async function benchCompaction(n: number): Promise<CompactionResult> {
  const t0 = now()
  const runs: CompactionRun[] = []
  const edits: Uint8Array[] = []
  const key = await dataKey()
  const { bytes } = circleState(n)
  // One stored circle for every run: each compaction leaves it as one record again.
  const db = new DataDb(`bench-compact-${stamp}`)
  await seedEncrypted(db, key, bytes)
  for (let i = 0; i < WORKER_RUNS; i++)
    runs.push(await compactionRun(db, key, 'worker', i === 0 ? edits : []))
  runs.push(await compactionRun(db, key, 'inline'))
  await db.delete()
  const steps = compactSteps(bytes, edits)
  return { kind: 'compaction', n, compact_after: COMPACT_AFTER, runs, steps, total_ms: now() - t0 }
}

window.runBench = (name: BenchName, n: number): Promise<BenchResult> => {
  if (name === 'open-encrypted') return benchOpenEncrypted(n)
  if (name === 'compaction') return benchCompaction(n)
  return Promise.reject(new Error(`unknown bench ${String(name)}`))
}
window.benchReady = true
document.getElementById('status')!.textContent = 'ready'
