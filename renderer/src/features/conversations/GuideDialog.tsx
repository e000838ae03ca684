import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { addGuide, updateGuide } from '@shared/domain/conversations/guide-commands'
import {
  GUIDE_LIMITS,
  GUIDE_STEPS,
  type Guide,
  type GuideInput,
} from '@shared/domain/conversations/guide'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { CIRCLE_LANGUAGES, languageName } from '../circles/languages'

const empty = (language: string): GuideInput => ({
  name: '',
  language,
  opening: '',
  issues: '',
  cares: '',
  ask: '',
  commitment: '',
  followUp: '',
})

/** Writes a new guide or edits one: its name, language and a prompt text for every step. */
export function GuideDialog(props: {
  session: CircleSession
  guide: Guide | null
  onClose: () => void
}) {
  const { session, guide, onClose } = props
  const { t, i18n } = useTranslation()
  const { announcer } = useServices()
  const [values, setValues] = useState<GuideInput>(() => {
    if (!guide) return empty(i18n.language.split('-')[0] ?? 'en')
    const { id: _id, createdAt: _at, ...rest } = guide
    return rest
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const set = (k: keyof GuideInput) => (v: string) => setValues((old) => ({ ...old, [k]: v }))
  // A guide may carry a language the list does not offer (a peer wrote it): keep it selectable.
  const languages = (CIRCLE_LANGUAGES as readonly string[]).includes(values.language)
    ? CIRCLE_LANGUAGES
    : [values.language, ...CIRCLE_LANGUAGES]

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = guide ? updateGuide(session, guide.id, values) : addGuide(session, values)
    if (!r.ok) {
      setErrors(
        r.error.code === 'invalid'
          ? errorsByField(t, r.error)
          : { name: t(`errors.domain.${r.error.code}`) },
      )
      focusFirstInvalid(formRef.current)
      return
    }
    const name = values.name.trim()
    announcer.say(
      guide ? t('conversations.guides.saved', { name }) : t('conversations.guides.added', { name }),
    )
    onClose()
  }

  return (
    <Dialog
      open
      title={
        guide
          ? t('conversations.guides.editHeading', { name: guide.name })
          : t('conversations.guides.addHeading')
      }
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate className="conversation-form">
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        <TextField
          label={t('conversations.guides.name')}
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          required
          autoFocus
          maxLength={GUIDE_LIMITS.name}
        />
        <SelectField
          label={t('conversations.guides.language')}
          value={values.language}
          options={languages.map((code) => ({
            value: code,
            label: languageName(code, i18n.language),
          }))}
          onChange={set('language')}
          error={errors.language}
        />
        {GUIDE_STEPS.map((step) => (
          <TextField
            key={step}
            label={t('conversations.guides.prompt', { step: t(`conversations.steps.${step}`) })}
            value={values[step]}
            onChange={set(step)}
            error={errors[step]}
            multiline
            maxLength={GUIDE_LIMITS.prompt}
          />
        ))}
        <FormActions onCancel={onClose} submitLabel={t('common.save')} busy={session.readOnly} />
      </form>
    </Dialog>
  )
}
