import { useTranslation } from 'react-i18next'
import { useStore } from '../../app/use-store'
import type { CircleSync } from '../../sync/circle-sync'

export function RemovedBanner({ sync }: { sync: CircleSync }) {
  const { t } = useTranslation()
  const status = useStore(sync)
  if (!status.removed) return null
  return (
    <p className="banner" role="alert">
      {t('sync.removedBanner')}
    </p>
  )
}
