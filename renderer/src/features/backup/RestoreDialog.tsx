import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BackupError, openBackup } from '@shared/crypto/backup'
import { useCircles, useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { ProgressStatus } from '../../ui/ProgressStatus'
import { PassphraseField } from '../../security/PassphraseField'
import { FormActions } from '../../ui/FormActions'

/** Restores a circle from an encrypted backup file (merging into it if it is already here). */
export function RestoreDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const circles = useCircles()
  const { announcer, router } = useServices()
  const [file, setFile] = useState<File | null>(null)
  const [pass, setPass] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const fileId = useId()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!file) return setError(t('backup.errors.noFile'))
    setError(undefined)
    setProgress({ done: 0, total: 1 })
    try {
      const content = await openBackup(
        new Uint8Array(await file.arrayBuffer()),
        pass,
        (done, total) => setProgress({ done, total }),
      )
      const id = await circles.restore(content)
      announcer.say(t('backup.restored', { name: content.name }))
      onClose()
      router.go({ name: 'people', circleId: id })
    } catch (err) {
      setProgress(null)
      if (err instanceof BackupError) setError(t(`backup.errors.${err.code}`))
      else {
        console.error(err)
        setError(t('backup.errors.damaged'))
      }
    }
  }

  return (
    <Dialog open title={t('backup.restoreHeading')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('backup.restoreIntro')}</p>
        <div className="field">
          <label htmlFor={fileId}>{t('backup.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".rhizome,application/octet-stream"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <PassphraseField
          label={t('backup.passphrase')}
          value={pass}
          onChange={setPass}
          error={error}
          autoComplete="current-password"
        />
        {progress && <ProgressStatus {...progress} label={t('backup.restoreProgress', progress)} />}
        <FormActions
          onCancel={onClose}
          submitLabel={t('backup.restoreStart')}
          busy={progress !== null}
        />
      </form>
    </Dialog>
  )
}
