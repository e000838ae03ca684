import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../app/services'
import { Dialog } from '../ui/Dialog'
import { panicWipe } from './wipe'

export const WIPE_ANCHOR = 'wipe-open'

/** Wipe all data, confirmed by typing a word (in the interface language). */
export function WipeSection() {
  const { t } = useTranslation()
  const services = useServices()
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const id = useId()
  const word = t('security.wipeWord')

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (typed.trim().toLocaleUpperCase() !== word.toLocaleUpperCase()) return
    setBusy(true)
    try {
      await panicWipe(services)
    } finally {
      window.location.replace(window.location.pathname)
    }
  }

  return (
    <div className="card danger-zone">
      <h2>{t('security.wipeHeading')}</h2>
      <p>{t('security.wipeIntro')}</p>
      <button id={WIPE_ANCHOR} type="button" className="danger" onClick={() => setOpen(true)}>
        {t('security.wipeOpen')}
      </button>
      <Dialog open={open} title={t('security.wipeConfirmHeading')} onClose={() => setOpen(false)}>
        <form onSubmit={submit} noValidate>
          <p>{t('security.wipeIntro')}</p>
          <div className="field">
            <label htmlFor={id}>{t('security.wipeTypeWord', { word })}</label>
            <input
              id={id}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              autoFocus
            />
          </div>
          <div className="actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="danger"
              disabled={busy || typed.trim().toLocaleUpperCase() !== word.toLocaleUpperCase()}
            >
              {busy ? t('security.wiping') : t('security.wipeConfirm')}
            </button>
          </div>
        </form>
      </Dialog>
    </div>
  )
}
