import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { KeychainStatus } from '@shared/platform/bridge'
import { useServices } from '../app/services'
import { PassphraseField } from './PassphraseField'

/** The lock screen: no member data is in the window while it shows. */
export function UnlockScreen({
  remembered,
  keychain,
}: {
  remembered: boolean
  keychain: KeychainStatus
}) {
  const { t } = useTranslation()
  const { gate, announcer } = useServices()
  const [pass, setPass] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [waitUntil, setWaitUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const seconds = Math.ceil(Math.max(0, waitUntil - now) / 1000)

  useEffect(() => {
    void gate.waitMs().then((ms) => ms > 0 && setWaitUntil(Date.now() + ms))
  }, [gate])
  useEffect(() => {
    if (waitUntil <= now) return
    const timer = setTimeout(() => setNow(Date.now()), 1000)
    return () => clearTimeout(timer)
  }, [waitUntil, now])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (seconds > 0 || busy) return
    setBusy(true)
    setError(undefined)
    try {
      const r = await gate.unlock(pass)
      if (!r.ok) {
        setPass('')
        setError(t('security.wrong'))
        if (r.waitMs > 0) {
          setWaitUntil(Date.now() + r.waitMs)
          setNow(Date.now())
        }
      }
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.unexpected'), 'error')
    } finally {
      setBusy(false)
    }
  }

  const useKeychain = async () => {
    setBusy(true)
    const r = await gate.unlockWithKeychain()
    if (!r.ok) setError(t('security.keychainFailed'))
    setBusy(false)
  }

  return (
    <main id="main" className="screen lock-screen">
      <h1>{t('security.lockedHeading')}</h1>
      <p>{t('security.lockedIntro')}</p>
      <form className="card" onSubmit={submit} noValidate>
        <PassphraseField
          label={t('security.passphrase')}
          value={pass}
          onChange={setPass}
          error={error}
          autoComplete="current-password"
          autoFocus
        />
        {seconds > 0 && (
          <p className="error" role="status">
            {t('security.wait', { count: seconds })}
          </p>
        )}
        <div className="actions">
          {remembered && keychain === 'available' && (
            <button type="button" onClick={useKeychain} disabled={busy}>
              {t('security.unlockKeychain')}
            </button>
          )}
          <button type="submit" className="primary" disabled={busy || seconds > 0}>
            {busy ? t('security.unlocking') : t('security.unlock')}
          </button>
        </div>
      </form>
    </main>
  )
}
