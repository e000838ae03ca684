/**
 * Reads CSV text into a header row and data rows. Line numbers count records the way a
 * spreadsheet counts rows (the header is row 1, blank rows count but are skipped). Rows with
 * the wrong number of cells or an unclosed quote are reported and kept out.
 *
 * `readCsv` parses in slices and gives the event loop a turn between them, so a 100,000-row
 * file never blocks the UI for long; `readCsvSync` is for small inputs and tests.
 */
import Papa from 'papaparse'
import { MAX_COLUMNS, MAX_ROWS, type ImportIssue, type ImportRefusal } from './types'

export interface CsvRow {
  line: number
  cells: string[]
}

export interface CsvTable {
  headers: string[]
  rows: CsvRow[]
  issues: ImportIssue[]
  /** The delimiter detected (',', ';', tab or '|'), for showing it to the user. */
  delimiter: string
}

export type CsvReadResult = ({ ok: true } & CsvTable) | { ok: false; refusal: ImportRefusal }
/** What `readCsv` resolves to: a table, a refusal, or the note that the caller aborted. */
export type CsvReadAsyncResult = CsvReadResult | { ok: false; aborted: true }

export interface CsvReadOptions {
  /** Called between slices with the share of the text read so far (0..1), and 1 at the end. */
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  /** Most rows to parse between two turns of the event loop (fewer when rows are slow). */
  yieldEvery?: number
}

const DELIMITERS = [',', ';', '\t', '|']
const DEFAULT_YIELD_EVERY = 5000
/** Longest stretch (ms) of parsing before the event loop gets a turn, checked every 128 rows. */
const SLICE_MS = 40
const ABORTED = { ok: false, aborted: true } as const

export function readCsvSync(text: string): CsvReadResult {
  const start = prepare(text)
  if (!start.ok) return start
  const builder = new TableBuilder(start.delimiter)
  try {
    Papa.parse<string[]>(start.body, {
      delimiter: start.delimiter,
      step: (result, parser) => {
        if (!builder.add(result.data, result.errors)) parser.abort()
      },
    })
  } catch {
    return { ok: false, refusal: { code: 'unreadable' } }
  }
  return builder.finish()
}

export function readCsv(text: string, options: CsvReadOptions = {}): Promise<CsvReadAsyncResult> {
  const { onProgress, signal } = options
  const yieldEvery = Math.max(1, Math.floor(options.yieldEvery ?? DEFAULT_YIELD_EVERY))
  return new Promise((resolve) => {
    let settled = false
    const finish = (result: CsvReadAsyncResult): void => {
      if (settled) return
      settled = true
      resolve(result)
    }
    if (signal?.aborted) return finish(ABORTED)
    const start = prepare(text)
    if (!start.ok) return finish(start)
    const body = start.body
    const builder = new TableBuilder(start.delimiter)
    let sinceYield = 0
    let sliceStart = Date.now()
    // Papa restarts its cursor at 0 after each resume: `base` is where the current run began.
    let base = 0
    try {
      Papa.parse<string[]>(body, {
        delimiter: start.delimiter,
        step: (result, parser) => {
          if (settled) return parser.abort()
          if (signal?.aborted) {
            finish(ABORTED)
            return parser.abort()
          }
          if (!builder.add(result.data, result.errors)) {
            finish(builder.finish())
            return parser.abort()
          }
          sinceYield++
          const due =
            sinceYield >= yieldEvery ||
            (sinceYield % 128 === 0 && Date.now() - sliceStart > SLICE_MS)
          if (!due) return
          sinceYield = 0
          base += result.meta.cursor
          parser.pause()
          report(onProgress, body.length === 0 ? 1 : base / body.length)
          setTimeout(() => {
            if (settled) return
            if (signal?.aborted) return finish(ABORTED)
            sliceStart = Date.now()
            try {
              parser.resume()
            } catch {
              finish({ ok: false, refusal: { code: 'unreadable' } })
            }
          }, 0)
        },
        complete: () => {
          if (settled) return
          report(onProgress, 1)
          finish(builder.finish())
        },
      })
    } catch {
      finish({ ok: false, refusal: { code: 'unreadable' } })
    }
  })
}

const report = (onProgress: ((fraction: number) => void) | undefined, fraction: number): void => {
  try {
    onProgress?.(Math.min(1, Math.max(0, fraction)))
  } catch {
    // A failing progress callback must not stop the import.
  }
}

type Prepared =
  { ok: true; body: string; delimiter: string } | { ok: false; refusal: ImportRefusal }

/** Strips a BOM, refuses empty text, guesses the delimiter and counts the header cheaply. */
function prepare(text: string): Prepared {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, refusal: { code: 'empty' } }
  let delimiter = ','
  try {
    const sample = Papa.parse<string[]>(body.slice(0, 64 * 1024), {
      preview: 20,
      delimitersToGuess: DELIMITERS,
      skipEmptyLines: 'greedy',
    })
    if (DELIMITERS.includes(sample.meta.delimiter)) delimiter = sample.meta.delimiter
  } catch {
    // Keep the comma.
  }
  if (firstRecordWidth(body, delimiter) > MAX_COLUMNS) {
    return { ok: false, refusal: { code: 'tooManyColumns', limit: MAX_COLUMNS } }
  }
  return { ok: true, body, delimiter }
}

/**
 * Cells in the first non-blank record, counted without building them, and no further than
 * MAX_COLUMNS + 1: a header of a million cells is refused before the parser sees it.
 */
export function firstRecordWidth(text: string, delimiter: string): number {
  let cells = 1
  let content = false
  let inQuotes = false
  let fieldStart = true
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inQuotes) {
      if (ch !== '"') continue
      if (text[i + 1] === '"') i++
      else inQuotes = false
      continue
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true
      content = true
      fieldStart = false
    } else if (ch === delimiter) {
      cells++
      fieldStart = true
      if (cells > MAX_COLUMNS) return cells
    } else if (ch === '\n' || ch === '\r') {
      if (content) return cells
      cells = 1
      fieldStart = true
    } else {
      if (ch !== ' ' && ch !== '\t') content = true
      fieldStart = false
    }
  }
  return cells
}

class TableBuilder {
  constructor(private readonly delimiter: string) {}

  private headers: string[] | null = null
  private readonly rows: CsvRow[] = []
  private readonly issues: ImportIssue[] = []
  private line = 0
  private records = 0
  private refusal: ImportRefusal | null = null

  /** Takes one parsed record; false when reading must stop (the file is refused). */
  add(cells: string[], errors: readonly Papa.ParseError[]): boolean {
    this.line++
    const quoteError = errors.some((error) => error.type === 'Quotes')
    if (!quoteError && cells.every((cell) => cell.trim() === '')) return true
    if (this.headers === null) {
      if (quoteError) return this.refuse({ code: 'unclosedQuote' })
      if (cells.length > MAX_COLUMNS)
        return this.refuse({ code: 'tooManyColumns', limit: MAX_COLUMNS })
      this.headers = uniqueHeaders(cells)
      return true
    }
    if (++this.records > MAX_ROWS) return this.refuse({ code: 'tooManyRows', limit: MAX_ROWS })
    if (quoteError) {
      this.issues.push({ line: this.line, code: 'unclosedQuote' })
      return true
    }
    const width = this.headers.length
    if (cells.length > width && cells.slice(width).every((cell) => cell.trim() === '')) {
      cells = cells.slice(0, width)
    }
    if (cells.length !== width) {
      this.issues.push({ line: this.line, code: 'raggedRow' })
      return true
    }
    this.rows.push({ line: this.line, cells })
    return true
  }

  finish(): CsvReadResult {
    if (this.refusal) return { ok: false, refusal: this.refusal }
    if (this.headers === null || this.records === 0) {
      return { ok: false, refusal: { code: 'empty' } }
    }
    return {
      ok: true,
      headers: this.headers,
      rows: this.rows,
      issues: this.issues,
      delimiter: this.delimiter,
    }
  }

  private refuse(refusal: ImportRefusal): false {
    this.refusal = refusal
    return false
  }
}

/** Trims header names and makes them unique: blanks become "Column 3", repeats "Email (2)". */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const used = new Set<string>()
  return cells.map((cell, index) => {
    const base = cell.trim() === '' ? `Column ${index + 1}` : cell.trim()
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`
    used.add(name.toLowerCase())
    return name
  })
}
