import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '@shared/domain/meetings/meeting'
import { TEMPLATE_LIMITS } from '@shared/domain/meetings/template'
import { templateFromMeeting } from '@shared/domain/meetings/templates'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'

/** Saves a meeting's title and agenda as a template for new meetings. */
export function TemplateDialog(props: { circle: OpenCircle; meeting: Meeting; onClose(): void }) {
  const { circle, meeting, onClose } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [name, setName] = useState(meeting.title)
  const [error, setError] = useState<string | undefined>()
  const formRef = useRef<HTMLFormElement>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = templateFromMeeting(circle.session, meeting.id, name)
    if (!r.ok) {
      if (r.error.code === 'invalid') {
        setError(errorsByField(t, r.error).name ?? t('errors.domain.invalid'))
        focusFirstInvalid(formRef.current)
      } else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    announcer.say(t('meetings.templateSaved', { name: name.trim() }))
    onClose()
  }
  return (
    <Dialog open title={t('meetings.templateHeading')} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          label={t('meetings.templateName')}
          value={name}
          onChange={setName}
          error={error}
          required
          autoFocus
          maxLength={TEMPLATE_LIMITS.name * 2}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
