import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { sealBackup } from '@shared/crypto/backup'
import { MIN_PASSPHRASE_LENGTH } from '@shared/crypto/passphrase'
import type { CircleEntry } from '../../data/local-db'
import { useCircles, useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { ProgressStatus } from '../../ui/ProgressStatus'
import { PassphraseField } from '../../security/PassphraseField'
import { backupFileName, download } from './download'

/** Exports one circle as an encrypted backup file, with progress. */
export function BackupDialog({ circle, onClose }: { circle: CircleEntry; onClose: () => void }) {
  const { t } = useTranslation()
  const circles = useCircles()
  const { announcer } = useServices()
  const [pass, setPass] = useState('')
  const [again, setAgain] = useState('')
  const [errors, setErrors] = useState<{ pass?: string; again?: string }>({})
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (pass.length < MIN_PASSPHRASE_LENGTH)
      return setErrors({ pass: t('security.tooShort', { min: MIN_PASSPHRASE_LENGTH }) })
    if (pass !== again) return setErrors({ again: t('security.mismatch') })
    setErrors({})
    setProgress({ done: 0, total: 1 })
    try {
      const exported = await circles.exportState(circle.id)
      if (!exported) throw new Error('circle could not be opened')
      const { entry, state } = exported
      const blob = await sealBackup(
        {
          circleId: entry.id,
          name: entry.name,
          language: entry.language,
          exportedAt: Date.now(),
          state,
        },
        pass,
        (done, total) => setProgress({ done, total }),
      )
      const file = backupFileName(new Date())
      download(blob, file)
      announcer.say(t('backup.done', { file }))
      onClose()
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.unexpected'), 'error')
      setProgress(null)
    }
  }

  return (
    <Dialog open title={t('backup.exportHeading', { name: circle.name })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('backup.exportIntro')}</p>
        <PassphraseField
          label={t('backup.passphrase')}
          value={pass}
          onChange={setPass}
          error={errors.pass}
          autoComplete="new-password"
          autoFocus
        />
        <PassphraseField
          label={t('security.confirm')}
          value={again}
          onChange={setAgain}
          error={errors.again}
          autoComplete="new-password"
        />
        {progress && <ProgressStatus {...progress} label={t('backup.progress', progress)} />}
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={progress !== null}>
            {t('backup.create')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
