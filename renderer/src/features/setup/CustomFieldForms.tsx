import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import {
  addCustomField,
  removeCustomField,
  updateCustomField,
} from '@shared/domain/custom-fields/commands'
import {
  CUSTOM_FIELD_NAME_MAX,
  CUSTOM_FIELD_TYPES,
  type CustomField,
  type CustomFieldType,
} from '@shared/domain/custom-fields/custom-field'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { errorsByField } from '../../ui/field-errors'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { formatTags, parseTags } from '../people/tags'

/** Adds a field (field = null) or edits one. The kind of value is fixed once values exist. */
export function CustomFieldForm(props: {
  session: CircleSession
  field: CustomField | null
  onDone: () => void
}) {
  const { session, field, onDone } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [name, setName] = useState(field?.name ?? '')
  const [type, setType] = useState<CustomFieldType>(field?.type ?? 'text')
  const [choices, setChoices] = useState(formatTags(field?.choices ?? []))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const list = parseTags(choices)
    if (type === 'choice' && list.length === 0) {
      setErrors({ choices: t('setup.fields.needChoices') })
      return
    }
    const input = { name, choices: type === 'choice' ? list : [] }
    const r = field
      ? updateCustomField(session, field.id, input)
      : addCustomField(session, { ...input, type })
    if (!r.ok) {
      const byField = errorsByField(t, r.error)
      setErrors(
        Object.keys(byField).length > 0 ? byField : { name: t(`errors.domain.${r.error.code}`) },
      )
      return
    }
    announcer.say(t(field ? 'setup.fields.saved' : 'setup.fields.added', { name: name.trim() }))
    setErrors({})
    if (!field) {
      setName('')
      setChoices('')
    }
    onDone()
  }
  return (
    <form onSubmit={submit} noValidate className="inline-form setup-form">
      <TextField
        label={t('setup.fields.name')}
        value={name}
        onChange={setName}
        error={errors.name}
        maxLength={CUSTOM_FIELD_NAME_MAX}
        autoFocus={field !== null}
      />
      {!field && (
        <SelectField<CustomFieldType>
          label={t('setup.fields.type')}
          value={type}
          options={CUSTOM_FIELD_TYPES.map((v) => ({
            value: v,
            label: t(`setup.fields.types.${v}`),
          }))}
          onChange={setType}
        />
      )}
      {type === 'choice' && (
        <TextField
          label={t('setup.fields.choices')}
          hint={t('setup.fields.choicesHint')}
          value={choices}
          onChange={setChoices}
          error={errors.choices}
        />
      )}
      <button type="submit" className={field ? 'primary' : undefined} disabled={session.readOnly}>
        {field ? t('common.save') : t('setup.fields.add')}
      </button>
    </form>
  )
}

export function RemoveCustomFieldDialog(props: {
  session: CircleSession
  field: CustomField
  onClose: () => void
}) {
  const { session, field, onClose } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const confirm = () => {
    const r = removeCustomField(session, field.id)
    announcer.say(
      r.ok ? t('setup.fields.removed', { name: field.name }) : t(`errors.domain.${r.error.code}`),
      r.ok ? 'info' : 'error',
    )
    onClose()
  }
  return (
    <ConfirmDialog
      title={t('setup.fields.removeHeading', { name: field.name })}
      confirmLabel={t('common.remove')}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>{t('setup.fields.removeBody')}</p>
    </ConfirmDialog>
  )
}
