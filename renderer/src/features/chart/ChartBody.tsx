import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ASSESSMENT_ORDER,
  chartBuilder,
  parseStaleDays,
  percent,
  supporters,
  tagsOf,
  type ChartFilter,
} from '@shared/domain/chart/chart-model'
import type { Assessment } from '@shared/domain/assessments/assessment'
import type { CircleSession } from '@shared/domain/circle/session'
import type { Person } from '@shared/domain/people/person'
import { flattenUnits, unitLabel, unitWithDescendants } from '@shared/domain/units/tree'
import { useStore } from '../../app/use-store'
import { useNow } from '../../ui/use-now'
import { ChartFilters, initialFilters, isFiltered, type FilterState } from './ChartFilters'
import { ChartGrid } from './ChartGrid'
import { HistoryChart } from './HistoryChart'
import { PersonDetails } from './PersonDetails'
import { UnitTable } from './UnitTable'
import { cellSymbol, useChartText } from './text'

const NOT_YET: readonly Person[] = []
const NO_ASSESSMENTS: readonly Assessment[] = []

interface Props {
  session: CircleSession
  /** Says a short status message (the app's announcer). */
  announce: (text: string) => void
}

/**
 * The chart of a circle: filters, the overall counts and legend, the grid by unit with the
 * chosen person's details, the counts as a table, and the distribution over time.
 */
export function ChartBody({ session, announce }: Props) {
  const { t } = useTranslation()
  const people = useStore(session.people)
  const unitRecords = useStore(session.units)
  const version = useStore(session.assessmentIndex)
  const now = useNow(60_000)
  const [filters, setFilters] = useState<FilterState>(initialFilters)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [build] = useState(chartBuilder)
  const hintId = useId()
  const headingId = useId()

  const nodes = useMemo(() => flattenUnits(unitRecords), [unitRecords])
  const unitId = nodes.some((n) => n.unit.id === filters.unitId) ? filters.unitId : ''
  const unitIds = useMemo(
    () => (unitId === '' ? null : unitWithDescendants(nodes, unitId)),
    [nodes, unitId],
  )
  const staleDays = parseStaleDays(filters.staleText)
  const { tag, stage, leadersOnly } = filters
  const index = session.assessmentIndex
  const chart = useMemo(() => {
    void version // the assessment index changed: current() now gives other values
    const filter: ChartFilter = { tag, stage, leadersOnly, unitIds }
    return build({
      people,
      units: nodes,
      assessmentOf: (id) => index.current(id),
      filter,
      staleDays,
      now,
    })
  }, [build, people, nodes, index, version, tag, stage, leadersOnly, unitIds, staleDays, now])
  const tags = useMemo(() => tagsOf(people), [people])
  const shownPeople = useMemo(
    () => chart.rows.flatMap((r) => r.cells.map((c) => c.person)),
    [chart],
  )
  const assessments = useMemo(() => {
    void version
    return index.all()
  }, [index, version])
  const text = useChartText(staleDays)
  // The history (12 periods over everyone's assessments, and its plot) follows in a deferred
  // render: the grid and counts update at once, even on the first render.
  const historyPeople = useDeferredValue(shownPeople, NOT_YET)
  const historyAssessments = useDeferredValue(assessments, NO_ASSESSMENTS)

  // Say how many people the chart shows after the filters changed (not on every sync).
  const filterKey = [tag, stage, unitId, leadersOnly].join('\u0000')
  const announced = useRef(filterKey)
  useEffect(() => {
    if (announced.current === filterKey) return
    announced.current = filterKey
    announce(t('chart.inChart', { count: chart.total }))
  }, [filterKey, chart.total, announce, t])

  const selected = selectedId !== null ? (session.people.get(selectedId) ?? null) : null
  const selectedUnit = selected ? unitLabel(nodes.find((n) => n.unit.id === selected.unitId)) : ''
  const share = supporters(chart.overall)

  return (
    <div className="chart-view">
      <h2 id={headingId}>{t('chart.title')}</h2>
      <p className="muted">{t('chart.intro')}</p>
      <ChartFilters value={filters} onChange={setFilters} tags={tags} units={nodes} />

      <section className="chart-overview" aria-label={t('chart.overall')}>
        <ul className="chart-summary">
          <li className="chart-summary-main">
            {t('chart.supporters', {
              supporters: share,
              total: chart.total,
              percent: percent(share, chart.total),
            })}
          </li>
          <li>{t('chart.inChart', { count: chart.total })}</li>
          <li>{t('chart.notAssessed', { count: chart.notAssessed })}</li>
          <li>
            {staleDays > 0
              ? t('chart.stale', { count: chart.stale, days: staleDays })
              : t('chart.staleOff')}
          </li>
          <li>{t('chart.leaders', { count: chart.leaders })}</li>
        </ul>
        <h3 className="chart-legend-heading">{t('chart.legend')}</h3>
        <ul className="chart-legend">
          {ASSESSMENT_ORDER.map((n) => (
            <li key={n}>
              <span className={`chart-cell chart-sample chart-a${n}`} aria-hidden="true">
                {cellSymbol(n)}
              </span>
              <span>
                {text.assessment(n)}
                {': '}
                {t('chart.legendCount', {
                  count: chart.overall[n],
                  percent: percent(chart.overall[n], chart.total),
                })}
              </span>
            </li>
          ))}
          {staleDays > 0 && (
            <li>
              <span className="chart-cell chart-sample chart-a0 stale" aria-hidden="true" />
              <span>{t('chart.legendStale', { days: staleDays })}</span>
            </li>
          )}
          <li>
            <span className="chart-cell chart-sample chart-a0 leader" aria-hidden="true" />
            <span>{t('chart.legendLeader')}</span>
          </li>
        </ul>
      </section>

      <PersonDetails
        person={selected}
        assessment={selected ? index.current(selected.id) : 0}
        unit={selectedUnit}
        onHide={() => setSelectedId(null)}
        text={text}
      />

      {people.length === 0 ? (
        <p className="chart-message">{t('chart.empty')}</p>
      ) : (
        chart.total === 0 &&
        isFiltered(filters) && <p className="chart-message">{t('chart.noMatch')}</p>
      )}
      {chart.rows.length > 0 && (
        <>
          <p id={hintId} className="hint chart-hint">
            {t('chart.gridHint')}
          </p>
          <ChartGrid
            chart={chart}
            text={text}
            hintId={hintId}
            selectedId={selected ? selected.id : null}
            onSelect={setSelectedId}
          />
        </>
      )}
      <UnitTable chart={chart} text={text} />
      <HistoryChart
        people={historyPeople}
        assessments={historyAssessments}
        pending={historyPeople === NOT_YET}
        now={now}
        text={text}
      />
    </div>
  )
}
