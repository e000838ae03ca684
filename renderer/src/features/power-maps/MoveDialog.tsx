import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { moveStakeholders } from '@shared/domain/power-maps/commands'
import { bandCentre, stanceBand, type StanceBand } from '@shared/domain/power-maps/grid'
import type { Stakeholder } from '@shared/domain/power-maps/power-map'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { focusFirstInvalid, fieldErrorText } from '../../ui/field-errors'
import { PlaceFields, parsePower } from './PlaceFields'

/** Moves a stakeholder with a form: the canvas is never the only way. */
export function MoveDialog(props: {
  session: CircleSession
  stakeholder: Stakeholder
  name: string
  memberId: string
  onClose: () => void
}) {
  const { session, stakeholder: s, name, onClose } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [band, setBand] = useState<StanceBand>(stanceBand(s.stance))
  const [power, setPower] = useState(String(s.power))
  const [error, setError] = useState<string | undefined>()
  const formRef = useRef<HTMLFormElement>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const p = parsePower(power)
    if (Number.isNaN(p)) {
      setError(fieldErrorText(t, { field: 'power', code: 'outOfRange' }))
      return focusFirstInvalid(formRef.current)
    }
    // Within the same band the fine place (from a drag) is kept.
    const stance = stanceBand(s.stance) === band ? s.stance : bandCentre(band)
    const r = moveStakeholders(session, [{ id: s.id, power: p, stance }], props.memberId)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t('maps.moved', { name, stance: t(`maps.stances.${band}`), power: p }))
    onClose()
  }
  return (
    <Dialog open title={t('maps.moveHeading', { name })} onClose={onClose}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <PlaceFields
          band={band}
          power={power}
          onBand={setBand}
          onPower={setPower}
          powerError={error}
        />
        <FormActions onCancel={onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}
