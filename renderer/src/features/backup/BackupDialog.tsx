import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { sealBackup } from '@shared/crypto/backup'
import type { CircleEntry } from '../../data/local-db'
import { useCircles, useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { ProgressStatus } from '../../ui/ProgressStatus'
import {
  checkNewPassphrase,
  NewPassphraseFields,
  type NewPassphraseErrors,
} from '../../security/NewPassphraseFields'
import { backupFileName, download } from './download'
import { FormActions } from '../../ui/FormActions'

/** Exports one circle as an encrypted backup file, with progress. */
export function BackupDialog({ circle, onClose }: { circle: CircleEntry; onClose: () => void }) {
  const { t } = useTranslation()
  const circles = useCircles()
  const { announcer } = useServices()
  const [pass, setPass] = useState('')
  const [again, setAgain] = useState('')
  const [errors, setErrors] = useState<NewPassphraseErrors>({})
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const problems = checkNewPassphrase(t, pass, again)
    setErrors(problems)
    if (problems.pass || problems.again) return
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
          // So that the circle restored on another laptop can sync with the members again.
          secret: entry.secret,
          signaling: entry.signaling,
          memberName: entry.member.name,
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
        <NewPassphraseFields
          t={t}
          label={t('backup.passphrase')}
          pass={pass}
          again={again}
          onPass={setPass}
          onAgain={setAgain}
          errors={errors}
          autoFocus
        />
        {progress && <ProgressStatus {...progress} label={t('backup.progress', progress)} />}
        <FormActions onCancel={onClose} submitLabel={t('backup.create')} busy={progress !== null} />
      </form>
    </Dialog>
  )
}
