import { memo, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  cellIndex,
  hasMajority,
  percent,
  supporters,
  type Chart,
  type ChartRow,
} from '@shared/domain/chart/chart-model'
import { moveInGrid } from '@shared/domain/chart/grid-nav'
import { cellSymbol, type ChartText } from './text'

interface Props {
  chart: Chart
  text: ChartText
  /** Id of the element that explains the keys (aria-describedby). */
  hintId: string
  selectedId: string | null
  onSelect: (personId: string | null) => void
}

/** Cells per visual line of a row: the tracks of its CSS grid (see .chart-row in styles.css). */
function columnsOf(row: HTMLElement | null): number {
  if (!row) return 1
  const tracks = getComputedStyle(row).gridTemplateColumns.split(' ').filter(Boolean)
  if (tracks.length > 0 && !tracks.some((x) => x.includes('repeat'))) return tracks.length
  const cell = row.querySelector<HTMLElement>('.chart-cell')
  return cell ? Math.max(1, Math.floor(row.clientWidth / (cell.offsetWidth + 4))) : 1
}

const personIdOf = (target: EventTarget) =>
  (target as HTMLElement).closest<HTMLElement>('[data-person]')?.dataset.person ?? null

/**
 * The chart as an ARIA grid: one row per unit (its name and counts as the row header, then a
 * cell per person). One cell is in the tab order (roving tabindex); the arrow keys, Home, End,
 * Page Up and Page Down move between cells (see grid-nav.ts), Enter or a click shows the person.
 * Rows are memoized: one new assessment redraws one unit's row (and those above it).
 */
export function ChartGrid({ chart, text, hintId, selectedId, onSelect }: Props) {
  const { t } = useTranslation()
  const gridRef = useRef<HTMLDivElement>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const index = useMemo(() => cellIndex(chart), [chart])
  const lengths = useMemo(() => chart.rows.map((r) => r.cells.length), [chart])
  const firstRow = lengths.findIndex((n) => n > 0)
  // The active cell: the one last focused, or the first person when that one is gone.
  const active =
    (activeId !== null ? index.get(activeId) : undefined) ??
    (firstRow >= 0 ? { row: firstRow, index: 0 } : null)
  const activePerson = active ? chart.rows[active.row]!.cells[active.index]!.person.id : null

  const selectedRow = selectedId !== null ? (index.get(selectedId)?.row ?? -1) : -1

  const focusCell = (personId: string) => {
    setActiveId(personId)
    gridRef.current?.querySelector<HTMLElement>(`[data-person="${CSS.escape(personId)}"]`)?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const id = personIdOf(e.target)
    if (id === null) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onSelect(id)
      return
    }
    if (e.key === 'Escape') {
      if (selectedId !== null) {
        e.preventDefault()
        onSelect(null)
      }
      return
    }
    const from = index.get(id)
    if (!from) return
    const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[role="row"]')
    const to = moveInGrid(lengths, from, e.key, columnsOf(rowEl), e.ctrlKey || e.metaKey)
    if (!to) return
    e.preventDefault()
    const next = chart.rows[to.row]?.cells[to.index]
    if (next) focusCell(next.person.id)
  }

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const id = personIdOf(e.target)
    if (id === null) return
    setActiveId(id)
    onSelect(id)
  }

  return (
    <div
      ref={gridRef}
      role="grid"
      // Focus goes to one cell at a time (roving tabindex), never to the grid itself.
      tabIndex={-1}
      className="chart-grid"
      aria-label={t('chart.grid')}
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={(e) => {
        const id = personIdOf(e.target)
        if (id !== null && id !== activeId) setActiveId(id)
      }}
    >
      {chart.rows.map((row, r) => (
        <UnitRow
          key={row.unit?.unit.id ?? ''}
          row={row}
          text={text}
          activeId={active?.row === r ? activePerson : null}
          selectedId={selectedRow === r ? selectedId : null}
        />
      ))}
    </div>
  )
}

interface RowProps {
  row: ChartRow
  text: ChartText
  /** The person whose cell is in the tab order, when it is in this row. */
  activeId: string | null
  /** The person shown in the details, when in this row (only that row redraws on a change). */
  selectedId: string | null
}

const UnitRow = memo(function UnitRow({ row, text, activeId, selectedId }: RowProps) {
  const { t } = useTranslation()
  const depth = Math.min(row.unit?.depth ?? 0, 8)
  const share = (d: typeof row.counts, total: number) => ({
    supporters: supporters(d),
    total,
    percent: percent(supporters(d), total),
  })
  const showTree = row.unit !== null && row.treeTotal > row.total
  return (
    <div role="row" className={`chart-row depth-${depth}`}>
      <div role="rowheader" className="chart-unit">
        <span className="chart-unit-name">{row.unit?.unit.name ?? t('chart.noUnit')}</span>
        {hasMajority(row.counts) && <span className="chart-badge">{t('chart.majority')}</span>}
        <span className="chart-unit-stats">
          {t('chart.unitStats', share(row.counts, row.total))}
          {row.counts[0] > 0 && (
            <>
              {' · '}
              {t('chart.notAssessed', { count: row.counts[0] })}
            </>
          )}
          {row.stale > 0 && (
            <>
              {' · '}
              {t('chart.stale', { count: row.stale, days: text.staleDays })}
            </>
          )}
        </span>
        {showTree && (
          <span className="chart-unit-tree">
            {t('chart.unitTree', share(row.treeCounts, row.treeTotal))}
          </span>
        )}
      </div>
      {row.cells.length === 0 ? (
        <div role="gridcell" className="chart-none">
          {t('chart.unitEmpty')}
        </div>
      ) : (
        row.cells.map(({ person, assessment, stale }) => (
          <div
            key={person.id}
            role="gridcell"
            data-person={person.id}
            tabIndex={person.id === activeId ? 0 : -1}
            aria-label={text.cellLabel(person.name, assessment, person.leader, stale)}
            className={`chart-cell chart-a${assessment}${stale ? ' stale' : ''}${person.leader ? ' leader' : ''}${person.id === selectedId ? ' selected' : ''}`}
          >
            {cellSymbol(assessment)}
          </div>
        ))
      )}
    </div>
  )
})
