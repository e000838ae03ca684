import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { ASSESSMENT_ORDER } from '@shared/domain/chart/chart-model'
import { swatchOf } from '@shared/domain/chart/palette'
import type { BucketUnit } from '@shared/domain/dashboard/buckets'
import type { DistributionPoint } from '@shared/domain/dashboard/series'
import { supportSummary } from '@shared/domain/dashboard/summary'
import { assessmentKey, cellSymbol } from '../chart/text'
import { ChartSection, legendText, NumbersTable, TOOLTIP } from './ChartSection'
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
          <Tooltip {...TOOLTIP} />
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
        <NumbersTable
          caption={t('dashboard.distribution.caption')}
          columns={[
            t('dashboard.distribution.period'),
            ...ASSESSMENT_ORDER.map(long),
            t('dashboard.distribution.total'),
          ]}
          rows={points.map((p) => ({
            key: p.start,
            head: text.period(p, unit),
            cells: [
              ...ASSESSMENT_ORDER.map((n) => p.counts[n]),
              p.counts.reduce((a, b) => a + b, 0),
            ].map(text.number),
          }))}
        />
      }
    />
  )
}
