import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { erasePerson } from '@shared/domain/people/erase'
import type { Person } from '@shared/domain/people/person'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'

/** Confirms erasing a person on request, and says plainly what cannot be guaranteed. */
export function ErasePersonDialog(props: {
  session: CircleSession
  person: Person
  onClose: () => void
}) {
  const { session, person, onClose } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const confirm = () => {
    const r = erasePerson(session, person.id)
    announcer.say(
      r.ok ? t('person.erase.erased', { name: person.name }) : t(`errors.domain.${r.error.code}`),
      r.ok ? 'info' : 'error',
    )
    onClose()
  }
  return (
    <ConfirmDialog
      title={t('person.erase.heading', { name: person.name })}
      confirmLabel={t('person.erase.confirm')}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>{t('person.erase.body', { name: person.name })}</p>
      <p className="notice">{t('person.erase.limits')}</p>
    </ConfirmDialog>
  )
}
