import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import type { TestTurnout } from '@shared/domain/dashboard/series'
import { turnoutPercent } from '@shared/domain/dashboard/summary'
import { ChartSection, NumbersTable, TOOLTIP } from './ChartSection'
import type { PeriodText } from './format'

/** Each structure test's turnout (share who took part) as bars, and the numbers as a table. */
export function TurnoutSection({
  tests,
  text,
}: {
  tests: readonly TestTurnout[]
  text: PeriodText
}) {
  const { t } = useTranslation()
  const latest = tests.at(-1)
  const data = tests.map((x) => ({ test: x.name, share: turnoutPercent(x) }))
  return (
    <ChartSection
      heading={t('dashboard.tests.heading')}
      summary={
        latest
          ? t('dashboard.tests.summary', {
              name: latest.name,
              took: text.number(latest.took),
              total: text.number(latest.inScope),
              percent: turnoutPercent(latest),
            })
          : ''
      }
      empty={latest ? null : t('dashboard.tests.empty')}
      chart={
        <BarChart
          responsive
          className="dashboard-plot"
          data={data}
          title={t('dashboard.tests.chartLabel')}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="test" />
          <YAxis domain={[0, 100]} unit=" %" allowDecimals={false} />
          <Tooltip {...TOOLTIP} />
          <Bar
            dataKey="share"
            name={t('dashboard.tests.share')}
            fill="#08519c"
            isAnimationActive={false}
          />
        </BarChart>
      }
      table={
        <NumbersTable
          caption={t('dashboard.tests.caption')}
          columns={[
            t('dashboard.tests.test'),
            t('dashboard.tests.date'),
            t('dashboard.tests.took'),
            t('dashboard.tests.inScope'),
            t('dashboard.tests.share'),
          ]}
          rows={tests.map((x) => ({
            key: x.id,
            head: x.name,
            cells: [text.day(x.date), ...[x.took, x.inScope, turnoutPercent(x)].map(text.number)],
          }))}
        />
      }
    />
  )
}
