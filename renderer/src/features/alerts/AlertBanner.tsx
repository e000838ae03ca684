import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { UrgentAlert } from '@shared/domain/alerts/alert'
import { acknowledgeAlert, cancelAlert } from '@shared/domain/alerts/commands'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { useAlertNotifications } from './alert-notifications'
import { useActiveAlerts } from './use-alerts'
import './alerts.css'

/**
 * The circle's urgent alerts that this member has not acknowledged, above everything else in
 * the app, each with Acknowledge (and, for whoever raised it, Cancel). New ones from peers also
 * show as a system notification.
 */
export function AlertBanner({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const me = circle.entry.member.id
  const alerts = useActiveAlerts(circle.session, me)
  useAlertNotifications(alerts, me)
  if (alerts.length === 0) return null
  return (
    <section className="alert-banner" aria-label={t('alerts.banner.label')}>
      {alerts.map((a) => (
        <AlertItem key={a.id} circle={circle} alert={a} />
      ))}
    </section>
  )
}

function AlertItem({ circle, alert }: { circle: OpenCircle; alert: UrgentAlert }) {
  const { t, i18n } = useTranslation()
  const { announcer } = useServices()
  const headingId = useId()
  const members = useStore(circle.session.members)
  const me = circle.entry.member.id
  const raiser = members.find((m) => m.id === alert.raisedBy)?.name ?? t('alerts.banner.someone')
  const day = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(+alert.day.slice(0, 4), +alert.day.slice(5, 7) - 1, +alert.day.slice(8, 10)))
  const when = alert.time === '' ? day : `${day}, ${alert.time}`
  const done = (ok: boolean, message: string) => {
    if (!ok) {
      announcer.say(t('errors.unexpected'), 'error')
      return
    }
    announcer.say(message)
    // The alert is gone with the button that had focus: keep the keyboard in the page.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body)
        document.getElementById('main')?.focus()
    })
  }
  return (
    <article className="alert-item" aria-labelledby={headingId}>
      <div role="alert">
        <h2 id={headingId}>
          <span className="alert-kind">{t('alerts.banner.heading')}: </span>
          {alert.what}
        </h2>
        <p>{t('alerts.banner.when', { when })}</p>
        <p>{t('alerts.banner.where', { where: alert.where })}</p>
        <p className="alert-by">{t('alerts.banner.raisedBy', { name: raiser })}</p>
      </div>
      <div className="alert-actions">
        <button
          type="button"
          className="primary"
          aria-label={t('alerts.banner.acknowledgeLabel', { what: alert.what })}
          onClick={() =>
            done(acknowledgeAlert(circle.session, alert.id, me).ok, t('alerts.banner.acknowledged'))
          }
        >
          {t('alerts.banner.acknowledge')}
        </button>
        {alert.raisedBy === me && (
          <button
            type="button"
            aria-label={t('alerts.banner.cancelLabel', { what: alert.what })}
            onClick={() =>
              done(cancelAlert(circle.session, alert.id, me).ok, t('alerts.banner.cancelled'))
            }
          >
            {t('alerts.banner.cancel')}
          </button>
        )}
      </div>
    </article>
  )
}
