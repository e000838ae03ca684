import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportFormat } from '@shared/domain/people/import-source'
import type { ImportIssue } from '@shared/interop/types'
import { useTransferText } from './transfer-text'

/** How many problems are listed; the rest are counted ("… and 1,234 more"). */
export const SHOWN_ISSUES = 100

/** The problems found in a file, each with its row (card, entry) and a translated reason. */
export function IssueList({
  format,
  issues,
}: {
  format: ImportFormat
  issues: readonly ImportIssue[]
}) {
  const { t } = useTranslation()
  const text = useTransferText()
  const headingId = useId()
  if (issues.length === 0) return null
  const shown = issues.slice(0, SHOWN_ISSUES)
  const rest = issues.length - shown.length
  return (
    <section className="transfer-issues" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('transfer.issuesHeading', { count: issues.length })}</h3>
      <p className="hint">{t('transfer.issuesIntro')}</p>
      <ul aria-label={t('transfer.issuesLabel')}>
        {shown.map((issue, index) => (
          <li key={`${issue.line}:${index}`}>{text.issue(format, issue)}</li>
        ))}
      </ul>
      {rest > 0 && <p>{t('transfer.more', { count: rest })}</p>}
    </section>
  )
}
