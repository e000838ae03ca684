import { useId, useMemo, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { applyMapping, type FieldTarget, type MappingTarget } from '@shared/interop/csv-mapping'
import type { CsvTable } from '@shared/interop/csv-read'
import type { ImportIssue, PersonDraft } from '@shared/interop/types'
import { IssueList } from './IssueList'
import { useTransferText, type ImportSource } from './transfer-text'

/** The person fields a column can become, in the order the select offers them. */
const FIELD_TARGETS: readonly FieldTarget[] = [
  'name',
  'givenName',
  'familyName',
  'email',
  'phone',
  'address',
  'unit',
  'role',
  'tags',
  'languages',
  'notes',
  'assessment',
  'stage',
  'leader',
  'lastContact',
]

const PREVIEW_ROWS = 5
const EXAMPLE_MAX = 60

const hasName = (mapping: readonly MappingTarget[]) =>
  mapping.some((m) => m === 'name' || m === 'givenName' || m === 'familyName')

interface Props {
  source: ImportSource
  table: CsvTable
  mapping: readonly MappingTarget[]
  /** Names of the circle's custom fields. */
  customNames: readonly string[]
  headingRef: Ref<HTMLHeadingElement>
  onChange: (mapping: MappingTarget[]) => void
  onContinue: () => void
  onCancel: () => void
}

/** The column-mapping screen of a CSV import: what each column becomes, with a preview. */
export function MappingStep({
  source,
  table,
  mapping,
  customNames,
  headingRef,
  onChange,
  onContinue,
  onCancel,
}: Props) {
  const { t } = useTranslation()
  const text = useTransferText()
  const headingId = useId()
  const needsNameId = useId()
  const existing = useMemo(() => new Set(customNames), [customNames])
  const lowerExisting = useMemo(
    () => new Set(customNames.map((n) => n.trim().toLocaleLowerCase())),
    [customNames],
  )
  const examples = useMemo(
    () =>
      table.headers.map((_, column) => {
        for (const row of table.rows.slice(0, 50)) {
          const cell = (row.cells[column] ?? '').trim()
          if (cell !== '')
            return cell.length > EXAMPLE_MAX ? `${cell.slice(0, EXAMPLE_MAX)}…` : cell
        }
        return ''
      }),
    [table],
  )
  const named = hasName(mapping)

  const setTarget = (column: number, target: MappingTarget) => {
    const next = [...mapping]
    next[column] = target
    onChange(next)
  }

  return (
    <section className="transfer-step" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('transfer.mappingHeading')}
      </h3>
      <p className="muted">{text.facts(source)}</p>
      <p className="hint">{t('transfer.mappingIntro')}</p>
      <table className="transfer-table mapping-table" aria-label={t('transfer.mappingLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('transfer.column')}</th>
            <th scope="col">{t('transfer.example')}</th>
            <th scope="col">{t('transfer.importAs')}</th>
          </tr>
        </thead>
        <tbody>
          {table.headers.map((header, column) => {
            const target = mapping[column] ?? 'ignore'
            const newField = `custom:${header}` as const
            const offersNew = !lowerExisting.has(header.trim().toLocaleLowerCase())
            return (
              <tr key={`${column}:${header}`}>
                <th scope="row">{header}</th>
                <td className="example">{examples[column]}</td>
                <td>
                  <select
                    aria-label={t('transfer.importAsLabel', { column: header })}
                    aria-describedby={named ? undefined : needsNameId}
                    value={target}
                    onChange={(e) => setTarget(column, e.target.value as MappingTarget)}
                  >
                    <option value="ignore">{t('transfer.targets.ignore')}</option>
                    <optgroup label={t('transfer.personFields')}>
                      {FIELD_TARGETS.map((field) => (
                        <option key={field} value={field}>
                          {t(`transfer.targets.${field}`)}
                        </option>
                      ))}
                    </optgroup>
                    <optgroup label={t('transfer.circleFields')}>
                      {customNames.map((name) => (
                        <option key={name} value={`custom:${name}`}>
                          {text.target(`custom:${name}`, header, existing)}
                        </option>
                      ))}
                      {offersNew && (
                        <option value={newField}>{text.target(newField, header, existing)}</option>
                      )}
                    </optgroup>
                  </select>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {!named && (
        <p id={needsNameId} className="error" role="alert">
          {t('transfer.needsName')}
        </p>
      )}
      <Preview table={table} mapping={mapping} format={source.format} />
      <IssueList format={source.format} issues={table.issues} />
      <div className="actions">
        <button type="button" className="push-left" onClick={onCancel}>
          {t('transfer.start')}
        </button>
        <button type="button" className="primary" onClick={onContinue} disabled={!named}>
          {t('transfer.continue')}
        </button>
      </div>
    </section>
  )
}

/** The first rows as they will be imported with the chosen mapping. */
function Preview({
  table,
  mapping,
  format,
}: {
  table: CsvTable
  mapping: readonly MappingTarget[]
  format: ImportSource['format']
}) {
  const { t } = useTranslation()
  const text = useTransferText()
  const headingId = useId()
  const rows = useMemo(() => {
    const first = table.rows.slice(0, PREVIEW_ROWS)
    const mapped = applyMapping({ headers: table.headers, rows: first }, mapping)
    const drafts = new Map(mapped.drafts.map((d) => [d.line, d]))
    const issues = new Map<number, ImportIssue[]>()
    for (const issue of mapped.issues)
      issues.set(issue.line, [...(issues.get(issue.line) ?? []), issue])
    return first.map((row) => ({
      line: row.line,
      draft: drafts.get(row.line) ?? null,
      issues: issues.get(row.line) ?? [],
    }))
  }, [table, mapping])

  const other = (d: PersonDraft): string => {
    const parts: string[] = []
    const field = (label: string, value: string) =>
      parts.push(t('transfer.previewField', { label, value }))
    if (d.role) field(t('transfer.targets.role'), d.role)
    if (d.address) field(t('transfer.targets.address'), d.address)
    if (d.languages.length > 0) field(t('transfer.targets.languages'), d.languages.join(', '))
    if (d.stage !== 'none') field(t('person.stage'), t(`person.stages.${d.stage}`))
    if (d.assessment > 0) field(t('person.assessment.heading'), String(d.assessment))
    if (d.leader) parts.push(t('transfer.previewLeader'))
    if (d.lastContactAt > 0)
      field(t('person.lastContact'), new Date(d.lastContactAt).toISOString().slice(0, 10))
    for (const [name, value] of Object.entries(d.custom)) field(name, value)
    if (d.notes)
      field(t('transfer.targets.notes'), d.notes.length > 80 ? `${d.notes.slice(0, 80)}…` : d.notes)
    return parts.join(' · ')
  }

  if (rows.length === 0) return null
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('transfer.previewHeading')}</h4>
      <p className="hint">{t('transfer.previewIntro', { count: rows.length })}</p>
      <table className="transfer-table preview-table" aria-label={t('transfer.previewLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('transfer.previewRow')}</th>
            <th scope="col">{t('transfer.previewName')}</th>
            <th scope="col">{t('transfer.previewContact')}</th>
            <th scope="col">{t('transfer.previewUnit')}</th>
            <th scope="col">{t('transfer.previewTags')}</th>
            <th scope="col">{t('transfer.previewOther')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ line, draft, issues }) => (
            <tr key={line}>
              <th scope="row">{line}</th>
              {draft ? (
                <>
                  <td>{draft.name}</td>
                  <td>{[draft.email, draft.phone].filter(Boolean).join(' · ')}</td>
                  <td>{draft.unitPath.join(' › ')}</td>
                  <td>{draft.tags.join(', ')}</td>
                  <td>
                    {other(draft)}
                    {issues.map((issue, i) => (
                      <span key={i} className="preview-issue">
                        {text.issue(format, issue)}
                      </span>
                    ))}
                  </td>
                </>
              ) : (
                <td colSpan={5} className="preview-issue">
                  {t('transfer.previewLeftOut', {
                    reason: issues.map((issue) => text.issue(format, issue)).join('; '),
                  })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
