import { useDeferredValue, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { filterPeople } from '@shared/domain/people/filter'
import { useStore } from '../../app/use-store'

const SHOWN = 50

interface Props {
  session: CircleSession
  value: string
  onChange: (personId: string) => void
  error?: string | undefined
}

/**
 * Choose the person a conversation was with: type part of a name to narrow the list, then pick
 * from it (a native list box: arrow keys move, the first match is chosen as you type).
 */
export function PersonPicker({ session, value, onChange, error }: Props) {
  const { t } = useTranslation()
  const people = useStore(session.people)
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const id = useId()
  const shown = useMemo(
    () => filterPeople(session.people, people, deferred, () => '').slice(0, SHOWN),
    [session.people, people, deferred],
  )
  const filter = (text: string) => {
    setQuery(text)
    const first = filterPeople(session.people, people, text, () => '')[0]
    if (first && text.trim() !== '') onChange(first.id)
  }
  if (people.length === 0) return <p className="error">{t('conversations.noPeople')}</p>
  const chosen = shown.some((p) => p.id === value) ? [] : people.filter((p) => p.id === value)
  return (
    <div className="person-picker">
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('conversations.personFilter')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          autoFocus
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(e) => filter(e.target.value)}
        />
        <p id={`${id}-hint`} className="hint">
          {t('conversations.personFilterHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={id}>{t('conversations.person')}</label>
        <select
          id={id}
          size={Math.min(6, Math.max(2, shown.length + chosen.length))}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          {[...chosen, ...shown].map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {shown.length === 0 && (
          <p className="muted" role="status">
            {t('conversations.noMatch', { query: deferred })}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="error">
            {error}
          </p>
        )}
      </div>
    </div>
  )
}
