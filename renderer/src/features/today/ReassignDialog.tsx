import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { reassignAll } from '@shared/domain/people/assign'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { useOrganizers } from './organizers'

/** Moves every person of one organizer (who left, say) to another member, in one step. */
export function ReassignDialog(props: {
  session: CircleSession
  /** People per organizer id. */
  counts: ReadonlyMap<string, number>
  onClose: () => void
}) {
  const { session, counts } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const organizers = useOrganizers(session)
  const fromIds = [...counts.keys()].filter((id) => id !== '')
  const [from, setFrom] = useState(fromIds[0] ?? '')
  const [to, setTo] = useState('')
  const [error, setError] = useState('')
  const errorId = useId()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (from === '') return setError(t('today.assign.none'))
    if (from === to) return setError(t('today.assign.same'))
    const r = reassignAll(session, from, to)
    if (!r.ok) return setError(t(`errors.domain.${r.error.code}`))
    announcer.say(t('today.assign.done', { count: r.value }))
    props.onClose()
  }

  return (
    <Dialog open title={t('today.assign.heading')} onClose={props.onClose}>
      <form onSubmit={submit} noValidate aria-describedby={error ? errorId : undefined}>
        {error && (
          <p id={errorId} className="error" role="alert">
            {error}
          </p>
        )}
        <SelectField
          label={t('today.assign.from')}
          value={from}
          options={[
            ...(from === '' ? [{ value: '', label: t('today.assign.nobody') }] : []),
            ...fromIds.map((id) => ({ value: id, label: organizers.label(id) })),
          ]}
          hint={t('today.assign.fromHint', { count: counts.get(from) ?? 0 })}
          onChange={setFrom}
        />
        <SelectField
          label={t('today.assign.to')}
          value={to}
          options={[
            { value: '', label: t('today.assign.nobody') },
            ...organizers.current.map((m) => ({ value: m.id, label: m.name })),
          ]}
          onChange={setTo}
        />
        <FormActions onCancel={props.onClose} submitLabel={t('today.assign.confirm')} />
      </form>
    </Dialog>
  )
}
