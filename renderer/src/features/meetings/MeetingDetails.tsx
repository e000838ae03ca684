import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { updateMeeting, type MeetingInput } from '@shared/domain/meetings/commands'
import { MEETING_LIMITS, type Meeting } from '@shared/domain/meetings/meeting'
import { safeCallLink } from '@shared/util/links'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { OpenLinkDialog } from './LinkDialogs'
import { TimeField } from './NewMeetingDialog'
import { useMemberOptions } from './meeting-text'

const KEYS = ['title', 'date', 'time', 'place', 'link', 'facilitator', 'noteTaker'] as const

/** A meeting's details: title, when, where or the call link, facilitator and note-taker. */
export function MeetingDetails({ circle, meeting }: { circle: OpenCircle; meeting: Meeting }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const [values, setValues] = useState<MeetingInput>(() => ({ ...meeting }))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [opening, setOpening] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const headingId = useId()
  const set =
    <K extends keyof MeetingInput>(k: K) =>
    (v: MeetingInput[K]) =>
      setValues((old) => ({ ...old, [k]: v }))

  const facilitators = useMemberOptions(circle, values.facilitator)
  const noteTakers = useMemberOptions(circle, values.noteTaker)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const patch: Partial<MeetingInput> = {}
    for (const k of KEYS) if (values[k] !== meeting[k]) patch[k] = values[k]
    const r = updateMeeting(session, meeting.id, patch)
    if (!r.ok) {
      if (r.error.code === 'invalid') {
        setErrors(errorsByField(t, r.error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    setErrors({})
    announcer.say(t('meetings.saved'))
  }

  const link = safeCallLink(meeting.link)
  return (
    <section className="meeting-details" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meetings.details')}</h3>
      <form ref={formRef} onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('meetings.meetingTitle')}
          value={values.title}
          onChange={set('title')}
          error={errors.title}
          required
          maxLength={MEETING_LIMITS.title * 2}
        />
        <TextField
          label={t('meetings.date')}
          type="date"
          value={values.date}
          onChange={set('date')}
          error={errors.date}
          required
        />
        <TimeField value={values.time} onChange={set('time')} error={errors.time} />
        <TextField
          label={t('meetings.place')}
          value={values.place}
          onChange={set('place')}
          error={errors.place}
          maxLength={MEETING_LIMITS.place * 2}
        />
        <TextField
          label={t('meetings.link')}
          hint={t('meetings.linkHint')}
          value={values.link}
          onChange={set('link')}
          error={errors.link}
          maxLength={MEETING_LIMITS.link * 2}
        />
        <SelectField
          label={t('meetings.facilitator')}
          value={values.facilitator}
          onChange={set('facilitator')}
          error={errors.facilitator}
          options={facilitators}
        />
        <SelectField
          label={t('meetings.noteTaker')}
          value={values.noteTaker}
          onChange={set('noteTaker')}
          error={errors.noteTaker}
          options={noteTakers}
        />
        <div className="actions">
          {link && (
            <button type="button" onClick={() => setOpening(true)}>
              {t('meetings.openLink')}
            </button>
          )}
          <button type="submit" className="primary" disabled={session.readOnly}>
            {t('meetings.saveDetails')}
          </button>
        </div>
      </form>
      {opening && link && <OpenLinkDialog url={link} onClose={() => setOpening(false)} />}
    </section>
  )
}
