import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { createMap, updateMap } from '@shared/domain/power-maps/commands'
import { MAP_ISSUE_MAX, MAP_NAME_MAX, type PowerMap } from '@shared/domain/power-maps/power-map'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { TextField } from '../../ui/TextField'
import { errorsByField } from '../../ui/field-errors'

/** Creates a map, or renames one (and changes its issue). */
export function MapDialog(props: {
  session: CircleSession
  map: PowerMap | null
  onClose: () => void
  onSaved: (id: string) => void
}) {
  const { session, map, onClose } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [name, setName] = useState(map?.name ?? '')
  const [issue, setIssue] = useState(map?.issue ?? '')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = map
      ? updateMap(session, map.id, { name, issue })
      : createMap(session, { name, issue })
    if (!r.ok) {
      if (r.error.code === 'invalid') setErrors(errorsByField(t, r.error))
      else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    announcer.say(t(map ? 'maps.renamed' : 'maps.created', { name: name.trim() }))
    props.onSaved(map ? map.id : (r.value as string))
    onClose()
  }
  return (
    <Dialog
      open
      title={map ? t('maps.renameHeading', { name: map.name }) : t('maps.newMapHeading')}
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('maps.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          required
          autoFocus
          maxLength={MAP_NAME_MAX * 2}
        />
        <TextField
          label={t('maps.issue')}
          hint={t('maps.issueHint')}
          value={issue}
          onChange={setIssue}
          error={errors.issue}
          maxLength={MAP_ISSUE_MAX}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
