import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  addAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  renameAgendaItem,
  setAgendaItemDone,
} from '@shared/domain/meetings/agenda'
import { MEETING_LIMITS, type AgendaItem } from '@shared/domain/meetings/meeting'
import type { Result } from '@shared/data/result'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { errorsByField } from '../../ui/field-errors'

const ARROW = { up: '↑', down: '↓' } as const
const RENAME_MARK = '✎'

/** A meeting's agenda: add, rename, reorder, mark done (what is not done carries over). */
export function AgendaPanel({ circle, meetingId }: { circle: OpenCircle; meetingId: string }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const all = useStore(session.agendaItems)
  const items = useMemo(() => all.filter((a) => a.meetingId === meetingId), [all, meetingId])
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [renaming, setRenaming] = useState<string | null>(null)
  const headingId = useId()
  const inputId = useId()
  const ro = session.readOnly

  const report = (r: Result<unknown>) => {
    if (!r.ok) announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    return r.ok
  }
  const add = (e: FormEvent) => {
    e.preventDefault()
    const r = addAgendaItem(session, meetingId, title)
    if (!r.ok) {
      if (r.error.code === 'invalid') setError(errorsByField(t, r.error).title)
      else report(r)
      return
    }
    announcer.say(t('meetings.agenda.added', { title: title.trim() }))
    setTitle('')
    setError(undefined)
  }
  const move = (item: AgendaItem, dir: 'up' | 'down', index: number) => {
    if (!report(moveAgendaItem(session, item.id, dir))) return
    // Keep the focus on the moved item's button in its new place.
    const to = dir === 'up' ? index - 1 : index + 1
    requestAnimationFrame(() =>
      document.getElementById(`${headingId}-${dir}-${to}`)?.focus({ preventScroll: false }),
    )
  }

  return (
    <section className="meeting-agenda" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meetings.agenda.heading')}</h3>
      {items.length === 0 ? (
        <p className="empty">{t('meetings.agenda.empty')}</p>
      ) : (
        <ol className="agenda-list">
          {items.map((item, i) => (
            <li key={item.id} className={item.done ? 'done' : undefined}>
              {renaming === item.id ? (
                <RenameField
                  item={item}
                  onDone={(next) => {
                    if (next !== null && next.trim() !== item.title) {
                      const r = renameAgendaItem(session, item.id, next)
                      if (!r.ok)
                        return announcer.say(
                          r.error.code === 'invalid'
                            ? (errorsByField(t, r.error).title ?? t('errors.domain.invalid'))
                            : t(`errors.domain.${r.error.code}`),
                          'error',
                        )
                    }
                    setRenaming(null)
                  }}
                />
              ) : (
                <>
                  <input
                    type="checkbox"
                    checked={item.done}
                    disabled={ro}
                    aria-label={t('meetings.agenda.done', { title: item.title })}
                    onChange={(e) => report(setAgendaItemDone(session, item.id, e.target.checked))}
                  />
                  <span className="agenda-title">{item.title}</span>
                  {item.carriedFrom !== '' && (
                    <span className="badge">{t('meetings.agenda.carried')}</span>
                  )}
                  <span className="agenda-buttons">
                    <button
                      type="button"
                      id={`${headingId}-up-${i}`}
                      className="icon"
                      disabled={ro || i === 0}
                      aria-label={t('meetings.agenda.up', { title: item.title })}
                      onClick={() => move(item, 'up', i)}
                    >
                      {ARROW.up}
                    </button>
                    <button
                      type="button"
                      id={`${headingId}-down-${i}`}
                      className="icon"
                      disabled={ro || i === items.length - 1}
                      aria-label={t('meetings.agenda.down', { title: item.title })}
                      onClick={() => move(item, 'down', i)}
                    >
                      {ARROW.down}
                    </button>
                    <button
                      type="button"
                      className="icon"
                      disabled={ro}
                      aria-label={t('meetings.agenda.rename', { title: item.title })}
                      onClick={() => setRenaming(item.id)}
                    >
                      {RENAME_MARK}
                    </button>
                    <button
                      type="button"
                      className="icon"
                      disabled={ro}
                      aria-label={t('meetings.agenda.remove', { title: item.title })}
                      onClick={() => report(removeAgendaItem(session, item.id))}
                    >
                      ×
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <form className="agenda-add" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('meetings.agenda.newItem')}</label>
          <input
            id={inputId}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={MEETING_LIMITS.agendaItem * 2}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            autoComplete="off"
            disabled={ro}
          />
          {error && (
            <p id={`${inputId}-error`} className="error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" disabled={ro}>
          {t('meetings.agenda.add')}
        </button>
      </form>
    </section>
  )
}

/** An agenda item's title being renamed: Enter saves, Escape cancels. */
function RenameField({ item, onDone }: { item: AgendaItem; onDone(next: string | null): void }) {
  const { t } = useTranslation()
  const [value, setValue] = useState(item.title)
  return (
    <input
      className="agenda-rename"
      aria-label={t('meetings.agenda.renameLabel')}
      value={value}
      autoFocus
      maxLength={MEETING_LIMITS.agendaItem * 2}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => onDone(value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          onDone(value)
        } else if (e.key === 'Escape') {
          e.preventDefault()
          onDone(null)
        }
      }}
    />
  )
}
