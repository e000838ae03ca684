import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleEntry } from '../../data/local-db'
import { useCircles, useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'

export function DeleteCircleDialog({
  circle,
  onClose,
}: {
  circle: CircleEntry
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { announcer, router } = useServices()
  const circles = useCircles()
  const [busy, setBusy] = useState(false)

  const confirm = async () => {
    setBusy(true)
    try {
      await circles.remove(circle.id)
      announcer.say(t('circles.deleted', { name: circle.name }))
      router.go({ name: 'circles' })
      onClose()
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.unexpected'), 'error')
      setBusy(false)
    }
  }

  return (
    <Dialog open title={t('circles.deleteHeading', { name: circle.name })} onClose={onClose}>
      <p>{t('circles.deleteBody')}</p>
      <div className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={busy}>
          {t('circles.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  )
}
