import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { LEADERSHIP_STAGES } from '@shared/domain/leadership/leadership-event'
import type { Pipeline } from '@shared/domain/leadership/pipeline'

/** The stages drawn (everyone else has no stage and would dwarf them). */
const DRAWN = LEADERSHIP_STAGES.filter((s) => s !== 'none')
const COLOURS = ['#c9e4de', '#8cc7b5', '#4e9c85', '#2c6e5b', '#163d33']
const TOOLTIP_STYLE = { background: 'var(--card)', borderColor: 'var(--line)' }
const TOOLTIP_TEXT = { color: 'var(--fg)' }

/**
 * The leadership pipeline: people at each stage now, and at the end of each of the last twelve
 * months as a stacked bar chart, with the same numbers (and the stage changes) as a table.
 */
export function PipelineView({ pipeline }: { pipeline: Pipeline }) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const overTimeId = useId()
  const nf = new Intl.NumberFormat(i18n.language)
  const month = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric' }),
    [i18n.language],
  )
  const monthText = (m: string) =>
    month.format(new Date(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1))
  const data = pipeline.months.map((m) => ({ month: monthText(m.month), ...m.counts }))
  const staged = DRAWN.reduce((n, s) => n + pipeline.now[s], 0)
  return (
    <section aria-labelledby={headingId} className="pipeline">
      <h2 id={headingId}>{t('leadership.pipeline.heading')}</h2>
      {staged === 0 && <p className="muted">{t('leadership.pipeline.empty')}</p>}
      <table className="today-table">
        <caption>{t('leadership.pipeline.now')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leadership.pipeline.stageColumn')}</th>
            <th scope="col">{t('leadership.pipeline.countColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {LEADERSHIP_STAGES.map((s) => (
            <tr key={s}>
              <th scope="row">{t(`leadership.stages.${s}`)}</th>
              <td>{nf.format(pipeline.now[s])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id={overTimeId}>{t('leadership.pipeline.overTime')}</h3>
      <BarChart
        responsive
        className="pipeline-plot"
        data={data}
        title={t('leadership.pipeline.chartLabel')}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" minTickGap={16} />
        <YAxis allowDecimals={false} />
        <Tooltip contentStyle={TOOLTIP_STYLE} itemStyle={TOOLTIP_TEXT} labelStyle={TOOLTIP_TEXT} />
        <Legend iconType="square" />
        {DRAWN.map((s, i) => (
          <Bar
            key={s}
            dataKey={s}
            name={t(`leadership.stages.${s}`)}
            stackId="stages"
            fill={COLOURS[i]}
            stroke="#1d1b18"
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <table className="today-table pipeline-table">
        <caption>{t('leadership.pipeline.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leadership.pipeline.monthColumn')}</th>
            {DRAWN.map((s) => (
              <th scope="col" key={s}>
                {t(`leadership.stages.${s}`)}
              </th>
            ))}
            <th scope="col">{t('leadership.pipeline.movesColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {pipeline.months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthText(m.month)}</th>
              {DRAWN.map((s) => (
                <td key={s}>{nf.format(m.counts[s])}</td>
              ))}
              <td>{t('leadership.pipeline.moves', { moves: m.moves, up: m.up })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
