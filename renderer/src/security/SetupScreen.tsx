import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSPHRASE_LENGTH } from '@shared/crypto/passphrase'
import type { KeychainStatus } from '@shared/platform/bridge'
import { useServices } from '../app/services'
import {
  checkNewPassphrase,
  NewPassphraseFields,
  type NewPassphraseErrors,
} from './NewPassphraseFields'

/** First start: choose a passphrase (and optionally the OS keychain). */
export function SetupScreen({ keychain }: { keychain: KeychainStatus }) {
  const { t } = useTranslation()
  const { gate, announcer } = useServices()
  const [pass, setPass] = useState('')
  const [again, setAgain] = useState('')
  const [remember, setRemember] = useState(false)
  const [errors, setErrors] = useState<NewPassphraseErrors>({})
  const [busy, setBusy] = useState(false)
  const rememberId = useId()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const next = checkNewPassphrase(t, pass, again)
    setErrors(next)
    if (next.pass || next.again) return
    setBusy(true)
    try {
      await gate.setup(pass, remember && keychain === 'available')
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.storage.writeFailed'), 'error')
      setBusy(false)
    }
  }

  return (
    <main id="main" className="screen lock-screen">
      <h1>{t('security.setupHeading')}</h1>
      <p>{t('security.setupIntro')}</p>
      <form className="card" onSubmit={submit} noValidate>
        <NewPassphraseFields
          t={t}
          label={t('security.passphrase')}
          hint={t('security.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          pass={pass}
          again={again}
          onPass={setPass}
          onAgain={setAgain}
          errors={errors}
          autoFocus
        />
        <div className="check">
          <input
            id={rememberId}
            type="checkbox"
            checked={remember}
            disabled={keychain !== 'available'}
            onChange={(e) => setRemember(e.target.checked)}
            aria-describedby={`${rememberId}-hint`}
          />
          <label htmlFor={rememberId}>{t('security.remember')}</label>
          <p id={`${rememberId}-hint`} className="hint">
            {keychain === 'available'
              ? t('security.rememberHint')
              : keychain === 'insecure'
                ? t('security.rememberInsecure')
                : t('security.rememberUnavailable')}
          </p>
        </div>
        <p className="hint">{t('security.noRecovery')}</p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('security.working') : t('security.start')}
        </button>
      </form>
    </main>
  )
}
