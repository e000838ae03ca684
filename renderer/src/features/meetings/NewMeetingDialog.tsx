import { useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { createMeeting, openItemsOf } from '@shared/domain/meetings/commands'
import { removeMeetingTemplate } from '@shared/domain/meetings/templates'
import { MEETING_LIMITS } from '@shared/domain/meetings/meeting'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { today, useMeetingText, useMemberOptions } from './meeting-text'

interface Props {
  circle: OpenCircle
  onCreated(id: string): void
  onClose(): void
}

/**
 * Creates a meeting: from scratch or from a template, with the open items of an earlier
 * meeting (the latest by default) carried into its agenda.
 */
export function NewMeetingDialog({ circle, onCreated, onClose }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const text = useMeetingText()
  const templates = useStore(session.meetingTemplates)
  const meetings = useStore(session.meetings)
  const agenda = useStore(session.agendaItems)
  const actions = useStore(session.actions)
  const [templateId, setTemplateId] = useState('')
  const [previousId, setPreviousId] = useState(() => meetings[0]?.id ?? '')
  const [title, setTitle] = useState('')
  const [date, setDate] = useState(today)
  const [time, setTime] = useState('')
  const [place, setPlace] = useState('')
  const [link, setLink] = useState('')
  const [facilitator, setFacilitator] = useState('')
  const [noteTaker, setNoteTaker] = useState('')
  const memberOptions = useMemberOptions(circle, '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)

  const carried = useMemo(
    () => (previousId === '' ? 0 : openItemsOf(session, previousId).length),
    // The open items change with the agenda and the actions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, previousId, agenda, actions],
  )

  const chooseTemplate = (id: string) => {
    const before = session.meetingTemplates.get(templateId)
    const next = session.meetingTemplates.get(id)
    // The template's title replaces the title only if the user has not typed their own.
    if (next && next.title !== '' && (title === '' || title === before?.title)) setTitle(next.title)
    setTemplateId(id)
  }

  const removeTemplate = () => {
    const chosen = session.meetingTemplates.get(templateId)
    const r = removeMeetingTemplate(session, templateId)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('meetings.templateRemoved', { name: chosen?.name ?? '' }))
    setTemplateId('')
  }
  const chosenTemplate = templates.find((x) => x.id === templateId)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = createMeeting(session, {
      title,
      date,
      time,
      place,
      link,
      facilitator,
      noteTaker,
      templateId,
      previousId,
      createdBy: circle.entry.member.id,
    })
    if (!r.ok) {
      if (r.error.code === 'invalid') {
        setErrors(errorsByField(t, r.error))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    announcer.say(t('meetings.created', { title: title.trim() }))
    onCreated(r.value)
  }

  return (
    <Dialog open title={t('meetings.newHeading')} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate className="meeting-form">
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('meetings.meetingTitle')}
          value={title}
          onChange={setTitle}
          error={errors.title}
          required
          autoFocus
          maxLength={MEETING_LIMITS.title * 2}
        />
        <SelectField
          label={t('meetings.template')}
          value={templateId}
          onChange={chooseTemplate}
          options={[
            { value: '', label: t('meetings.noTemplate') },
            ...templates.map((x) => ({ value: x.id, label: x.name })),
          ]}
        />
        {chosenTemplate && (
          <button type="button" className="small" onClick={removeTemplate}>
            {t('meetings.removeTemplate', { name: chosenTemplate.name })}
          </button>
        )}
        <TextField
          label={t('meetings.date')}
          type="date"
          value={date}
          onChange={setDate}
          error={errors.date}
          required
        />
        <TimeField value={time} onChange={setTime} error={errors.time} />
        <TextField
          label={t('meetings.place')}
          value={place}
          onChange={setPlace}
          error={errors.place}
          maxLength={MEETING_LIMITS.place * 2}
        />
        <TextField
          label={t('meetings.link')}
          hint={t('meetings.linkHint')}
          value={link}
          onChange={setLink}
          error={errors.link}
          maxLength={MEETING_LIMITS.link * 2}
        />
        <SelectField
          label={t('meetings.facilitator')}
          value={facilitator}
          onChange={setFacilitator}
          error={errors.facilitator}
          options={memberOptions}
        />
        <SelectField
          label={t('meetings.noteTaker')}
          value={noteTaker}
          onChange={setNoteTaker}
          error={errors.noteTaker}
          options={memberOptions}
        />
        <SelectField
          label={t('meetings.previous')}
          value={previousId}
          onChange={setPreviousId}
          hint={
            previousId === ''
              ? t('meetings.previousHint')
              : `${t('meetings.previousHint')} ${t('meetings.carryCount', { count: carried })}`
          }
          options={[
            { value: '', label: t('meetings.noPrevious') },
            ...meetings.map((m) => ({ value: m.id, label: `${m.title} (${text.when(m)})` })),
          ]}
        />
        <FormActions onCancel={onClose} submitLabel={t('meetings.create')} />
      </form>
    </Dialog>
  )
}

/** An optional time of day (HH:MM). */
export function TimeField(props: {
  value: string
  onChange: (v: string) => void
  error?: string | undefined
}) {
  const { t } = useTranslation()
  return (
    <TextField
      label={t('meetings.time')}
      hint={t('meetings.timeHint')}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      maxLength={5}
    />
  )
}
