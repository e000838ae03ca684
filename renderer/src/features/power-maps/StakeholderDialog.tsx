import { useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/data/result'
import type { CircleSession } from '@shared/domain/circle/session'
import { addStakeholder, updateStakeholder } from '@shared/domain/power-maps/commands'
import { bandCentre, type StanceBand } from '@shared/domain/power-maps/grid'
import {
  STAKEHOLDER_NAME_MAX,
  STAKEHOLDER_NOTES_MAX,
  STAKEHOLDER_ROLE_MAX,
  type Stakeholder,
  type StakeholderKind,
} from '@shared/domain/power-maps/power-map'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { PlaceFields, parsePower } from './PlaceFields'
import type { MapData } from './use-map-data'

type Who = 'circle' | StakeholderKind

/** Adds a stakeholder to a map (with its first place), or edits what is said about one. */
export function StakeholderDialog(props: {
  session: CircleSession
  mapId: string
  data: MapData
  stakeholder: Stakeholder | null
  memberId: string
  onClose: () => void
  onSaved: (id: string) => void
}) {
  const { session, stakeholder, data, onClose } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const people = useStore(session.people)
  const onMap = useMemo(
    () => new Set(data.stakeholders.map((s) => s.personId).filter(Boolean)),
    [data.stakeholders],
  )
  const free = people.filter((p) => !onMap.has(p.id))
  const [who, setWho] = useState<Who>(
    stakeholder ? (stakeholder.personId ? 'circle' : stakeholder.kind) : 'person',
  )
  const [personId, setPersonId] = useState(stakeholder?.personId ?? '')
  const [name, setName] = useState(stakeholder?.name ?? '')
  const [role, setRole] = useState(stakeholder?.role ?? '')
  const [notes, setNotes] = useState(stakeholder?.notes ?? '')
  const [band, setBand] = useState<StanceBand>('undecided')
  const [power, setPower] = useState('50')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const formRef = useRef<HTMLFormElement>(null)

  const fail = (error: DomainError) => {
    if (error.code === 'invalid') {
      setErrors(errorsByField(t, error))
      focusFirstInvalid(formRef.current)
    } else announcer.say(t(`errors.domain.${error.code}`), 'error')
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (stakeholder) {
      const r = updateStakeholder(session, stakeholder.id, {
        name,
        role,
        notes,
        ...(who !== 'circle' ? { kind: who } : {}),
      })
      if (!r.ok) return fail(r.error)
      announcer.say(t('maps.saved', { name: data.nameOf(stakeholder.id) }))
      props.onSaved(stakeholder.id)
      return onClose()
    }
    const circle = who === 'circle'
    if (circle && personId === '')
      return fail({ code: 'invalid', errors: [{ field: 'personId', code: 'required' }] })
    const p = parsePower(power)
    if (Number.isNaN(p))
      return fail({ code: 'invalid', errors: [{ field: 'power', code: 'outOfRange' }] })
    const r = addStakeholder(
      session,
      props.mapId,
      {
        personId: circle ? personId : '',
        name: circle ? '' : name,
        kind: circle ? 'person' : who,
        role,
        notes,
        power: p,
        stance: bandCentre(band),
      },
      props.memberId,
    )
    if (!r.ok) return fail(r.error)
    const shown = circle ? (people.find((x) => x.id === personId)?.name ?? '') : name.trim()
    announcer.say(t('maps.added', { name: shown }))
    props.onSaved(r.value)
    onClose()
  }

  const whoOptions = (['circle', 'person', 'organization', 'institution'] as const).map((k) => ({
    value: k,
    label: t(`maps.kinds.${k}`),
  }))
  return (
    <Dialog
      open
      title={
        stakeholder
          ? t('maps.editHeading', { name: data.nameOf(stakeholder) })
          : t('maps.addHeading')
      }
      onClose={onClose}
    >
      <form ref={formRef} onSubmit={submit} noValidate>
        {Object.keys(errors).length > 0 && (
          <p className="error" role="alert">
            {t('errors.domain.invalid')}
          </p>
        )}
        {!stakeholder && (
          <SelectField label={t('maps.who')} value={who} options={whoOptions} onChange={setWho} />
        )}
        {stakeholder && !stakeholder.personId && (
          <SelectField
            label={t('maps.kind')}
            value={who}
            options={whoOptions.filter((o) => o.value !== 'circle')}
            onChange={setWho}
          />
        )}
        {!stakeholder && who === 'circle' && (
          <SelectField
            label={t('maps.person')}
            value={personId}
            error={errors.personId}
            options={[
              { value: '', label: t('maps.choosePerson') },
              ...free.map((p) => ({ value: p.id, label: p.name })),
            ]}
            onChange={setPersonId}
          />
        )}
        {who !== 'circle' && (
          <TextField
            label={t('maps.stakeholderName')}
            value={name}
            onChange={setName}
            error={errors.name}
            required
            autoFocus
            maxLength={STAKEHOLDER_NAME_MAX * 2}
          />
        )}
        <TextField
          label={t('maps.role')}
          hint={t('maps.roleHint')}
          value={role}
          onChange={setRole}
          error={errors.role}
          maxLength={STAKEHOLDER_ROLE_MAX}
        />
        {!stakeholder && (
          <PlaceFields
            band={band}
            power={power}
            onBand={setBand}
            onPower={setPower}
            powerError={errors.power}
          />
        )}
        <TextField
          label={t('maps.notes')}
          multiline
          value={notes}
          onChange={setNotes}
          error={errors.notes}
          maxLength={STAKEHOLDER_NOTES_MAX}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
