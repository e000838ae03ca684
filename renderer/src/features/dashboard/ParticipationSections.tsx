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
import { ChartSection, legendText, NumbersTable, TOOLTIP } from './ChartSection'
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
          <Tooltip {...TOOLTIP} />
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
        <NumbersTable
          caption={t('dashboard.attendance.caption')}
          columns={[
            t('dashboard.attendance.week'),
            t('dashboard.attendance.meetings'),
            t('dashboard.attendance.present'),
            t('dashboard.attendance.people'),
          ]}
          rows={weeks.map((w) => ({
            key: w.start,
            head: text.period(w, 'week'),
            cells: [w.meetings, w.present, w.people].map(text.number),
          }))}
        />
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
          <Tooltip {...TOOLTIP} />
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
        <NumbersTable
          caption={t('dashboard.conversations.caption')}
          columns={[
            t('dashboard.conversations.week'),
            t('dashboard.conversations.count'),
            t('dashboard.conversations.people'),
          ]}
          rows={weeks.map((w) => ({
            key: w.start,
            head: text.period(w, 'week'),
            cells: [w.conversations, w.talkedTo].map(text.number),
          }))}
        />
      }
    />
  )
}
