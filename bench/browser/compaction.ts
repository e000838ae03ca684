/** compaction: a circle edited until it compacts, with the main thread watched meanwhile. */
import * as Y from 'yjs'
import type { AesKey } from '@shared/crypto/key-type'
import { ORIGIN, write } from '@shared/data/origins'
import { CircleSession } from '@shared/domain/circle/session'
import { inlineCompactor, workerCompactor, type Compactor } from '../../renderer/src/data/compactor'
import { DataDb } from '../../renderer/src/data/data-db'
import {
  COMPACT_AFTER,
  EncryptedDocPersistence,
} from '../../renderer/src/data/encrypted-persistence'
import {
  circleState,
  dataKey,
  DOC_ID,
  gcNow,
  now,
  seedEncrypted,
  sleep,
  stamp,
  withTimeout,
} from './common'
import type { CompactionResult, CompactionRun, CompactSteps, Gap } from './protocol'

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

export async function benchCompaction(n: number): Promise<CompactionResult> {
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
