import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  recordLeadership,
  removeLeadershipEvent,
  setLeadershipStage,
} from '@shared/domain/leadership/commands'
import {
  laterEvent,
  LEADERSHIP_STAGES,
  LEADERSHIP_TEXT_MAX,
  type LeadershipStage,
} from '@shared/domain/leadership/leadership-event'
import { stageOf } from '@shared/domain/leadership/pipeline'
import type { Person } from '@shared/domain/people/person'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField } from '../../ui/field-errors'
import { useDayText } from '../today/day-text'
import { useToday } from '../today/use-follow-ups'
import './leadership.css'

type RecordKind = 'training' | 'responsibility'

/** A person's leadership development: stage, trainings, responsibilities, and the history. */
export function LeadershipSection({ circle, person }: { circle: OpenCircle; person: Person }) {
  const { t } = useTranslation()
  const { session } = circle
  const { announcer } = useServices()
  const all = useStore(session.leadershipEvents)
  const members = useStore(session.members)
  const today = useToday()
  const dayText = useDayText()
  const headingId = useId()
  const events = useMemo(
    () => all.filter((e) => e.personId === person.id).sort((a, b) => (laterEvent(a, b) ? -1 : 1)),
    [all, person.id],
  )
  const current = stageOf(events, person.id)
  const [stage, setStage] = useState<LeadershipStage>(current)
  const [kind, setKind] = useState<RecordKind>('training')
  const [text, setText] = useState('')
  const [day, setDay] = useState(today)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const by = circle.entry.member.id
  const stageName = (s: LeadershipStage) => t(`leadership.stages.${s}`)
  const memberName = (id: string) =>
    members.find((m) => m.id === id)?.name ?? t('leadership.section.unknownMember')

  const saveStage = (e: FormEvent) => {
    e.preventDefault()
    const r = setLeadershipStage(session, { personId: person.id, stage, day: today, by })
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('leadership.section.stageSet', { name: person.name, stage: stageName(stage) }))
  }

  const record = (e: FormEvent) => {
    e.preventDefault()
    const r = recordLeadership(session, { personId: person.id, kind, text, stage: 'none', day, by })
    if (!r.ok) {
      if (r.error.code === 'invalid') setErrors(errorsByField(t, r.error))
      else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    setErrors({})
    setText('')
    announcer.say(t('leadership.section.recorded', { name: person.name }))
  }

  const entryText = (e: (typeof events)[number]) =>
    e.kind === 'stage' ? stageName(e.stage) : e.text

  return (
    <section className="person-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('leadership.section.heading')}</h3>
      <p>{t('leadership.section.currentStage', { stage: stageName(current) })}</p>
      <form onSubmit={saveStage} noValidate className="inline-form leadership-form">
        <SelectField<LeadershipStage>
          label={t('leadership.section.stage')}
          value={stage}
          options={LEADERSHIP_STAGES.map((s) => ({ value: s, label: stageName(s) }))}
          onChange={setStage}
        />
        <button type="submit" disabled={session.readOnly || stage === current}>
          {t('leadership.section.setStage')}
        </button>
      </form>
      <form onSubmit={record} noValidate className="inline-form leadership-form">
        <SelectField<RecordKind>
          label={t('leadership.section.kind')}
          value={kind}
          options={(['training', 'responsibility'] as const).map((k) => ({
            value: k,
            label: t(`leadership.kinds.${k}`),
          }))}
          onChange={setKind}
        />
        <TextField
          label={t('leadership.section.text')}
          hint={t('leadership.section.textHint')}
          value={text}
          onChange={setText}
          error={errors.text}
          maxLength={LEADERSHIP_TEXT_MAX}
        />
        <TextField
          label={t('leadership.section.day')}
          type="date"
          value={day}
          onChange={setDay}
          error={errors.day}
        />
        <button type="submit" disabled={session.readOnly}>
          {t('leadership.section.record')}
        </button>
      </form>
      <h4>{t('leadership.section.history')}</h4>
      {events.length === 0 ? (
        <p className="muted">{t('leadership.section.historyEmpty')}</p>
      ) : (
        <ul className="leadership-history">
          {events.map((e) => (
            <li key={e.id}>
              {t('leadership.section.entry', {
                kind: t(`leadership.kinds.${e.kind}`),
                text: entryText(e),
                date: dayText(e.day),
                by: memberName(e.by),
              })}{' '}
              <button
                type="button"
                className="link danger"
                aria-label={t('leadership.section.removeLabel', {
                  text: entryText(e),
                  date: dayText(e.day),
                })}
                disabled={session.readOnly}
                onClick={() => {
                  const r = removeLeadershipEvent(session, e.id)
                  announcer.say(
                    r.ok ? t('leadership.section.removed') : t(`errors.domain.${r.error.code}`),
                    r.ok ? 'info' : 'error',
                  )
                }}
              >
                {t('leadership.section.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
