import { memo, useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { Assessment } from '@shared/domain/assessments/assessment'
import { ASSESSMENT_ORDER, DAY_MS } from '@shared/domain/chart/chart-model'
import { assessmentHistory } from '@shared/domain/chart/history'
import { swatchOf } from '@shared/domain/chart/palette'
import { cellSymbol, type ChartText } from './text'

const STEPS = 12
// The tooltip in the page's colours (recharts colours its items like their series otherwise).
const TOOLTIP_STYLE = { background: 'var(--card)', borderColor: 'var(--line)' }
const TOOLTIP_TEXT = { color: 'var(--fg)' }

interface Props {
  people: readonly { id: string; createdAt: number }[]
  /** Every assessment of the circle (re-read when the assessment index changes). */
  assessments: readonly Assessment[]
  /** True until the first deferred render has the people (the plot is then left empty). */
  pending: boolean
  now: number
  text: ChartText
}

/**
 * The assessment distribution over time as a stacked area chart (recharts), with the same
 * numbers as a table for screen readers and anyone who prefers numbers.
 */
export const HistoryChart = memo(function HistoryChart({
  people,
  assessments,
  pending,
  now,
  text,
}: Props) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const points = useMemo(
    () => assessmentHistory({ assessments, people, now, steps: STEPS }),
    [assessments, people, now],
  )
  const span = points.length > 0 ? points.at(-1)!.at - points[0]!.at : 0
  const date = useMemo(
    () =>
      new Intl.DateTimeFormat(
        i18n.language,
        span < 2 * DAY_MS ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'medium' },
      ),
    [i18n.language, span],
  )
  const nf = new Intl.NumberFormat(i18n.language)
  const data = useMemo(
    () =>
      points.map((p) => ({
        at: p.at,
        a0: p.counts[0],
        a1: p.counts[1],
        a2: p.counts[2],
        a3: p.counts[3],
        a4: p.counts[4],
        a5: p.counts[5],
      })),
    [points],
  )
  return (
    <section className="chart-history" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('chart.history.heading')}</h3>
      {pending ? (
        <div className="chart-history-plot" />
      ) : points.length === 0 ? (
        <p className="muted">{t('chart.history.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('chart.history.intro')}</p>
          <AreaChart
            responsive
            className="chart-history-plot"
            data={data}
            title={t('chart.history.chartLabel')}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="at" tickFormatter={(v: number) => date.format(v)} minTickGap={24} />
            <YAxis allowDecimals={false} />
            <Tooltip
              labelFormatter={(v) => date.format(Number(v))}
              contentStyle={TOOLTIP_STYLE}
              itemStyle={TOOLTIP_TEXT}
              labelStyle={TOOLTIP_TEXT}
            />
            <Legend
              iconType="square"
              formatter={(value: string) => <span className="chart-history-legend">{value}</span>}
            />
            {ASSESSMENT_ORDER.map((n) => (
              <Area
                key={n}
                type="stepAfter"
                dataKey={`a${n}`}
                name={text.short(n)}
                stackId="assessments"
                stroke="#1d1b18"
                strokeWidth={1}
                fill={swatchOf(n).background}
                fillOpacity={1}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
          <details className="chart-more">
            <summary>{t('chart.history.show')}</summary>
            <table className="chart-table">
              <caption>{t('chart.history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.history.date')}</th>
                  {ASSESSMENT_ORDER.map((n) => (
                    <th scope="col" key={n}>
                      <span aria-hidden="true">{cellSymbol(n)}</span>
                      <span className="chart-sr-only">{text.assessment(n)}</span>
                    </th>
                  ))}
                  <th scope="col">{t('chart.history.total')}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p, i) => (
                  <tr key={i}>
                    <th scope="row">{date.format(p.at)}</th>
                    {ASSESSMENT_ORDER.map((n) => (
                      <td key={n}>{nf.format(p.counts[n])}</td>
                    ))}
                    <td>{nf.format(p.counts.reduce((a, b) => a + b, 0))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  )
})
