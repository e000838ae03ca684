import { describe, expect, it } from 'vitest'
import { applyMapping, guessMapping } from '@shared/interop/csv-mapping'
import { readCsv, readCsvSync } from '@shared/interop/csv-read'

const ROWS = 100_000

/** 100,000 people, some with quoted notes spanning two lines and one ragged row. */
function bigCsv(): string {
  const lines = ['Name,Email,Phone,Unit,Notes']
  for (let i = 0; i < ROWS; i++) {
    const notes = i % 10 === 0 ? `"Line one, ${i}\nline two"` : `note ${i}`
    lines.push(
      `Person ${i},p${i}@example.org,+49 170 ${1_000_000 + i},Harbour > Shift ${i % 7},${notes}`,
    )
  }
  lines.splice(50_001, 0, 'ragged,row')
  return lines.join('\r\n') + '\r\n'
}

describe('readCsv (incremental)', () => {
  const text = bigCsv()

  it('reads 100,000 rows in slices, reporting progress and letting timers run', async () => {
    const progress: number[] = []
    let ticks = 0
    const timer = setInterval(() => ticks++, 0)
    const result = await readCsv(text, {
      onProgress: (fraction) => {
        progress.push(fraction)
      },
    })
    clearInterval(timer)
    if (!result.ok) throw new Error('not read')
    expect(result.rows).toHaveLength(ROWS)
    expect(result.rows[ROWS - 1]).toEqual({
      line: ROWS + 2,
      cells: [
        `Person ${ROWS - 1}`,
        `p${ROWS - 1}@example.org`,
        `+49 170 ${1_000_000 + ROWS - 1}`,
        `Harbour > Shift ${(ROWS - 1) % 7}`,
        `note ${ROWS - 1}`,
      ],
    })
    expect(result.rows[0]!.cells[4]).toBe('Line one, 0\nline two')
    expect(result.issues).toEqual([{ line: 50_002, code: 'raggedRow' }])
    expect(progress.length).toBeGreaterThan(10)
    expect(progress.at(-1)).toBe(1)
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true)
    expect(progress[0]).toBeLessThan(0.2)
    expect(ticks).toBeGreaterThan(5)
    // (How long each slice keeps the event loop is measured in `npm run bench`, import-100k.)

    const sync = readCsvSync(text)
    expect(sync).toEqual(result)
    const { drafts, issues } = applyMapping(result, guessMapping(result.headers, []))
    expect(drafts).toHaveLength(ROWS)
    expect(issues).toEqual([])
  })

  it('stops when aborted and keeps nothing', async () => {
    const controller = new AbortController()
    let reports = 0
    const result = await readCsv(text, {
      signal: controller.signal,
      yieldEvery: 1000,
      onProgress: () => {
        reports++
        if (reports === 3) controller.abort()
      },
    })
    expect(result).toEqual({ ok: false, aborted: true })
    expect(reports).toBe(3)
  })

  it('does not start when already aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await readCsv(text, { signal: controller.signal })).toEqual({ ok: false, aborted: true })
  })

  it('gives refusals like the synchronous reader', async () => {
    expect(await readCsv('')).toEqual({ ok: false, refusal: { code: 'empty' } })
    expect(await readCsv(`Name\n${'x\n'.repeat(10)}`, { yieldEvery: 3 })).toMatchObject({
      ok: true,
      rows: expect.arrayContaining([{ line: 11, cells: ['x'] }]),
    })
    expect(await readCsv(`${'a,'.repeat(1_000_000)}\nb\n`)).toMatchObject({
      refusal: { code: 'tooManyColumns' },
    })
  })

  it('survives a progress callback that throws', async () => {
    const result = await readCsv('Name\nAda\nBo\n', {
      yieldEvery: 1,
      onProgress: () => {
        throw new Error('UI went away')
      },
    })
    expect(result.ok && result.rows).toHaveLength(2)
  })
})
