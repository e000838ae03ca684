import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import { filterPeople } from '@shared/domain/people/filter'
import type { Person } from '@shared/domain/people/person'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { flattenUnits, unitLabel } from '@shared/domain/units/tree'
import { PeopleList } from './PeopleList'
import { PersonDialog } from './PersonDialog'
import { ErasePersonDialog } from './ErasePersonDialog'
import { RemovePersonDialog } from './RemovePersonDialog'

type Editing =
  | { kind: 'add' }
  | { kind: 'edit'; id: string }
  | { kind: 'remove'; person: Person }
  | { kind: 'erase'; person: Person }
  | null

/** The people of an open circle: filter, the virtualized list, and the person dialogs. */
export function PeopleView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { platform } = useServices()
  const { session } = circle
  const all = useStore(session.people)
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const units = useStore(session.units)
  const unitOf = useMemo(() => {
    const labels = new Map(flattenUnits(units).map((n) => [n.unit.id, unitLabel(n)]))
    return (p: Person) => labels.get(p.unitId) ?? ''
  }, [units])
  const shown = useMemo(
    () => filterPeople(session.people, all, deferred, unitOf),
    [session.people, all, deferred, unitOf],
  )
  const [editing, setEditing] = useState<Editing>(null)
  const filterId = useId()
  const malformed = useMemo(
    () => (all ? session.people.malformedRecords().length : 0),
    [session.people, all],
  )

  useEffect(
    () => platform.onMenuCommand((cmd) => cmd === 'newPerson' && setEditing({ kind: 'add' })),
    [platform],
  )

  const editingPerson = editing?.kind === 'edit' ? (session.people.get(editing.id) ?? null) : null

  return (
    <>
      <div className="view-actions">
        <button
          type="button"
          className="primary"
          onClick={() => setEditing({ kind: 'add' })}
          disabled={session.readOnly}
        >
          {t('people.add')}
        </button>
      </div>
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
      <PeopleList
        people={shown}
        unitOf={unitOf}
        onOpen={(p) => setEditing({ kind: 'edit', id: p.id })}
      />
      {(editing?.kind === 'add' || editingPerson) && (
        <PersonDialog
          key={editingPerson?.id ?? 'new'}
          circle={circle}
          person={editingPerson}
          onClose={() => setEditing(null)}
          onRemove={(person) => setEditing({ kind: 'remove', person })}
          onErase={(person) => setEditing({ kind: 'erase', person })}
        />
      )}
      {editing?.kind === 'erase' && (
        <ErasePersonDialog
          session={session}
          person={editing.person}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'remove' && (
        <RemovePersonDialog
          session={session}
          person={editing.person}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  )
}
