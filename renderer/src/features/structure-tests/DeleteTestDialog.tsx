import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { removeStructureTest } from '@shared/domain/structure-tests/commands'
import type { StructureTest } from '@shared/domain/structure-tests/structure-test'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'

interface Props {
  session: CircleSession
  test: StructureTest
  /** How many people have participation recorded for the test (all of it goes with it). */
  recordedCount: number
  onClose: () => void
}

/** Asks before a test and everything recorded for it is deleted. */
export function DeleteTestDialog({ session, test, recordedCount, onClose }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const confirm = () => {
    const r = removeStructureTest(session, test.id)
    announcer.say(
      r.ok ? t('tests.deleted', { name: test.name }) : t(`errors.domain.${r.error.code}`),
      r.ok ? 'info' : 'error',
    )
    onClose()
  }
  return (
    <Dialog open title={t('tests.deleteHeading', { name: test.name })} onClose={onClose}>
      <p>{t('tests.deleteBody', { count: recordedCount })}</p>
      <div className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm}>
          {t('tests.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  )
}
