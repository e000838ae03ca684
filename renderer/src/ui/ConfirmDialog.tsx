import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'

interface Props {
  title: string
  /** What will happen, in words. */
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
}

/** Asks before something that cannot be undone; Cancel has the focus. */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Dialog open title={title} onClose={onClose}>
      {children}
      <div className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
