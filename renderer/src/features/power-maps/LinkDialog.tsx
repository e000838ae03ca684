import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { addLink, updateLink } from '@shared/domain/power-maps/commands'
import {
  LINK_DIRECTIONS,
  LINK_KINDS,
  LINK_LABEL_MAX,
  type LinkDirection,
  type LinkKind,
  type Stakeholder,
  type StakeholderLink,
} from '@shared/domain/power-maps/power-map'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField } from '../../ui/field-errors'
import type { MapData } from './use-map-data'

const MUTUAL: readonly LinkKind[] = ['family', 'friend']
const STRENGTHS = ['1', '2', '3'] as const

/** Relates a stakeholder to another one of the same map, or edits a relationship. */
export function LinkDialog(props: {
  session: CircleSession
  from: Stakeholder
  /** The relationship to edit (its ends stay), or none for a new one. */
  link?: StakeholderLink
  /** Pre-chosen other end (a connection drawn on the canvas). */
  to?: string
  data: MapData
  onClose: () => void
}) {
  const { session, from, data, onClose } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const editing = props.link
  const [toId, setToId] = useState(editing?.toId ?? props.to ?? '')
  const [kind, setKind] = useState<LinkKind>(editing?.kind ?? 'influences')
  const [label, setLabel] = useState(editing?.label ?? '')
  const [direction, setDirection] = useState<LinkDirection>(editing?.direction ?? 'one')
  const [strength, setStrength] = useState<(typeof STRENGTHS)[number]>(
    editing ? (String(editing.strength) as (typeof STRENGTHS)[number]) : '2',
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const fromName = data.nameOf(from)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (toId === '') {
      setErrors({ toId: t('errors.field.required') })
      return
    }
    const values = { kind, label, direction, strength: Number(strength) }
    const r = editing
      ? updateLink(session, editing.id, values)
      : addLink(session, { mapId: from.mapId, fromId: from.id, toId, ...values })
    if (!r.ok) {
      if (r.error.code === 'invalid') setErrors(errorsByField(t, r.error))
      else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    const text = { from: fromName, kind: t(`maps.links.${kind}`), to: data.nameOf(toId) }
    announcer.say(t(editing ? 'maps.linkSaved' : 'maps.linked', text))
    onClose()
  }
  return (
    <Dialog
      open
      title={
        editing
          ? t('maps.linkEditHeading', { from: fromName, to: data.nameOf(toId) })
          : t('maps.linkHeading', { name: fromName })
      }
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        <SelectField
          label={t('maps.linkKind')}
          value={kind}
          options={LINK_KINDS.map((k) => ({ value: k, label: t(`maps.links.${k}`) }))}
          onChange={(k) => {
            setKind(k)
            setDirection(MUTUAL.includes(k) ? 'both' : 'one')
          }}
        />
        {!editing && (
          <SelectField
            label={t('maps.linkTo')}
            value={toId}
            error={errors.toId}
            options={[
              { value: '', label: t('maps.pathChoose') },
              ...data.sorted
                .filter((s) => s.id !== from.id)
                .map((s) => ({ value: s.id, label: data.nameOf(s) })),
            ]}
            onChange={setToId}
          />
        )}
        <TextField
          label={t('maps.linkLabel')}
          hint={t('maps.linkLabelHint')}
          value={label}
          onChange={setLabel}
          error={errors.label}
          maxLength={LINK_LABEL_MAX}
        />
        <SelectField
          label={t('maps.direction')}
          value={direction}
          options={LINK_DIRECTIONS.map((d) => ({ value: d, label: t(`maps.directions.${d}`) }))}
          onChange={setDirection}
        />
        <SelectField
          label={t('maps.strength')}
          value={strength}
          options={STRENGTHS.map((s) => ({ value: s, label: t(`maps.strengths.${s}`) }))}
          onChange={setStrength}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
