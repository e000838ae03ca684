import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { attendanceAt, setAttendance } from '@shared/domain/meetings/attendance'
import { ATTENDANCE, type AttendanceStatus } from '@shared/domain/meetings/meeting'
import { addPerson } from '@shared/domain/people/commands'
import { filterPeople } from '@shared/domain/people/filter'
import { emptyPersonInput, PERSON_LIMITS, type Person } from '@shared/domain/people/person'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'

/** Rows shown at once; typing narrows the rest down. */
const MAX_ROWS = 200
const KEYS = new Map<string, AttendanceStatus | null>([
  ['p', 'present'],
  ['P', 'present'],
  ['a', 'absent'],
  ['A', 'absent'],
  ['e', 'excused'],
  ['E', 'excused'],
  ['Delete', null],
  ['Backspace', null],
])

/**
 * Who came: the circle's people with present / absent / excused, fast and keyboard-first.
 * Type to filter; arrow keys move; Space marks present (again: clears); A, E, P set a status;
 * Enter in the filter marks the first match present, or adds the name typed as a new person.
 */
export function AttendancePanel({ circle, meetingId }: { circle: OpenCircle; meetingId: string }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const people = useStore(session.people)
  const records = useStore(session.attendance)
  const marks = useMemo(
    () => attendanceAt(session, meetingId),
    // Recomputed when the attendance records change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, meetingId, records],
  )
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const [active, setActive] = useState(0)
  const listRef = useRef<HTMLUListElement>(null)
  const filterRef = useRef<HTMLInputElement>(null)
  const headingId = useId()
  const filterId = useId()
  const ro = session.readOnly

  const shown = useMemo(
    () => filterPeople(session.people, people, deferred),
    [session.people, people, deferred],
  )
  const rows = shown.slice(0, MAX_ROWS)
  const current = Math.max(0, Math.min(active, rows.length - 1))
  const counts = useMemo(() => {
    const c = { present: 0, absent: 0, excused: 0 }
    for (const s of marks.values()) c[s]++
    return c
  }, [marks])
  const typed = query.trim()
  const exact =
    typed !== '' && people.some((p) => p.name.toLocaleLowerCase() === typed.toLocaleLowerCase())

  const statusText = (s: AttendanceStatus | undefined) =>
    t(`meetings.attendance.status.${s ?? 'none'}`)
  const mark = (p: Person, status: AttendanceStatus | null) => {
    const r = setAttendance(session, {
      meetingId,
      personId: p.id,
      status,
      by: circle.entry.member.id,
    })
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(
      t('meetings.attendance.marked', { name: p.name, status: statusText(status ?? undefined) }),
    )
  }
  const focusRow = (i: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, i))
    setActive(target)
    listRef.current?.querySelectorAll<HTMLButtonElement>('.attendance-person')[target]?.focus()
  }
  const addNew = () => {
    if (typed === '') return
    const r = addPerson(session, { ...emptyPersonInput(), name: typed })
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    setAttendance(session, {
      meetingId,
      personId: r.value,
      status: 'present',
      by: circle.entry.member.id,
    })
    announcer.say(t('meetings.attendance.personAdded', { name: typed }))
    setQuery('')
    filterRef.current?.focus()
  }

  const onFilterKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && rows.length > 0) {
      e.preventDefault()
      focusRow(0)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      if (ro) return
      const first = rows[0]
      if (typed !== '' && shown.length === 0) addNew()
      else if (first) {
        mark(first, 'present')
        setQuery('')
      }
    }
  }
  const onRowKey = (e: KeyboardEvent<HTMLButtonElement>, p: Person, i: number) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (e.key === 'ArrowUp' && i === 0) filterRef.current?.focus()
      else focusRow(i + (e.key === 'ArrowDown' ? 1 : -1))
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      focusRow(e.key === 'Home' ? 0 : rows.length - 1)
    } else if (KEYS.has(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault()
      if (!ro) mark(p, KEYS.get(e.key)!)
    }
  }

  return (
    <section className="meeting-attendance" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meetings.attendance.heading')}</h3>
      <p className="muted" aria-live="polite">
        {t('meetings.attendance.summary', counts)}
      </p>
      <div className="field">
        <label htmlFor={filterId}>{t('meetings.attendance.filter')}</label>
        <input
          id={filterId}
          ref={filterRef}
          type="search"
          value={query}
          autoComplete="off"
          maxLength={PERSON_LIMITS.name}
          aria-describedby={`${filterId}-hint`}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
          }}
          onKeyDown={onFilterKey}
        />
        <p id={`${filterId}-hint`} className="hint">
          {t('meetings.attendance.filterHint')}
        </p>
      </div>
      {typed !== '' && !exact && (
        <button type="button" className="attendance-add" onClick={addNew} disabled={ro}>
          {t('meetings.attendance.addPerson', { name: typed })}
        </button>
      )}
      {people.length === 0 ? (
        <p className="empty">{t('meetings.attendance.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('meetings.attendance.noMatch', { query: typed })}</p>
      ) : (
        <ul
          ref={listRef}
          className="attendance-list"
          aria-label={t('meetings.attendance.listLabel')}
        >
          {rows.map((p, i) => {
            const status = marks.get(p.id)
            return (
              <li key={p.id} className={status ? `marked ${status}` : undefined}>
                <button
                  type="button"
                  className="attendance-person"
                  tabIndex={i === current ? 0 : -1}
                  aria-label={t('meetings.attendance.rowLabel', {
                    name: p.name,
                    status: statusText(status),
                  })}
                  onFocus={() => setActive(i)}
                  onKeyDown={(e) => onRowKey(e, p, i)}
                  onClick={() => !ro && mark(p, status === 'present' ? null : 'present')}
                >
                  <span className="attendance-name">{p.name}</span>
                  <span className="attendance-status">{statusText(status)}</span>
                </button>
                <span className="attendance-choices">
                  {ATTENDANCE.map((s) => (
                    <button
                      key={s}
                      type="button"
                      tabIndex={-1}
                      className="small"
                      aria-pressed={status === s}
                      disabled={ro}
                      onClick={() => mark(p, status === s ? null : s)}
                    >
                      {t(`meetings.attendance.status.${s}`)}
                    </button>
                  ))}
                </span>
              </li>
            )
          })}
        </ul>
      )}
      {shown.length > rows.length && (
        <p className="hint">
          {t('meetings.attendance.more', { count: shown.length - rows.length })}
        </p>
      )}
    </section>
  )
}
