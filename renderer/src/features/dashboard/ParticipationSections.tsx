import { useTranslation } from 'react-i18next'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import type { ParticipationWeek } from '@shared/domain/dashboard/series'
import { participationTotals } from '@shared/domain/dashboard/summary'
import { ChartSection, legendText, TOOLTIP_STYLE, TOOLTIP_TEXT } from './ChartSection'
import type { PeriodText } from './format'

const MARGIN = { top: 8, right: 16, bottom: 8, left: 0 }
const DARK = '#08519c'
const LIGHT = '#f4a582'

/** Meetings held and attendance per week: bars, and the numbers as a table. */
export function AttendanceSection({
  weeks,
  text,
}: {
  weeks: readonly ParticipationWeek[]
  text: PeriodText
}) {
  const { t } = useTranslation()
  const totals = participationTotals(weeks)
  const data = weeks.map((w) => ({
    week: text.tick(w, 'week'),
    meetings: w.meetings,
    people: w.people,
  }))
  return (
    <ChartSection
      heading={t('dashboard.attendance.heading')}
      summary={t('dashboard.attendance.summary', {
        count: totals.meetings,
        present: text.number(totals.present),
      })}
      empty={totals.meetings === 0 ? t('dashboard.attendance.empty') : null}
      chart={
        <BarChart
          responsive
          className="dashboard-plot"
          data={data}
          title={t('dashboard.attendance.chartLabel')}
          margin={MARGIN}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" minTickGap={16} />
          <YAxis allowDecimals={false} />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            itemStyle={TOOLTIP_TEXT}
            labelStyle={TOOLTIP_TEXT}
          />
          <Legend iconType="square" formatter={legendText} />
          <Bar
            dataKey="meetings"
            name={t('dashboard.attendance.meetings')}
            fill={DARK}
            isAnimationActive={false}
          />
          <Bar
            dataKey="people"
            name={t('dashboard.attendance.people')}
            fill={LIGHT}
            stroke="#1d1b18"
            strokeWidth={1}
            isAnimationActive={false}
          />
        </BarChart>
      }
      table={
        <table className="chart-table">
          <caption>{t('dashboard.attendance.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.attendance.week')}</th>
              <th scope="col">{t('dashboard.attendance.meetings')}</th>
              <th scope="col">{t('dashboard.attendance.present')}</th>
              <th scope="col">{t('dashboard.attendance.people')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{text.period(w, 'week')}</th>
                <td>{text.number(w.meetings)}</td>
                <td>{text.number(w.present)}</td>
                <td>{text.number(w.people)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}

/** Conversations logged per week: lines, and the numbers as a table. */
export function ConversationsSection({
  weeks,
  text,
}: {
  weeks: readonly ParticipationWeek[]
  text: PeriodText
}) {
  const { t } = useTranslation()
  const totals = participationTotals(weeks)
  const data = weeks.map((w) => ({
    week: text.tick(w, 'week'),
    conversations: w.conversations,
    talkedTo: w.talkedTo,
  }))
  return (
    <ChartSection
      heading={t('dashboard.conversations.heading')}
      summary={t('dashboard.conversations.summary', {
        count: totals.conversations,
        last: text.number(totals.lastWeekConversations),
      })}
      empty={totals.conversations === 0 ? t('dashboard.conversations.empty') : null}
      chart={
        <LineChart
          responsive
          className="dashboard-plot"
          data={data}
          title={t('dashboard.conversations.chartLabel')}
          margin={MARGIN}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" minTickGap={16} />
          <YAxis allowDecimals={false} />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            itemStyle={TOOLTIP_TEXT}
            labelStyle={TOOLTIP_TEXT}
          />
          <Legend formatter={legendText} />
          <Line
            type="linear"
            dataKey="conversations"
            name={t('dashboard.conversations.count')}
            stroke={DARK}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="talkedTo"
            name={t('dashboard.conversations.people')}
            stroke="#b2182b"
            strokeDasharray="6 3"
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      }
      table={
        <table className="chart-table">
          <caption>{t('dashboard.conversations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.conversations.week')}</th>
              <th scope="col">{t('dashboard.conversations.count')}</th>
              <th scope="col">{t('dashboard.conversations.people')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{text.period(w, 'week')}</th>
                <td>{text.number(w.conversations)}</td>
                <td>{text.number(w.talkedTo)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
