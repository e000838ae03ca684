import { useTranslation } from 'react-i18next'
import { useServices } from '../app/services'
import { useStore } from '../app/use-store'

/** The app's live region: confirmations are polite, errors assertive and stay until dismissed. */
export function Announcements() {
  const { announcer } = useServices()
  const items = useStore(announcer)
  const { t } = useTranslation()
  return (
    <div className="announcements">
      <div role="status" aria-live="polite">
        {items
          .filter((a) => a.tone === 'info')
          .map((a) => (
            <p key={a.id} className="toast">
              {a.text}
            </p>
          ))}
      </div>
      <div role="alert">
        {items
          .filter((a) => a.tone === 'error')
          .map((a) => (
            <p key={a.id} className="toast toast-error">
              {a.text}{' '}
              <button type="button" onClick={() => announcer.dismiss(a.id)}>
                {t('common.dismiss')}
              </button>
            </p>
          ))}
      </div>
    </div>
  )
}
