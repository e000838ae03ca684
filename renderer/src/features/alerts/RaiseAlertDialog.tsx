import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldError } from '@shared/data/fields'
import { ALERT_LIMITS } from '@shared/domain/alerts/alert'
import { raiseAlert, type AlertInput } from '@shared/domain/alerts/commands'
import { dayOf } from '@shared/util/day'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { fieldErrorText, focusFirstInvalid } from '../../ui/field-errors'
import { FormActions } from '../../ui/FormActions'
import { TextField } from '../../ui/TextField'
import { useMayRaise } from './use-alerts'

/** "Raise an urgent alert" in the circle header, for the members the circle allows. */
export function RaiseAlertButton({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const allowed = useMayRaise(circle.session, circle.entry.member.id)
  if (!allowed || circle.session.readOnly) return null
  return (
    <>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        {t('alerts.raise.button')}
      </button>
      <Dialog open={open} title={t('alerts.raise.title')} onClose={() => setOpen(false)}>
        {open && <RaiseAlertForm circle={circle} onDone={() => setOpen(false)} />}
      </Dialog>
    </>
  )
}

const empty = (): AlertInput => ({ what: '', where: '', day: dayOf(Date.now()), time: '' })

function RaiseAlertForm({ circle, onDone }: { circle: OpenCircle; onDone: () => void }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [values, setValues] = useState(empty)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const form = useRef<HTMLFormElement>(null)
  const set = (k: keyof AlertInput) => (v: string) => setValues((s) => ({ ...s, [k]: v }))

  const message = (e: FieldError) =>
    e.field === 'day' && e.code === 'outOfRange'
      ? e.limit === undefined
        ? t('alerts.raise.dayPast')
        : t('alerts.raise.dayFar', { limit: e.limit })
      : fieldErrorText(t, e)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = raiseAlert(circle.session, values, circle.entry.member.id)
    if (r.ok) {
      announcer.say(t('alerts.raise.raised'))
      onDone()
      return
    }
    if (r.error.code !== 'invalid') {
      setFormError(t(`errors.domain.${r.error.code}`))
      return
    }
    const byField: Record<string, string> = {}
    for (const err of r.error.errors) byField[err.field] ??= message(err)
    setErrors(byField)
    setFormError(byField.raisedBy ? t('alerts.raise.notAllowed') : '')
    focusFirstInvalid(form.current)
  }

  return (
    <form ref={form} onSubmit={submit} noValidate>
      <p className="muted">{t('alerts.raise.intro')}</p>
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      <TextField
        label={t('alerts.raise.what')}
        hint={t('alerts.raise.whatHint')}
        value={values.what}
        onChange={set('what')}
        error={errors.what}
        maxLength={ALERT_LIMITS.what}
        required
        autoFocus
      />
      <TextField
        label={t('alerts.raise.where')}
        value={values.where}
        onChange={set('where')}
        error={errors.where}
        maxLength={ALERT_LIMITS.where}
        required
      />
      <TextField
        label={t('alerts.raise.day')}
        hint={t('alerts.raise.dayHint')}
        type="date"
        value={values.day}
        onChange={set('day')}
        error={errors.day}
        required
      />
      <TextField
        label={t('alerts.raise.time')}
        hint={t('alerts.raise.timeHint')}
        value={values.time}
        onChange={set('time')}
        error={errors.time}
        maxLength={5}
      />
      <FormActions onCancel={onDone} submitLabel={t('alerts.raise.submit')} />
    </form>
  )
}
