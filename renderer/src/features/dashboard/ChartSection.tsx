import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The tooltip in the page's colours (recharts colours its items like their series otherwise). */
const TOOLTIP_TEXT = { color: 'var(--fg)' }
/** Props of every dashboard chart's recharts Tooltip. */
export const TOOLTIP = {
  contentStyle: { background: 'var(--card)', borderColor: 'var(--line)' },
  itemStyle: TOOLTIP_TEXT,
  labelStyle: TOOLTIP_TEXT,
}
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

/** The numbers behind a chart: a caption, column headings, and one headed row per entry. */
export function NumbersTable(props: {
  caption: string
  columns: readonly string[]
  rows: readonly { key: string; head: string; cells: readonly string[] }[]
}) {
  return (
    <table className="chart-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((c, i) => (
            <th scope="col" key={i}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.head}</th>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
