import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { removePerson } from '@shared/domain/people/commands'
import type { Person } from '@shared/domain/people/person'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'

interface Props {
  session: CircleSession
  person: Person
  onClose: () => void
}

export function RemovePersonDialog({ session, person, onClose }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const confirm = () => {
    const r = removePerson(session, person.id)
    announcer.say(
      r.ok ? t('people.removed', { name: person.name }) : t(`errors.domain.${r.error.code}`),
      r.ok ? 'info' : 'error',
    )
    onClose()
  }
  return (
    <ConfirmDialog
      title={t('people.removeHeading', { name: person.name })}
      confirmLabel={t('common.remove')}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>{t('people.removeBody')}</p>
    </ConfirmDialog>
  )
}
