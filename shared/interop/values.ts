/**
 * Reading single cell values the way organizers type them in spreadsheets: stages by key or
 * English/German label, yes/no in both languages, dates as ISO or German DD.MM.YYYY, and the
 * apostrophe our own CSV export puts before cells a spreadsheet would run as formulas.
 */
import { STAGES, type Stage } from './types'

/** English and German labels a spreadsheet may use for each stage (besides the key itself). */
export const STAGE_LABELS: Record<Stage, readonly string[]> = {
  none: ['None', 'Not started', 'Keine', 'Keiner', 'Nicht begonnen'],
  identified: ['Identified', 'Identifiziert', 'Erkannt'],
  contacted: ['Contacted', 'Kontaktiert', 'Angesprochen'],
  talked: ['Talked', 'Had a conversation', 'One-on-one', 'Gesprochen', 'Gespräch geführt'],
  committed: ['Committed', 'Zugesagt', 'Verbindlich', 'Engagiert'],
  active: ['Active', 'Aktiv'],
  leading: ['Leading', 'Leader', 'Führend', 'Leitend'],
}

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim()

const STAGE_BY_LABEL = new Map<string, Stage>()
for (const stage of STAGES) {
  STAGE_BY_LABEL.set(fold(stage), stage)
  for (const label of STAGE_LABELS[stage]) STAGE_BY_LABEL.set(fold(label), stage)
}

/** A stage from its key or a label, case- and accent-insensitive; null when unknown. */
export const parseStage = (text: string): Stage | null => STAGE_BY_LABEL.get(fold(text)) ?? null

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'j', 'wahr'])
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'falsch', '-'])

/** yes/no/true/false/1/0/x/ja/nein; null when the text is none of these. */
export function parseYesNo(text: string): boolean | null {
  const key = fold(text)
  if (YES.has(key)) return true
  if (NO.has(key)) return false
  return null
}

/** 1-5, or 0 for "not assessed" ('0'); null otherwise. Accepts "3.0" as spreadsheets write it. */
export function parseAssessment(text: string): number | null {
  const match = /^([0-5])(?:[.,]0+)?$/.exec(text.trim())
  return match ? Number(match[1]) : null
}

/**
 * A day as ms at UTC midnight: ISO "2024-03-05" (a time after it is ignored) or German
 * "5.3.2024" / "05.03.2024". Null for anything else, including days that do not exist.
 */
export function parseDay(text: string): number | null {
  const trimmed = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed)
  if (iso) return utcDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed)
  if (german) return utcDay(Number(german[3]), Number(german[2]), Number(german[1]))
  return null
}

function utcDay(year: number, month: number, day: number): number | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null
  if (date.getUTCDate() !== day) return null
  return date.getTime()
}

/** "2024-03-05" for ms since the epoch (UTC); '' for 0 or an impossible time. */
export function formatDay(ms: number): string {
  if (ms === 0 || !Number.isFinite(ms)) return ''
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10)
}

/** Characters a spreadsheet treats as the start of a formula when a cell begins with them. */
const FORMULA_START = /^[=+\-@\t\r]/

/** The cell as written to CSV: an apostrophe before anything a spreadsheet would evaluate. */
export const guardFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell)

/** Undoes `guardFormula`: exactly one apostrophe before = + - @ tab or CR is dropped. */
export const unguardFormula = (cell: string): string =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell
