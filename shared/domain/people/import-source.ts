/**
 * From an import file to drafts: which format it is, and the CSV mapping applied in slices so
 * that 100,000 rows never hold the event loop for long (each row maps on its own, so slices
 * give exactly what one `applyMapping` over the whole table gives).
 */
import type { CsvRow } from '../../interop/csv-read'
import {
  applyMapping,
  type ApplyMappingOptions,
  type MappedRows,
  type MappingTarget,
} from '../../interop/csv-mapping'

export type ImportFormat = 'csv' | 'vcard' | 'osdi'

/**
 * The format of a file: by its extension for .vcf and .json, else by its first characters (a
 * vCard begins with BEGIN:VCARD, OSDI JSON with { or [), else CSV.
 */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase() ?? ''
  if (extension === 'vcf' || extension === 'vcard') return 'vcard'
  if (extension === 'json') return 'osdi'
  const start = text
    .slice(0, 256)
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (/^BEGIN:VCARD/i.test(start)) return 'vcard'
  if (start.startsWith('{') || start.startsWith('[')) return 'osdi'
  return 'csv'
}

export interface SliceOptions {
  signal?: AbortSignal
  onProgress?: (fraction: number) => void
  /** Rows mapped between two turns of the event loop (default 2000). */
  sliceRows?: number
}

/** `applyMapping` over the table in slices, yielding between them; null when aborted. */
export async function mapCsvInSlices(
  table: { headers: readonly string[]; rows: readonly CsvRow[] },
  mapping: readonly MappingTarget[],
  mappingOptions: ApplyMappingOptions = {},
  options: SliceOptions = {},
): Promise<MappedRows | null> {
  const size = Math.max(1, Math.floor(options.sliceRows ?? 2000))
  const drafts: MappedRows['drafts'] = []
  const issues: MappedRows['issues'] = []
  for (let start = 0; start < table.rows.length; start += size) {
    if (options.signal?.aborted) return null
    const slice = { headers: table.headers, rows: table.rows.slice(start, start + size) }
    const mapped = applyMapping(slice, mapping, mappingOptions)
    for (const draft of mapped.drafts) drafts.push(draft)
    for (const issue of mapped.issues) issues.push(issue)
    try {
      options.onProgress?.(Math.min(1, (start + size) / table.rows.length))
    } catch {
      // Progress is for display only.
    }
    await new Promise<void>((resolve) => setTimeout(resolve, 0))
  }
  if (options.signal?.aborted) return null
  return { drafts, issues }
}
