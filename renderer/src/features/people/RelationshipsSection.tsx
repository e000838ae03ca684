import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import type { Person } from '@shared/domain/people/person'
import { addRelationship, removeRelationship } from '@shared/domain/relationships/commands'
import {
  RELATION_KINDS,
  RELATION_LABEL_MAX,
  type RelationKind,
} from '@shared/domain/relationships/relationship'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'

const MATCHES = 8

/** A person's relationships to others in the circle, and a form to add one. */
export function RelationshipsSection({
  session,
  person,
}: {
  session: CircleSession
  person: Person
}) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const all = useStore(session.relationships)
  const people = useStore(session.people)
  const [query, setQuery] = useState('')
  const [picked, setPicked] = useState<Person | null>(null)
  const [kind, setKind] = useState<RelationKind>('knows')
  const [label, setLabel] = useState('')
  const [error, setError] = useState('')
  const headingId = useId()
  const mine = all.filter((r) => r.fromId === person.id || r.toId === person.id)
  const nameOf = (id: string) => session.people.get(id)?.name ?? ''
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase()
    if (q === '' || picked) return []
    const out: Person[] = []
    for (const p of people) {
      if (p.id !== person.id && p.name.toLocaleLowerCase().includes(q)) out.push(p)
      if (out.length >= MATCHES) break
    }
    return out
  }, [people, query, picked, person.id])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!picked) {
      setError(t('person.relations.pick'))
      return
    }
    const r = addRelationship(session, { fromId: person.id, toId: picked.id, kind, label })
    if (!r.ok) {
      setError(t(`errors.domain.${r.error.code}`))
      return
    }
    announcer.say(t('person.relations.added'))
    setPicked(null)
    setQuery('')
    setLabel('')
    setError('')
  }

  return (
    <section className="person-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('person.relations.heading')}</h3>
      {mine.length === 0 ? (
        <p className="muted">{t('person.relations.empty')}</p>
      ) : (
        <ul className="relations">
          {mine.map((r) => {
            const from = r.fromId === person.id
            const other = nameOf(from ? r.toId : r.fromId)
            const kindText = t(`person.relations.kinds.${r.kind}`)
            return (
              <li key={r.id}>
                {from
                  ? t('person.relations.entryFrom', { kind: kindText, other })
                  : t('person.relations.entryTo', { kind: kindText, other })}
                {r.label && <span className="muted">{` (${r.label})`}</span>}{' '}
                <button
                  type="button"
                  className="link"
                  aria-label={t('person.relations.remove', { other })}
                  onClick={() => {
                    if (removeRelationship(session, r.id).ok)
                      announcer.say(t('person.relations.removed'))
                  }}
                >
                  {t('common.remove')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="inline-form">
        <TextField
          label={t('person.relations.person')}
          hint={t('person.relations.personHint')}
          type="search"
          value={picked ? picked.name : query}
          onChange={(v) => {
            setPicked(null)
            setQuery(v)
          }}
          error={error || undefined}
        />
        {query.trim() !== '' && !picked && (
          <ul className="matches" aria-label={t('person.relations.person')}>
            {matches.length === 0 && <li className="muted">{t('person.relations.noMatch')}</li>}
            {matches.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => setPicked(p)}>
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        )}
        <SelectField<RelationKind>
          label={t('person.relations.kind')}
          value={kind}
          options={RELATION_KINDS.map((k) => ({
            value: k,
            label: t(`person.relations.kinds.${k}`),
          }))}
          onChange={setKind}
        />
        <TextField
          label={t('person.relations.label')}
          value={label}
          onChange={setLabel}
          maxLength={RELATION_LABEL_MAX}
        />
        <button type="submit" disabled={session.readOnly}>
          {t('person.relations.add')}
        </button>
      </form>
    </section>
  )
}
