import { describe, expect, it } from 'vitest'
import type { BenchLine } from '../../../bench/helpers'
import { concurrentEditDemo } from '../../../bench/layout-demo'
import { LAYOUTS } from '../../../bench/layout-build'
import { measureLayouts } from '../../../bench/layout'
import { benchOpen } from '../../../bench/open'
import { benchStoreGrowth } from '../../../bench/store-growth'

function expectWellFormed(line: BenchLine, name: string) {
  expect(line.name).toBe(name)
  for (const key of ['ms', 'floor_ms', 'ratio'] as const) {
    expect(typeof line[key]).toBe('number')
    expect(Number.isFinite(line[key])).toBe(true)
    expect(line[key]).toBeGreaterThanOrEqual(0)
  }
  expect(JSON.parse(JSON.stringify(line))).toEqual(line)
}

describe('bench smoke (tiny sizes)', () => {
  it('open: memory and indexeddb stores', async () => {
    const memory = await benchOpen({ n: 200, runs: 1, store: 'memory', name: 'open-tiny' })
    expectWellFormed(memory, 'open-tiny')
    expect(memory.store).toBe('memory')
    const idb = await benchOpen({ n: 200, runs: 1, store: 'indexeddb', name: 'open-tiny-idb' })
    expectWellFormed(idb, 'open-tiny-idb')
    expect(idb.store).toBe('indexeddb')
  })

  it('store-growth: reports stored and state bytes, no growth from reopening', async () => {
    const line = await benchStoreGrowth({ people: 200, edits: 50, cycles: 2, flushEvery: 10 })
    expectWellFormed(line, 'store-growth')
    expect(line.stored_bytes).toBeGreaterThan(0)
    expect(line.state_bytes).toBeGreaterThan(0)
    expect(line.growth_from_reopen_bytes).toBe(0)
  })

  it('layout: one row per layout with size, load time and heap', () => {
    const rows = measureLayouts({ n: 200, editFraction: 0.05, runs: 1 })
    expect(rows.map((r) => r.layout)).toEqual(LAYOUTS)
    for (const r of rows) {
      expect(r.state_bytes).toBeGreaterThan(0)
      expect(Number.isFinite(r.apply_ms)).toBe(true)
      expect(Number.isFinite(r.heap_bytes)).toBe(true)
    }
  })

  it('layout demo: only the plain-value layout loses a concurrent field edit', () => {
    const kept = Object.fromEntries(concurrentEditDemo().map((d) => [d.layout, d.keptBoth]))
    expect(kept).toEqual({
      'a-ymap-per-record': true,
      'b-plain-value': false,
      'c-plain-plus-overlay': true,
    })
  })
})
