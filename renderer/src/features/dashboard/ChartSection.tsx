import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The tooltip in the page's colours (recharts colours its items like their series otherwise). */
export const TOOLTIP_STYLE = { background: 'var(--card)', borderColor: 'var(--line)' }
export const TOOLTIP_TEXT = { color: 'var(--fg)' }
/** Legend entries in the text colour (recharts colours them like their series otherwise). */
export const legendText = (value: string) => <span className="dashboard-legend">{value}</span>

/**
 * One dashboard chart: its heading, a one-line summary in words, the chart, and the same
 * numbers as a table behind "Show as table" (for screen readers and anyone who prefers
 * numbers). Without data, a sentence says so instead.
 */
export function ChartSection(props: {
  heading: string
  summary: string
  empty: string | null
  chart: ReactNode
  table: ReactNode
}) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="dashboard-section card" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      {props.empty !== null ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <>
          <p className="dashboard-summary">{props.summary}</p>
          {props.chart}
          <details className="chart-more">
            <summary>
              {t('dashboard.showTable')}
              <span className="chart-sr-only">: {props.heading}</span>
            </summary>
            {props.table}
          </details>
        </>
      )}
    </section>
  )
}
