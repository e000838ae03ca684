import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/data/result'
import { CHANNELS, CONVERSATION_LIMITS } from '@shared/domain/conversations/conversation'
import { defaultGuide } from '@shared/domain/conversations/default-guide'
import type { GuideStep, GuideText } from '@shared/domain/conversations/guide'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { focusFirstInvalid } from '../../ui/field-errors'
import { languageName } from '../circles/languages'
import { IssuesField } from './IssuesField'
import { MembersField } from './MembersField'
import { PersonPicker } from './PersonPicker'
import { formErrors, type FormValues } from './form-values'

const ASSESSMENTS = ['', '1', '2', '3', '4', '5'] as const

interface Props {
  circle: OpenCircle
  initial: FormValues
  /** Ask for the person first (the quick command); otherwise the person is given. */
  askPerson: boolean
  submitLabel: string
  /** Saves; returns the error to show, or null when saved (the caller then closes the form). */
  onSubmit: (values: FormValues) => DomainError | null
  onCancel: () => void
}

/** One step of the conversation, with the guide's prompt for it. */
function Step(props: { step: GuideStep; guide: GuideText; children: ReactNode }) {
  const { t } = useTranslation()
  const id = useId()
  const prompt = props.guide[props.step]
  return (
    <fieldset className="conversation-step" aria-describedby={prompt ? id : undefined}>
      <legend>{t(`conversations.steps.${props.step}`)}</legend>
      {prompt && (
        <p id={id} className="guide-prompt">
          {t('conversations.guidePrompt', { text: prompt })}
        </p>
      )}
      {props.children}
    </fieldset>
  )
}

/**
 * The conversation form, following the chosen guide step by step: who, when and how; the
 * issues; what they care about; the ask; the commitment; the assessment and the follow-up.
 */
export function ConversationForm(props: Props) {
  const { circle, askPerson } = props
  const { session } = circle
  const { t, i18n } = useTranslation()
  const guides = useStore(session.guides)
  const members = useStore(session.members)
  const conversations = useStore(session.conversations)
  const [values, setValues] = useState(props.initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState('')
  const formRef = useRef<HTMLFormElement>(null)
  const set =
    <K extends keyof FormValues>(k: K) =>
    (v: FormValues[K]) =>
      setValues((old) => ({ ...old, [k]: v }))
  const chosen = guides.find((g) => g.id === values.guideId)
  const fallback = defaultGuide(i18n.language)
  const guide: GuideText = chosen ?? fallback
  const guideOptions = [
    ...guides.map((g) => ({
      value: g.id,
      label: `${g.name} · ${languageName(g.language, i18n.language)}`,
    })),
    { value: '', label: t('conversations.defaultGuide', { name: fallback.name }) },
  ]

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const error = props.onSubmit({ ...values, guideId: chosen ? values.guideId : '' })
    if (error === null) return
    if (error.code === 'invalid') {
      setErrors(formErrors(t, error))
      setProblem(t('errors.domain.invalid'))
      focusFirstInvalid(formRef.current)
    } else setProblem(t(`errors.domain.${error.code}`))
  }

  const text = (k: 'cares' | 'ask' | 'commitment' | 'notes', multiline = true) => (
    <TextField
      label={t(`conversations.${k}`)}
      value={values[k]}
      onChange={set(k)}
      error={errors[k]}
      multiline={multiline}
      maxLength={CONVERSATION_LIMITS[k]}
    />
  )
  const day = (k: 'date' | 'commitmentDue' | 'followUpOn', autoFocus = false) => (
    <TextField
      label={t(`conversations.${k}`)}
      type="date"
      value={values[k]}
      onChange={set(k)}
      error={errors[k]}
      required={k === 'date'}
      autoFocus={autoFocus}
    />
  )

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="conversation-form">
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {askPerson && (
        <PersonPicker
          session={session}
          value={values.personId}
          onChange={set('personId')}
          error={errors.personId}
        />
      )}
      <SelectField
        label={t('conversations.guide')}
        value={chosen ? values.guideId : ''}
        options={guideOptions}
        onChange={set('guideId')}
        error={errors.guideId}
      />
      <Step step="opening" guide={guide}>
        {day('date', !askPerson)}
        <SelectField
          label={t('conversations.channel')}
          value={values.channel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`conversations.channels.${c}`) }))}
          onChange={set('channel')}
        />
        <MembersField
          members={members}
          me={circle.entry.member}
          value={values.members}
          onChange={set('members')}
          error={errors.members}
        />
      </Step>
      <Step step="issues" guide={guide}>
        <IssuesField
          issues={values.issues}
          pending={values.pendingIssue}
          onChange={(issues, pendingIssue) =>
            setValues((old) => ({ ...old, issues, pendingIssue }))
          }
          conversations={conversations}
          error={errors.issues}
        />
      </Step>
      <Step step="cares" guide={guide}>
        {text('cares')}
      </Step>
      <Step step="ask" guide={guide}>
        {text('ask')}
      </Step>
      <Step step="commitment" guide={guide}>
        {text('commitment')}
        {day('commitmentDue')}
      </Step>
      <Step step="followUp" guide={guide}>
        <SelectField
          label={t('conversations.assessment')}
          value={values.assessment}
          options={ASSESSMENTS.map((a) => ({
            value: a,
            label:
              a === ''
                ? t('conversations.noAssessment')
                : t(`person.assessment.labels.${a as '1'}`),
          }))}
          onChange={set('assessment')}
          error={errors.assessment}
        />
        {day('followUpOn')}
        {text('notes')}
      </Step>
      <FormActions
        onCancel={props.onCancel}
        submitLabel={props.submitLabel}
        busy={session.readOnly}
      />
    </form>
  )
}
