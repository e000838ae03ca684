import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { notificationsSupported } from './reminders'

/** The device setting for follow-up notifications (Settings screen). */
export function ReminderSetting() {
  const { t } = useTranslation()
  const { settings } = useServices()
  const { reminders } = useStore(settings)
  const supported = notificationsSupported()
  const [permission, setPermission] = useState(() =>
    supported ? Notification.permission : 'denied',
  )
  const id = useId()

  const change = async (on: boolean) => {
    await settings.setReminders(on)
    if (on && supported && Notification.permission === 'default')
      setPermission(await Notification.requestPermission())
  }

  return (
    <div className="card">
      <h2>{t('today.title')}</h2>
      <div className="field checkbox">
        <input
          id={id}
          type="checkbox"
          checked={reminders}
          disabled={!supported}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void change(e.target.checked)}
        />
        <label htmlFor={id}>{t('today.reminders.setting')}</label>
      </div>
      <p id={`${id}-hint`} className="hint">
        {!supported
          ? t('today.reminders.unsupported')
          : reminders && permission === 'denied'
            ? t('today.reminders.blocked')
            : t('today.reminders.hint')}
      </p>
    </div>
  )
}
