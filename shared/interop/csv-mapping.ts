/**
 * Turns CSV rows into person drafts once the user has confirmed which column holds what.
 * Values that do not fit their field are reported; rows without a name or with a cell over
 * its field's limit are kept out.
 */
import type { CsvRow } from './csv-read'
import type { FieldTarget, MappingTarget } from './csv-headers'
import { emptyDraft, lengthIssues, setOwn, splitList, splitPath, type FieldColumns } from './draft'
import type { ImportIssue, PersonDraft, Stage } from './types'
import { parseAssessment, parseDay, parseStage, parseYesNo, unguardFormula } from './values'

export { EXPORT_COLUMNS, guessMapping, headerKey } from './csv-headers'
export type { FieldTarget, MappingTarget } from './csv-headers'

export interface ApplyMappingOptions {
  /** Stage for rows without one (default 'none'). */
  defaultStage?: Stage
  /** Tags added to every imported person, e.g. "Import March 2024". */
  extraTags?: readonly string[]
}

export interface MappedRows {
  drafts: PersonDraft[]
  issues: ImportIssue[]
}

export function applyMapping(
  table: { headers: readonly string[]; rows: readonly CsvRow[] },
  mapping: readonly MappingTarget[],
  opts: ApplyMappingOptions = {},
): MappedRows {
  const drafts: PersonDraft[] = []
  const issues: ImportIssue[] = []
  const columns: Column[] = []
  mapping.forEach((target, index) => {
    if (target === 'ignore' || target === 'custom:') return
    const header = table.headers[index] ?? `Column ${index + 1}`
    const custom = target.startsWith('custom:') ? target.slice('custom:'.length) : null
    columns.push({ target, index, header, custom })
  })
  for (const row of table.rows) {
    const result = mapRow(row, columns, opts)
    issues.push(...result.issues)
    if (result.draft) drafts.push(result.draft)
  }
  return { drafts, issues }
}

type TextField = 'name' | 'email' | 'phone' | 'address' | 'role'

interface Column {
  target: MappingTarget
  index: number
  header: string
  /** The custom field's name for 'custom:…' targets. */
  custom: string | null
}

function mapRow(
  row: CsvRow,
  columns: readonly Column[],
  opts: ApplyMappingOptions,
): { draft: PersonDraft | null; issues: ImportIssue[] } {
  const draft = emptyDraft(row.line)
  draft.stage = opts.defaultStage ?? 'none'
  draft.tags = [...(opts.extraTags ?? [])]
  const issues: ImportIssue[] = []
  const names: FieldColumns = {}
  let customColumns: Map<string, string> | null = null
  let given = ''
  let family = ''
  let nameColumn = ''
  const bad = (code: ImportIssue['code'], column: string): void => {
    issues.push({ line: row.line, code, column })
  }
  /** Text fields take the first non-empty cell when several columns map to them. */
  const setText = (field: TextField, value: string, header: string): void => {
    if (draft[field] !== '') return
    draft[field] = value
    names[field] = header
  }

  for (const column of columns) {
    const value = unguardFormula(row.cells[column.index] ?? '').trim()
    if (value === '') continue
    const { target, header, custom } = column
    if (custom !== null) {
      if (!Object.hasOwn(draft.custom, custom)) {
        setOwn(draft.custom, custom, value)
        customColumns ??= new Map()
        customColumns.set(custom, header)
      }
      continue
    }
    switch (target as FieldTarget) {
      case 'name':
        setText('name', value, header)
        break
      case 'givenName':
        given ||= value
        nameColumn ||= header
        break
      case 'familyName':
        family ||= value
        nameColumn ||= header
        break
      case 'email':
        setText('email', value, header)
        break
      case 'phone':
        setText('phone', value, header)
        break
      case 'address':
        setText('address', value, header)
        break
      case 'role':
        setText('role', value, header)
        break
      case 'unit':
        if (draft.unitPath.length === 0) {
          draft.unitPath = splitPath(value)
          names.unit = header
        }
        break
      case 'tags':
        draft.tags = [...new Set([...draft.tags, ...splitList(value)])]
        names.tags ??= header
        break
      case 'languages':
        draft.languages = [...new Set([...draft.languages, ...splitList(value)])]
        names.languages ??= header
        break
      case 'notes':
        draft.notes = draft.notes === '' ? value : `${draft.notes}\n\n${value}`
        names.notes ??= header
        break
      case 'assessment': {
        const assessment = parseAssessment(value)
        if (assessment === null) bad('badAssessment', header)
        else draft.assessment = assessment
        break
      }
      case 'stage': {
        const stage = parseStage(value)
        if (stage === null) bad('badValue', header)
        else draft.stage = stage
        break
      }
      case 'leader': {
        const leader = parseYesNo(value)
        if (leader === null) bad('badValue', header)
        else draft.leader = leader
        break
      }
      case 'lastContact': {
        const day = parseDay(value)
        if (day === null) bad('badValue', header)
        else draft.lastContactAt = day
        break
      }
    }
  }
  if (draft.name === '' && (given !== '' || family !== '')) {
    draft.name = [given, family].filter((part) => part !== '').join(' ')
    names.name = nameColumn
  }
  const customs = customColumns
  const tooLong = lengthIssues(draft, { ...names, custom: (key) => customs?.get(key) ?? key })
  issues.push(...tooLong)
  if (draft.name === '') {
    issues.push({ line: row.line, code: 'noName' })
    return { draft: null, issues }
  }
  return { draft: tooLong.length > 0 ? null : draft, issues }
}
