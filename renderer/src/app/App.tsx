import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { SetupScreen } from '../security/SetupScreen'
import { UnlockScreen } from '../security/UnlockScreen'
import { Announcements } from '../ui/Announcements'
import { useServices } from './services'
import { UnlockedApp } from './UnlockedApp'
import { useStore } from './use-store'

/** Chooses between first-run setup, the lock screen and the unlocked app. */
export function App() {
  const { settings, platform, gate, data } = useServices()
  const gateState = useStore(gate)
  const dataServices = useStore(data)
  const { locale, textScale } = useStore(settings)
  const { t, i18n } = useTranslation()

  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale)
    document.documentElement.lang = locale
    platform.setLocale(locale)
  }, [i18n, locale, platform])

  useEffect(() => {
    document.documentElement.style.fontSize = `${textScale}%`
  }, [textScale])

  return (
    <>
      {gateState.kind === 'loading' && <p className="screen">{t('app.loading')}</p>}
      {gateState.kind === 'setup' && <SetupScreen keychain={gateState.keychain} />}
      {gateState.kind === 'locked' && (
        <UnlockScreen remembered={gateState.remembered} keychain={gateState.keychain} />
      )}
      {gateState.kind === 'unlocked' && dataServices && <UnlockedApp data={dataServices} />}
      <Announcements />
    </>
  )
}
