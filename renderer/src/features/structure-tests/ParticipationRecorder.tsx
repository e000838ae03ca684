import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { CircleSession } from '@shared/domain/circle/session'
import { filterPeople } from '@shared/domain/people/filter'
import type { Person } from '@shared/domain/people/person'
import { setParticipation } from '@shared/domain/structure-tests/commands'
import type {
  Participation,
  ParticipationRecord,
  StructureTest,
} from '@shared/domain/structure-tests/structure-test'
import { useServices } from '../../app/services'
import { useTestText } from './test-text'

type State = Participation | 'none'
type Show = 'all' | State

const SHOWS: readonly Show[] = ['all', 'none', 'yes', 'no']
const SHOW_LABEL = {
  all: 'tests.showAll',
  none: 'tests.showUnknown',
  yes: 'tests.showYes',
  no: 'tests.showNo',
} as const

/** Single keys that record (language-neutral digits besides Y and N). */
const KEYS = new Map<string, Participation | null>([
  ['y', 'yes'],
  ['Y', 'yes'],
  ['1', 'yes'],
  ['n', 'no'],
  ['N', 'no'],
  ['2', 'no'],
  ['0', null],
  ['Delete', null],
  ['Backspace', null],
])
/** What activating a row (click, Enter, Space) changes its state to. */
const CYCLE: Record<State, Participation | null> = { none: 'yes', yes: 'no', no: null }
const MARK: Record<State, string> = { yes: '✓', no: '✗', none: '–' }

const matches = (show: Show, state: State) => show === 'all' || show === state

const rowHeight = () =>
  parseFloat(getComputedStyle(document.documentElement).fontSize || '16') * 3.6

interface Props {
  session: CircleSession
  test: StructureTest
  /** The people in the test's scope, in name order. */
  people: readonly Person[]
  /** What was recorded for this test, by person id. */
  recorded: ReadonlyMap<string, ParticipationRecord>
  unitOf: (person: Person) => string
  /** The member recording (circle.entry.member.id). */
  memberId: string
  readOnly: boolean
}

/**
 * The people in a test's scope, to record who took part: fast and keyboard-first. Arrow keys
 * move between people; Y / N / 0 (or 1 / 2 / 0) record and move on. Virtualized, so it stays
 * quick with thousands of people; only one row is in the tab order at a time.
 */
export function ParticipationRecorder(props: Props) {
  const { session, test, people, recorded, unitOf, memberId, readOnly } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const text = useTestText()
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const [show, setShow] = useState<Show>('all')
  const [advance, setAdvance] = useState(true)
  const [active, setActive] = useState(0)
  const [said, setSaid] = useState('')
  const scrollRef = useRef<HTMLDivElement>(null)
  const countRef = useRef(0)
  const headingId = useId()
  const filterId = useId()
  const filterHintId = useId()
  const showId = useId()
  const advanceId = useId()
  const rowHintId = useId()

  const stateOf = (p: Person): State => recorded.get(p.id)?.took ?? 'none'
  const shown = useMemo(() => {
    const byText = filterPeople(session.people, people, deferred, unitOf)
    if (show === 'all') return byText
    return byText.filter((p) => (recorded.get(p.id)?.took ?? 'none') === show)
  }, [session.people, people, deferred, unitOf, show, recorded])
  useEffect(() => {
    countRef.current = shown.length
  }, [shown.length])

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the list library we use
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    overscan: 8,
    getItemKey: (i) => shown[i]!.id,
  })
  const items = virtualizer.getVirtualItems()
  const current = Math.max(0, Math.min(active, shown.length - 1))
  // One row is in the tab order: the current one, or the first in view if it scrolled away.
  const tabbable = items.some((v) => v.index === current) ? current : (items[0]?.index ?? -1)

  const rowButton = (index: number) =>
    scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] .record-main`)

  /**
   * Focuses a row. `now`: the list is as rendered (a move), so a row in view gets focus at once
   * and a key pressed right after lands there. Otherwise (the list is about to change) the row
   * gets focus once rendered; so does a row that must first be scrolled into view.
   */
  const focusRow = (index: number, now: boolean) => {
    if (now && shown.length > 0) {
      const target = Math.max(0, Math.min(shown.length - 1, index))
      setActive(target)
      const el = rowButton(target)
      if (el) {
        el.focus()
        return
      }
      virtualizer.scrollToIndex(target, { align: 'auto' })
    }
    let tries = 0
    const attempt = () => {
      const count = countRef.current
      if (count === 0) return
      const target = Math.max(0, Math.min(count - 1, index))
      if (tries === 0) {
        setActive(target)
        virtualizer.scrollToIndex(target, { align: 'auto' })
      }
      const el = rowButton(target)
      if (el) el.focus()
      else if (++tries < 8) requestAnimationFrame(attempt)
    }
    requestAnimationFrame(attempt)
  }

  const record = (p: Person, took: Participation | null, index: number, moveOn: boolean) => {
    if (readOnly) {
      announcer.say(t('errors.domain.readOnly'), 'error')
      return
    }
    const r = setParticipation(session, { testId: test.id, personId: p.id, took, by: memberId })
    if (!r.ok) {
      announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    setSaid(t('tests.recorded', { name: p.name, state: text.state(took) }))
    // A row that no longer matches "show" leaves the list: the next person takes its place.
    const stays = matches(show, took ?? 'none')
    // Staying, the list keeps its order: the next row can take focus at once.
    if (stays && moveOn) focusRow(index + 1, true)
    else if (!stays) focusRow(index, false)
  }

  const onListKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]')
    if (!row) return
    const index = Number(row.dataset.index)
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight()))
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: shown.length - 1,
    }
    const next = moves[e.key]
    if (next !== undefined) {
      e.preventDefault()
      focusRow(next, true)
      return
    }
    if (e.ctrlKey || e.metaKey || e.altKey || !KEYS.has(e.key)) return
    e.preventDefault()
    const p = shown[index]
    if (p) record(p, KEYS.get(e.key)!, index, advance)
  }

  const onFilterKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.key === 'ArrowDown' || e.key === 'Enter') && shown.length > 0) {
      e.preventDefault()
      focusRow(0, true)
    }
  }

  const status =
    people.length === 0
      ? t('tests.noneInScope')
      : shown.length === 0
        ? t('tests.noMatch')
        : shown.length < people.length
          ? t('tests.shown', { shown: shown.length, total: people.length })
          : ''

  return (
    <section aria-labelledby={headingId} className="recorder">
      <h3 id={headingId}>{t('tests.recordHeading')}</h3>
      <div className="recorder-controls">
        <div className="field recorder-filter">
          <label htmlFor={filterId}>{t('tests.filter')}</label>
          <input
            id={filterId}
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={filterHintId}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onFilterKeyDown}
          />
          <p id={filterHintId} className="hint">
            {t('tests.filterHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={showId}>{t('tests.show')}</label>
          <select id={showId} value={show} onChange={(e) => setShow(e.target.value as Show)}>
            {SHOWS.map((s) => (
              <option key={s} value={s}>
                {t(SHOW_LABEL[s])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="check">
        <input
          id={advanceId}
          type="checkbox"
          checked={advance}
          onChange={(e) => setAdvance(e.target.checked)}
        />
        <label htmlFor={advanceId}>{t('tests.advance')}</label>
      </div>
      <div className="key-hints">
        <span className="key-hints-title">{t('tests.keysHeading')}</span>
        <ul>
          <li>
            <kbd>{'↑'}</kbd> <kbd>{'↓'}</kbd> {t('tests.keyMove')}
          </li>
          <li>
            <kbd>{'Y'}</kbd> {t('tests.keyOr')} <kbd>{'1'}</kbd> {t('tests.keyYes')}
          </li>
          <li>
            <kbd>{'N'}</kbd> {t('tests.keyOr')} <kbd>{'2'}</kbd> {t('tests.keyNo')}
          </li>
          <li>
            <kbd>{'0'}</kbd> {t('tests.keyOr')} <kbd>{t('tests.keyDelete')}</kbd>{' '}
            {t('tests.keyClear')}
          </li>
          <li>
            <kbd>{t('tests.keyEnter')}</kbd> {t('tests.keyCycle')}
          </li>
        </ul>
      </div>
      <p id={rowHintId} hidden>
        {t('tests.rowHint')}
      </p>
      <p className="muted recorder-status" role="status">
        {status}
      </p>
      {shown.length > 0 && (
        // The container only forwards arrow keys and the recording keys to the rows inside it.
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions
        <div className="recorder-scroll" ref={scrollRef} onKeyDown={onListKeyDown}>
          <div
            role="list"
            aria-label={t('tests.peopleListLabel')}
            className="recorder-sizer"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map((v) => {
              const p = shown[v.index]!
              const state = stateOf(p)
              const unit = unitOf(p)
              const tabIndex = v.index === tabbable ? 0 : -1
              const onFocus = () => setActive(v.index)
              const stateText = text.state(state)
              const label = unit
                ? t('tests.rowLabel', { name: p.name, unit, state: stateText })
                : t('tests.rowLabelNoUnit', { name: p.name, state: stateText })
              return (
                <div
                  role="listitem"
                  key={v.key}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  aria-setsize={shown.length}
                  aria-posinset={v.index + 1}
                  className={`record-row state-${state}`}
                  style={{ transform: `translateY(${v.start}px)` }}
                >
                  <button
                    type="button"
                    className="record-main"
                    tabIndex={tabIndex}
                    aria-label={label}
                    aria-describedby={rowHintId}
                    aria-keyshortcuts="Y N 1 2 0 Delete Backspace"
                    onFocus={onFocus}
                    onClick={() => record(p, CYCLE[state], v.index, false)}
                  >
                    <span className="record-name">{p.name}</span>
                    {unit && <span className="record-unit">{unit}</span>}
                    <span className="record-state">
                      <span aria-hidden="true">{MARK[state]}</span> {stateText}
                    </span>
                  </button>
                  <span className="record-actions">
                    <button
                      type="button"
                      className="small"
                      tabIndex={tabIndex}
                      aria-pressed={state === 'yes'}
                      aria-label={t('tests.setYes', { name: p.name })}
                      onFocus={onFocus}
                      onClick={() => record(p, 'yes', v.index, false)}
                    >
                      {t('tests.yesShort')}
                    </button>
                    <button
                      type="button"
                      className="small"
                      tabIndex={tabIndex}
                      aria-pressed={state === 'no'}
                      aria-label={t('tests.setNo', { name: p.name })}
                      onFocus={onFocus}
                      onClick={() => record(p, 'no', v.index, false)}
                    >
                      {t('tests.noShort')}
                    </button>
                    <button
                      type="button"
                      className="small"
                      tabIndex={tabIndex}
                      aria-label={t('tests.setClear', { name: p.name })}
                      onFocus={onFocus}
                      onClick={() => record(p, null, v.index, false)}
                    >
                      {t('tests.clearShort')}
                    </button>
                  </span>
                </div>
              )
            })}
          </div>
        </div>
      )}
      <p className="recorder-said" aria-live="polite">
        {said}
      </p>
    </section>
  )
}
