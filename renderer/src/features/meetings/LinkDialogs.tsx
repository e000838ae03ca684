import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MEETING_LIMITS } from '@shared/domain/meetings/meeting'
import { safeExternalUrl } from '@shared/util/links'
import { useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { FormActions } from '../../ui/FormActions'
import { TextField } from '../../ui/TextField'

/** Asks for a link's address; only http, https and mailto are taken. */
export function LinkDialog(props: {
  initial: string
  onSave(url: string): void
  onRemove: (() => void) | null
  onClose(): void
}) {
  const { t } = useTranslation()
  const [address, setAddress] = useState(props.initial)
  const [error, setError] = useState<string | undefined>()
  const formRef = useRef<HTMLFormElement>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const url = safeExternalUrl(address)
    if (url === null) {
      setError(t('meetings.notes.linkRefused'))
      formRef.current?.querySelector('input')?.focus()
      return
    }
    props.onSave(url)
  }
  return (
    <Dialog open title={t('meetings.notes.linkHeading')} onClose={props.onClose}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          label={t('meetings.notes.linkAddress')}
          hint={t('meetings.notes.linkHint')}
          value={address}
          onChange={setAddress}
          error={error}
          required
          autoFocus
          maxLength={MEETING_LIMITS.link}
        />
        {props.onRemove && (
          <button type="button" onClick={props.onRemove}>
            {t('common.remove')}
          </button>
        )}
        <FormActions onCancel={props.onClose} submitLabel={t('common.save')} />
      </form>
    </Dialog>
  )
}

/**
 * Shows the full address of a link before it leaves the app; only after the user confirms is
 * it opened, by the platform: the system browser or mail program in the desktop app (the main
 * process checks the address again), a new tab without access to this page in a browser. The
 * address can also be copied instead.
 */
export function OpenLinkDialog(props: { url: string; onClose(): void }) {
  const { t } = useTranslation()
  const { platform, announcer } = useServices()
  const url = safeExternalUrl(props.url)
  const fieldRef = useRef<HTMLInputElement>(null)
  const fieldId = useId()
  const copy = async () => {
    let ok: boolean
    try {
      await navigator.clipboard.writeText(url ?? '')
      ok = true
    } catch {
      // Without the clipboard permission: copy the selected address the old way.
      fieldRef.current?.select()
      ok = document.execCommand('copy')
    }
    if (ok) {
      announcer.say(t('meetings.notes.copied'))
      props.onClose()
    } else announcer.say(t('errors.unexpected'), 'error')
  }
  const open = () => {
    if (url === null) return props.onClose()
    platform.openLink(url).then(props.onClose, () => {
      announcer.say(t('meetings.notes.linkRefused'), 'error')
    })
  }
  return (
    <Dialog open title={t('meetings.notes.openHeading')} onClose={props.onClose}>
      {url === null ? (
        <p role="alert">{t('meetings.notes.linkRefused')}</p>
      ) : (
        <>
          <p>{t('meetings.notes.openBody')}</p>
          <div className="field">
            <label htmlFor={fieldId}>{t('meetings.notes.linkAddress')}</label>
            <input
              id={fieldId}
              ref={fieldRef}
              className="link-address"
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
            />
          </div>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={props.onClose} autoFocus>
          {t('common.cancel')}
        </button>
        {url !== null && (
          <button type="button" onClick={() => void copy()}>
            {t('meetings.notes.copy')}
          </button>
        )}
        {url !== null && (
          <button type="button" className="primary" onClick={open}>
            {t('meetings.notes.openConfirm')}
          </button>
        )}
      </div>
    </Dialog>
  )
}
