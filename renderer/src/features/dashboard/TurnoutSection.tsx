import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import type { TestTurnout } from '@shared/domain/dashboard/series'
import { turnoutPercent } from '@shared/domain/dashboard/summary'
import { ChartSection, TOOLTIP_STYLE, TOOLTIP_TEXT } from './ChartSection'
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
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            itemStyle={TOOLTIP_TEXT}
            labelStyle={TOOLTIP_TEXT}
          />
          <Bar
            dataKey="share"
            name={t('dashboard.tests.share')}
            fill="#08519c"
            isAnimationActive={false}
          />
        </BarChart>
      }
      table={
        <table className="chart-table">
          <caption>{t('dashboard.tests.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.tests.test')}</th>
              <th scope="col">{t('dashboard.tests.date')}</th>
              <th scope="col">{t('dashboard.tests.took')}</th>
              <th scope="col">{t('dashboard.tests.inScope')}</th>
              <th scope="col">{t('dashboard.tests.share')}</th>
            </tr>
          </thead>
          <tbody>
            {tests.map((x) => (
              <tr key={x.id}>
                <th scope="row">{x.name}</th>
                <td>{text.day(x.date)}</td>
                <td>{text.number(x.took)}</td>
                <td>{text.number(x.inScope)}</td>
                <td>{text.number(turnoutPercent(x))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
