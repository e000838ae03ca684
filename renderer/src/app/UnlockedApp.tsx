import { useTranslation } from 'react-i18next'
import type { DataServices } from '../data/data-services'
import { CirclesScreen } from '../features/circles/CirclesScreen'
import { CircleAlerts } from '../features/alerts/CircleAlerts'
import { CircleScreen } from '../features/circle/CircleScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { CircleSwitcher } from './CircleSwitcher'
import { routeHref } from './router'
import { DataContext, useServices } from './services'
import { useIdleLock } from './use-idle-lock'
import { useMenuCommands } from './use-menu-commands'
import { useStore } from './use-store'

/** The app behind the lock: only mounted while the data key is in memory. */
export function UnlockedApp({ data }: { data: DataServices }) {
  const services = useServices()
  const { router, gate } = services
  const route = useStore(router)
  const { t } = useTranslation()
  useMenuCommands(services)
  useIdleLock(services)

  const current = route.name === 'people' ? route.circleId : null
  const link = (name: 'circles' | 'settings', label: string) => (
    <a href={routeHref({ name })} aria-current={route.name === name ? 'page' : undefined}>
      {label}
    </a>
  )

  return (
    <DataContext.Provider value={data}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {current && <CircleAlerts circleId={current} />}
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.mainNav')}>
          {link('circles', t('nav.circles'))}
          {link('settings', t('nav.settings'))}
        </nav>
        <CircleSwitcher currentId={current} />
        <button type="button" onClick={() => gate.lock()}>
          {t('security.lockNow')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'circles' && <CirclesScreen />}
        {route.name === 'settings' && <SettingsScreen />}
        {route.name === 'people' && (
          <CircleScreen circleId={route.circleId} view={route.view ?? 'people'} />
        )}
      </main>
    </DataContext.Provider>
  )
}
