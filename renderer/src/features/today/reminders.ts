import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'

/** What was already notified today on this device (random ids only, never names). */
interface Reminded {
  day: string
  ids: string[]
}

const KEY = 'remindedFollowUps'

/** Whether this platform can show system notifications at all. */
export const notificationsSupported = () => typeof Notification !== 'undefined'

/**
 * Shows due follow-ups as one system notification, at most once a day per due item, unless
 * the member turned reminders off on this device. The text says how many are due, never who:
 * a locked screen shows notifications to anyone passing by.
 */
export function useFollowUpReminders(dueIds: readonly string[], today: string): void {
  const { t } = useTranslation()
  const { settings, localDb } = useServices()
  const { reminders } = useStore(settings)
  const key = dueIds.join(' ')
  useEffect(() => {
    if (!reminders || key === '' || !notificationsSupported()) return
    if (Notification.permission !== 'granted') return
    let live = true
    void (async () => {
      const row = await localDb.settings.get(KEY)
      const stored = row?.value as Reminded | undefined
      const seen = new Set(stored?.day === today && Array.isArray(stored.ids) ? stored.ids : [])
      const ids = key.split(' ')
      if (!live || ids.every((id) => seen.has(id))) return
      const title = t('today.reminders.followUps', { count: ids.length })
      // The tag replaces an earlier notification of ours instead of piling them up.
      new Notification(title, { tag: 'rhizome-follow-ups', silent: false })
      await localDb.settings.put({ key: KEY, value: { day: today, ids: [...seen, ...ids] } })
    })().catch((err: unknown) => console.error(err))
    return () => {
      live = false
    }
  }, [key, reminders, today, localDb, t])
}
