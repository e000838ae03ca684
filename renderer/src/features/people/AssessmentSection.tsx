import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { assess } from '@shared/domain/assessments/commands'
import { REASON_MAX } from '@shared/domain/assessments/assessment'
import type { Person } from '@shared/domain/people/person'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { TextField } from '../../ui/TextField'

const VALUES = ['1', '2', '3', '4', '5'] as const

/** The person's current assessment, a form to record a new one, and the history. */
export function AssessmentSection({ circle, person }: { circle: OpenCircle; person: Person }) {
  const { t, i18n } = useTranslation()
  const { session } = circle
  const { announcer } = useServices()
  useStore(session.assessmentIndex)
  const members = useStore(session.members)
  const [value, setValue] = useState('')
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const headingId = useId()
  const valueId = useId()
  const index = session.assessmentIndex
  const current = index.current(person.id)
  const label = (v: number) => t(`person.assessment.labels.${String(v) as '0'}`)
  const memberName = (id: string) =>
    members.find((m) => m.id === id)?.name ?? t('person.assessment.unknownMember')
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (value === '') {
      setError(t('person.assessment.choose'))
      return
    }
    const r = assess(session, {
      personId: person.id,
      value: Number(value),
      reason,
      by: circle.entry.member.id,
    })
    if (!r.ok) {
      setError(t(`errors.domain.${r.error.code}`))
      return
    }
    announcer.say(
      t('person.assessment.recorded', { name: person.name, label: label(Number(value)) }),
    )
    setValue('')
    setReason('')
    setError('')
  }

  return (
    <section className="person-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('person.assessment.heading')}</h3>
      <p className={`assessment-current a${current}`}>
        {current === 0
          ? t('person.assessment.none')
          : t('person.assessment.current', { label: label(current) })}
      </p>
      <form onSubmit={submit} noValidate className="inline-form">
        <div className="field">
          <label htmlFor={valueId}>{t('person.assessment.value')}</label>
          <select
            id={valueId}
            value={value}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setValue(e.target.value)}
          >
            <option value="">{t('person.assessment.choose')}</option>
            {VALUES.map((v) => (
              <option key={v} value={v}>
                {label(Number(v))}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t('person.assessment.reason')}
          value={reason}
          onChange={setReason}
          maxLength={REASON_MAX}
        />
        <button type="submit" disabled={session.readOnly}>
          {t('person.assessment.record')}
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
      <h4>{t('person.assessment.history')}</h4>
      {index.history(person.id).length === 0 ? (
        <p className="muted">{t('person.assessment.historyEmpty')}</p>
      ) : (
        <ol className="assessment-history" reversed>
          {index
            .history(person.id)
            .reverse()
            .map((a) => (
              <li key={a.id}>
                {t('person.assessment.entry', {
                  label: label(a.value),
                  date: date.format(a.at),
                  by: memberName(a.by),
                })}
                {a.reason && <span className="muted">{` — ${a.reason}`}</span>}
              </li>
            ))}
        </ol>
      )}
    </section>
  )
}
