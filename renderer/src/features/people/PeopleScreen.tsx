import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import { filterPeople } from '@shared/domain/people/filter'
import type { Person } from '@shared/domain/people/person'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { SaveIndicator } from '../../ui/SaveIndicator'
import { PeopleList } from './PeopleList'
import { PersonDialog } from './PersonDialog'
import { RemovePersonDialog } from './RemovePersonDialog'
import { useOpenCircle } from './use-open-circle'
import { RestoreButton } from '../backup/RestoreButton'
import { SyncControls } from '../sync/SyncPanel'
import { RemovedBanner } from '../sync/RemovedBanner'

export function PeopleScreen({ circleId }: { circleId: string }) {
  const { t } = useTranslation()
  const opened = useOpenCircle(circleId)
  if (opened === null) return <p className="screen">{t('app.loading')}</p>
  if (!opened.ok) {
    return (
      <section className="screen" aria-labelledby="circle-error">
        <h1 id="circle-error">{t('nav.people')}</h1>
        <p role="alert">
          {opened.reason === 'notFound' ? t('circles.notFound') : t('circles.damaged')}
        </p>
        {opened.reason === 'damaged' && <RestoreButton />}
      </section>
    )
  }
  return <OpenPeopleScreen circle={opened.circle} key={circleId} />
}

type Editing =
  { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'remove'; person: Person } | null

function OpenPeopleScreen({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { platform } = useServices()
  const { session, handle } = circle
  const meta = useStore(session.meta)
  const all = useStore(session.people)
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const shown = useMemo(
    () => filterPeople(session.people, all, deferred),
    [session.people, all, deferred],
  )
  const [editing, setEditing] = useState<Editing>(null)
  const filterId = useId()
  const malformed = useMemo(
    () => (all ? session.people.malformedRecords().length : 0),
    [session.people, all],
  )

  useEffect(() => circle.sync?.setScreen('people'), [circle.sync])
  useEffect(
    () => platform.onMenuCommand((cmd) => cmd === 'newPerson' && setEditing({ kind: 'add' })),
    [platform],
  )

  const editingPerson = editing?.kind === 'edit' ? (session.people.get(editing.id) ?? null) : null

  return (
    <section className="screen people-screen" aria-labelledby="people-heading">
      <header className="screen-header">
        <div>
          <h1 id="people-heading">{meta?.name ?? t('nav.people')}</h1>
          <p className="muted">{t('people.count', { count: all.length })}</p>
        </div>
        <SaveIndicator handle={handle} />
        <SyncControls circle={circle} />
        <button
          type="button"
          className="primary"
          onClick={() => setEditing({ kind: 'add' })}
          disabled={session.readOnly}
        >
          {t('people.add')}
        </button>
      </header>
      {circle.sync && <RemovedBanner sync={circle.sync} />}
      {session.readOnly && (
        <p className="banner" role="status">
          {t('errors.domain.readOnly')}
        </p>
      )}
      {malformed > 0 && (
        <p className="banner" role="status">
          {t('people.malformed', { count: malformed })}
        </p>
      )}
      <div className="field filter">
        <label htmlFor={filterId}>{t('people.filter')}</label>
        <input
          id={filterId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('people.filterHint')}
        />
      </div>
      <p className="muted" role="status" aria-live="polite">
        {all.length === 0
          ? t('people.empty')
          : shown.length === 0
            ? t('people.noMatch', { query: deferred })
            : deferred.trim()
              ? t('people.shown', { shown: shown.length, total: all.length })
              : ''}
      </p>
      <PeopleList people={shown} onOpen={(p) => setEditing({ kind: 'edit', id: p.id })} />
      {(editing?.kind === 'add' || editingPerson) && (
        <PersonDialog
          key={editingPerson?.id ?? 'new'}
          session={session}
          person={editingPerson}
          onClose={() => setEditing(null)}
          onRemove={(person) => setEditing({ kind: 'remove', person })}
        />
      )}
      {editing?.kind === 'remove' && (
        <RemovePersonDialog
          session={session}
          person={editing.person}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  )
}
