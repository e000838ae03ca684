/** What the bench page (bench.ts) returns to bench/encrypted.ts through `window.runBench`. */

export type BenchName = 'open-encrypted' | 'compaction'

/** One open: new Y.Doc → attach → CircleSession → getSnapshot → filterPeople(…, ''). */
export interface OpenRun {
  ms: number
  attach_ms: number
  session_ms: number
  list_ms: number
  listed: number
}

export interface OpenResult {
  kind: 'open-encrypted'
  n: number
  state_bytes: number
  /** Sealed bytes stored for the circle, and how many records (1 after compaction). */
  sealed_bytes: number
  sealed_records: number
  encrypted: OpenRun[]
  /** The same data and steps through the unencrypted y-indexeddb store. */
  plain: OpenRun[]
  /** Y.applyUpdate(new Y.Doc(), state) alone. */
  apply_ms: number[]
  /** The steps inside EncryptedDocPersistence.attach, timed one by one from the bench. */
  attach_steps: { read_ms: number; decrypt_ms: number; apply_ms: number }
  build_ms: number
  seed_ms: number
  total_ms: number
}

export interface Gap {
  at: number
  ms: number
}

/** One compaction of the open 100k circle, and what the main thread did meanwhile. */
export interface CompactionRun {
  mode: 'worker' | 'inline'
  /** Its performance.measure() name (to find it in a trace). */
  mark: string
  /** False when workerCompactor fell back to the inline compactor (Worker unavailable). */
  worker_used: boolean
  edits: number
  records_before: number
  records_after: number
  replaced: number
  /** Wall time from the compactor's call to its result. */
  compaction_ms: number
  /** Until the polled record count dropped. */
  count_dropped_ms: number
  longtask_supported: boolean
  /** Longest 'longtask' entry (> 50 ms) overlapping the compaction; 0 if none. */
  longtask_max_ms: number
  longtasks: number[]
  /** Longest gap between setTimeout(0) samples overlapping the compaction. */
  timeout_gap_max_ms: number
  /** The five longest setTimeout gaps: `at` is ms after the compaction started. */
  top_timeout_gaps: Gap[]
  /** Longest gap between requestAnimationFrame callbacks overlapping it (null: no frames). */
  raf_gap_max_ms: number | null
  /** The same samplers over the 500 ms before the edits (what "idle" looks like here). */
  idle_timeout_gap_max_ms: number
  idle_raf_gap_max_ms: number | null
  /** Longest main-thread block: max(longtask_max_ms, timeout_gap_max_ms). */
  block_ms: number
}

/** compactDoc's synchronous steps, timed one by one on the first worker run's updates. */
export interface CompactSteps {
  updates: number
  merge_ms: number
  apply_ms: number
  encode_ms: number
  /** Applying the same updates unmerged, in one transaction (an alternative to merge+apply). */
  apply_each_ms: number
  /** Whether both ways give a state of the same size. */
  same_state: boolean
}

export interface CompactionResult {
  kind: 'compaction'
  n: number
  compact_after: number
  /** Worker runs first, then one inline run. */
  runs: CompactionRun[]
  steps: CompactSteps
  total_ms: number
}

export type BenchResult = OpenResult | CompactionResult

declare global {
  interface Window {
    runBench(name: BenchName, n: number): Promise<BenchResult>
    benchReady?: boolean
  }
}
