import { useTranslation } from 'react-i18next'
import type { PersistenceHandle } from '@shared/persistence/types'
import { useStore } from '../app/use-store'

/** "All changes saved" only once the store has confirmed the write. */
export function SaveIndicator({ handle }: { handle: PersistenceHandle }) {
  const state = useStore(handle.saveState)
  const { t } = useTranslation()
  if (state.kind === 'error') {
    return (
      <div className="save save-error" role="alert">
        <strong>{t('save.error')}</strong> {t(`errors.storage.${state.code}`)}
      </div>
    )
  }
  return (
    <p className="save" role="status" data-state={state.kind}>
      {state.kind === 'saved' ? t('save.saved') : t('save.saving')}
    </p>
  )
}
