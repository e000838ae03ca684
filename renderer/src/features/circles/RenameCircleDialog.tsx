import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleEntry } from '../../data/local-db'
import { useCircles, useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/TextField'
import { errorsByField } from '../../ui/field-errors'
import { FormActions } from '../../ui/FormActions'

export function RenameCircleDialog({
  circle,
  onClose,
}: {
  circle: CircleEntry
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const circles = useCircles()
  const [name, setName] = useState(circle.name)
  const [error, setError] = useState<string | undefined>()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const r = await circles.rename(circle.id, name).catch((err: unknown) => {
      console.error(err)
      announcer.say(t('errors.storage.writeFailed'), 'error')
      return null
    })
    if (!r) return
    if (!r.ok) return setError(errorsByField(t, r.error).name ?? t(`errors.domain.${r.error.code}`))
    onClose()
  }

  return (
    <Dialog open title={t('circles.renameHeading')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('circles.newName')}
          value={name}
          onChange={setName}
          error={error}
          required
          autoFocus
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
