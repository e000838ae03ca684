import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCALES, isLocale } from '@shared/i18n/locales'
import type { AppInfo } from '@shared/platform/bridge'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { TEXT_SCALE } from '../../data/settings'
import { languageName } from '../circles/languages'
import { SecuritySection } from '../../security/SecuritySection'
import { WipeSection } from '../../security/WipeSection'
import { NetworkSettings } from '../sync/NetworkSettings'
import { ReminderSetting } from '../today/ReminderSetting'

export function SettingsScreen() {
  const { t } = useTranslation()
  const { settings, platform } = useServices()
  const current = useStore(settings)
  const [info, setInfo] = useState<AppInfo | null>(null)
  const langId = useId()
  const sizeId = useId()

  useEffect(() => {
    let live = true
    void platform.getAppInfo().then((i) => live && setInfo(i))
    return () => {
      live = false
    }
  }, [platform])

  return (
    <section className="screen" aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('settings.heading')}</h1>
      <div className="card">
        <div className="field">
          <label htmlFor={langId}>{t('settings.language')}</label>
          <select
            id={langId}
            value={current.locale}
            onChange={(e) => isLocale(e.target.value) && void settings.setLocale(e.target.value)}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l, l)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={sizeId}>{t('settings.textSize')}</label>
          <div className="range-row">
            <input
              id={sizeId}
              type="range"
              min={TEXT_SCALE.min}
              max={TEXT_SCALE.max}
              step={TEXT_SCALE.step}
              value={current.textScale}
              aria-valuetext={t('settings.textSizeValue', { value: current.textScale })}
              onChange={(e) => void settings.setTextScale(Number(e.target.value))}
            />
            <output htmlFor={sizeId}>
              {t('settings.textSizeValue', { value: current.textScale })}
            </output>
          </div>
        </div>
      </div>
      <ReminderSetting />
      <NetworkSettings />
      <SecuritySection />
      <WipeSection />
      <div className="card">
        <h2>{t('settings.about')}</h2>
        {info && (
          <p>
            {t('settings.version', { version: info.version })} ·{' '}
            {platform.kind === 'web'
              ? t('settings.platformWeb')
              : t('settings.platformElectron', { os: info.os })}
          </p>
        )}
      </div>
    </section>
  )
}
