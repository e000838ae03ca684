import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSPHRASE_LENGTH } from '@shared/crypto/passphrase'
import { useServices } from '../app/services'
import { useStore } from '../app/use-store'
import { IDLE_MINUTES } from '../data/settings'
import { PassphraseField } from './PassphraseField'

/** Lock timing, the passphrase, and "remember on this device". */
export function SecuritySection() {
  const { t } = useTranslation()
  const { gate, settings, announcer } = useServices()
  const state = useStore(gate)
  const { idleMinutes } = useStore(settings)
  const idleId = useId()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({})
  const [busy, setBusy] = useState(false)
  const remembered = state.kind === 'unlocked' && state.remembered

  const change = async (e: FormEvent) => {
    e.preventDefault()
    if (next.length < MIN_PASSPHRASE_LENGTH)
      return setErrors({ next: t('security.tooShort', { min: MIN_PASSPHRASE_LENGTH }) })
    setBusy(true)
    try {
      const ok = await gate.changePassphrase(current, next)
      if (!ok) return setErrors({ current: t('security.wrong') })
      setErrors({})
      setCurrent('')
      setNext('')
      announcer.say(t('security.changed'))
    } finally {
      setBusy(false)
    }
  }

  const toggleRemember = async () => {
    setBusy(true)
    try {
      const ok = await gate.setRemembered(!remembered, current)
      if (!ok) setErrors({ current: t('security.wrong') })
      else setCurrent('')
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.unexpected'), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="card">
      <h2>{t('security.heading')}</h2>
      <div className="field">
        <label htmlFor={idleId}>{t('security.idle')}</label>
        <select
          id={idleId}
          value={idleMinutes}
          onChange={(e) => void settings.setIdleMinutes(Number(e.target.value))}
        >
          {IDLE_MINUTES.map((m) => (
            <option key={m} value={m}>
              {t('security.idleMinutes', { count: m })}
            </option>
          ))}
        </select>
      </div>
      <form onSubmit={change} noValidate>
        <h3>{t('security.changeHeading')}</h3>
        <PassphraseField
          label={t('security.current')}
          value={current}
          onChange={setCurrent}
          error={errors.current}
          autoComplete="current-password"
        />
        <PassphraseField
          label={t('security.next')}
          value={next}
          onChange={setNext}
          error={errors.next}
          autoComplete="new-password"
        />
        <div className="actions">
          {gate.keychain === 'available' && (
            <button
              type="button"
              onClick={toggleRemember}
              disabled={busy || (!remembered && current === '')}
            >
              {remembered ? t('security.rememberOff') : t('security.rememberOn')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {t('security.change')}
          </button>
        </div>
      </form>
      <p className="hint">
        {gate.keychain === 'insecure'
          ? t('security.rememberInsecure')
          : remembered
            ? t('security.rememberedState')
            : t('security.notRememberedState')}
      </p>
    </div>
  )
}
