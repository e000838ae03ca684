import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { removeStakeholder } from '@shared/domain/power-maps/commands'
import type { Stakeholder } from '@shared/domain/power-maps/power-map'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'

/** Confirms taking a stakeholder off a map (with its relationships and history). */
export function RemoveStakeholderDialog(props: {
  session: CircleSession
  stakeholder: Stakeholder
  name: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const confirm = () => {
    const r = removeStakeholder(props.session, props.stakeholder.id)
    announcer.say(
      r.ok ? t('maps.removed', { name: props.name }) : t(`errors.domain.${r.error.code}`),
      r.ok ? 'info' : 'error',
    )
    props.onClose()
  }
  return (
    <Dialog open title={t('maps.removeHeading', { name: props.name })} onClose={props.onClose}>
      <p>{t('maps.removeBody')}</p>
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm}>
          {t('maps.removeConfirm')}
        </button>
      </div>
    </Dialog>
  )
}
