import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { UrgentAlert } from '@shared/domain/alerts/alert'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { notificationsSupported } from '../today/reminders'

const KEY = 'notifiedAlerts'
/** Ids kept to notify each alert once per device (alerts last a week at most). */
const KEEP = 200

/**
 * Shows a system notification when an alert another member raised arrives, once per alert on
 * this device, unless the member turned notifications off on this device (Settings). The text
 * names no one and says nothing of the alert: a locked screen shows it to anyone.
 */
export function useAlertNotifications(alerts: readonly UrgentAlert[], memberId: string): void {
  const { t } = useTranslation()
  const { settings, localDb } = useServices()
  const { reminders } = useStore(settings)
  const key = alerts
    .filter((a) => a.raisedBy !== memberId)
    .map((a) => a.id)
    .join(' ')
  useEffect(() => {
    if (!reminders || key === '' || !notificationsSupported()) return
    if (Notification.permission !== 'granted') return
    let live = true
    void (async () => {
      const row = await localDb.settings.get(KEY)
      const stored = Array.isArray(row?.value) ? (row.value as unknown[]) : []
      const seen = new Set(stored.filter((v): v is string => typeof v === 'string'))
      const fresh = key.split(' ').filter((id) => !seen.has(id))
      if (!live || fresh.length === 0) return
      new Notification(t('alerts.notification'), { tag: 'rhizome-urgent-alert', silent: false })
      await localDb.settings.put({ key: KEY, value: [...seen, ...fresh].slice(-KEEP) })
    })().catch((err: unknown) => console.error(err))
    return () => {
      live = false
    }
  }, [key, reminders, localDb, t])
}
