import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { ASSESSMENT_ORDER } from '@shared/domain/chart/chart-model'
import { swatchOf } from '@shared/domain/chart/palette'
import type { BucketUnit } from '@shared/domain/dashboard/buckets'
import type { DistributionPoint } from '@shared/domain/dashboard/series'
import { supportSummary } from '@shared/domain/dashboard/summary'
import { assessmentKey, cellSymbol } from '../chart/text'
import { ChartSection, legendText, TOOLTIP_STYLE, TOOLTIP_TEXT } from './ChartSection'
import type { PeriodText } from './format'

/**
 * The assessment distribution at the end of each period as stacked bars in the chart's
 * colours (1 at the bottom, not yet assessed on top), with the numbers as a table.
 */
export function DistributionSection(props: {
  points: readonly DistributionPoint[]
  unit: BucketUnit
  text: PeriodText
}) {
  const { t } = useTranslation()
  const { points, unit, text } = props
  const short = (n: number) => `${cellSymbol(n)} ${t(`chart.short.${assessmentKey(n)}`)}`
  const long = (n: number) => `${cellSymbol(n)} ${t(`chart.assessments.${assessmentKey(n)}`)}`
  const assessed = points.some((p) => p.counts.some((c, i) => i > 0 && c > 0))
  const s = supportSummary(points)
  const summary =
    s === null
      ? ''
      : t(
          s.change > 0
            ? 'dashboard.distribution.summaryUp'
            : s.change < 0
              ? 'dashboard.distribution.summaryDown'
              : 'dashboard.distribution.summarySame',
          {
            count: s.supporters,
            change: text.number(Math.abs(s.change)),
            date: text.day(s.since),
          },
        )
  const data = points.map((p) => ({
    period: text.tick(p, unit),
    ...Object.fromEntries(ASSESSMENT_ORDER.map((n) => [`a${n}`, p.counts[n]])),
  }))
  return (
    <ChartSection
      heading={t('dashboard.distribution.heading')}
      summary={summary}
      empty={assessed ? null : t('dashboard.distribution.empty')}
      chart={
        <BarChart
          responsive
          className="dashboard-plot"
          data={data}
          title={t('dashboard.distribution.chartLabel')}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" minTickGap={16} />
          <YAxis allowDecimals={false} />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            itemStyle={TOOLTIP_TEXT}
            labelStyle={TOOLTIP_TEXT}
          />
          <Legend iconType="square" formatter={legendText} />
          {ASSESSMENT_ORDER.map((n) => (
            <Bar
              key={n}
              dataKey={`a${n}`}
              name={short(n)}
              stackId="assessments"
              fill={swatchOf(n).background}
              stroke="#1d1b18"
              strokeWidth={1}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      }
      table={
        <table className="chart-table">
          <caption>{t('dashboard.distribution.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.distribution.period')}</th>
              {ASSESSMENT_ORDER.map((n) => (
                <th scope="col" key={n}>
                  {long(n)}
                </th>
              ))}
              <th scope="col">{t('dashboard.distribution.total')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.start}>
                <th scope="row">{text.period(p, unit)}</th>
                {ASSESSMENT_ORDER.map((n) => (
                  <td key={n}>{text.number(p.counts[n])}</td>
                ))}
                <td>{text.number(p.counts.reduce((a, b) => a + b, 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
