import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { CirclesScreen } from '../features/circles/CirclesScreen'
import { PeopleScreen } from '../features/people/PeopleScreen'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { Announcements } from '../ui/Announcements'
import { CircleSwitcher } from './CircleSwitcher'
import { routeHref } from './router'
import { useServices } from './services'
import { useMenuCommands } from './use-menu-commands'
import { useStore } from './use-store'

export function App() {
  const services = useServices()
  const { router, settings, platform } = services
  const route = useStore(router)
  const { locale, textScale } = useStore(settings)
  const { t, i18n } = useTranslation()
  useMenuCommands(services)

  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale)
    document.documentElement.lang = locale
    platform.setLocale(locale)
  }, [i18n, locale, platform])

  useEffect(() => {
    document.documentElement.style.fontSize = `${textScale}%`
  }, [textScale])

  const current = route.name === 'people' ? route.circleId : null
  const link = (name: 'circles' | 'settings', label: string) => (
    <a href={routeHref({ name })} aria-current={route.name === name ? 'page' : undefined}>
      {label}
    </a>
  )

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.mainNav')}>
          {link('circles', t('nav.circles'))}
          {link('settings', t('nav.settings'))}
        </nav>
        <CircleSwitcher currentId={current} />
      </header>
      <main id="main" tabIndex={-1}>
        {route.name === 'circles' && <CirclesScreen />}
        {route.name === 'settings' && <SettingsScreen />}
        {route.name === 'people' && <PeopleScreen circleId={route.circleId} />}
      </main>
      <Announcements />
    </>
  )
}
