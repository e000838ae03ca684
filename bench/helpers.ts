import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { performance } from 'node:perf_hooks'

/** One line of `npm run bench` output. Extra keys (target, n, store…) are allowed. */
export interface BenchLine {
  name: string
  ms: number
  floor_ms: number
  ratio: number
  [extra: string]: unknown
}

let cachedGc: (() => void) | null = null

/**
 * The V8 collector, with or without `--expose-gc` (the flag can be set at runtime; a new
 * context then sees `gc`). Used between runs so one run's garbage does not slow the next.
 */
export function gcNow(): void {
  if (cachedGc === null) {
    if (typeof globalThis.gc === 'function') {
      const g = globalThis.gc
      cachedGc = () => void g()
    } else {
      setFlagsFromString('--expose-gc')
      cachedGc = runInNewContext('gc') as () => void
    }
  }
  cachedGc()
}

/**
 * Heap in use after full collections, in bytes. Twice: garbage allocated while V8 was already
 * marking incrementally survives the collection that finishes that cycle.
 */
export function settledHeap(): number {
  gcNow()
  gcNow()
  return process.memoryUsage().heapUsed
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export const round = (x: number, digits = 1): number => {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

/** CPU time of this process (all its threads, e.g. V8's GC helpers) in milliseconds. */
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since)
  return (u.user + u.system) / 1000
}

export interface Timing<T> {
  /** Wall-clock milliseconds. */
  ms: number
  /** CPU milliseconds: steadier than `ms` when other processes share the machine. */
  cpu: number
  value: T
}

/** Times `fn` (its result is returned too, so that it is not optimised away). */
export async function timed<T>(fn: () => T | Promise<T>): Promise<Timing<T>> {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const value = await fn()
  return { ms: performance.now() - t0, cpu: cpuMs(c0), value }
}

export function timedSync<T>(fn: () => T): Timing<T> {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const value = fn()
  return { ms: performance.now() - t0, cpu: cpuMs(c0), value }
}

/** Writes one JSON line to stdout (the bench's machine-readable output). */
export function emit(line: BenchLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

/** True when `metaUrl` is the module node was started with (`npx tsx bench/x.ts`). */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1]
  return entry !== undefined && resolve(entry) === fileURLToPath(metaUrl)
}
