import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { decodeInvite, type Invite } from '@shared/sync/invite'
import { useCircles, useServices } from '../../app/services'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/TextField'
import { errorsByField } from '../../ui/field-errors'
import { FormActions } from '../../ui/FormActions'

/** Paste an invite code, see which circle and who invited, choose a name, join. */
export function JoinDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const circles = useCircles()
  const { router, announcer } = useServices()
  const [text, setText] = useState('')
  const [invite, setInvite] = useState<Invite | null>(null)
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [nameError, setNameError] = useState<string | undefined>()

  const check = async (e: FormEvent) => {
    e.preventDefault()
    const r = await decodeInvite(text)
    if (!r.ok) return setError(t(`sync.inviteErrors.${r.error}`))
    setError(undefined)
    setInvite(r.invite)
  }

  const join = async (e: FormEvent) => {
    e.preventDefault()
    if (!invite) return
    const r = await circles.join(invite, name)
    if (!r.ok)
      return setNameError(
        errorsByField(t, r.error).memberName ?? t(`errors.domain.${r.error.code}`),
      )
    announcer.say(t('sync.joined', { name: invite.circleName }))
    onClose()
    router.go({ name: 'people', circleId: r.value })
  }

  return (
    <Dialog open title={t('sync.joinHeading')} onClose={onClose}>
      {invite === null ? (
        <form onSubmit={check} noValidate>
          <TextField
            label={t('sync.pasteCode')}
            value={text}
            onChange={setText}
            error={error}
            multiline
            autoFocus
          />
          <FormActions onCancel={onClose} submitLabel={t('sync.check')} />
        </form>
      ) : (
        <form onSubmit={join} noValidate>
          <p className="banner">
            {t('sync.invitation', { name: invite.circleName, by: invite.invitedBy })}
          </p>
          <TextField
            label={t('circles.memberName')}
            hint={t('circles.memberNameHint')}
            value={name}
            onChange={setName}
            error={nameError}
            required
            autoFocus
          />
          <FormActions onCancel={onClose} submitLabel={t('sync.join')} />
        </form>
      )}
    </Dialog>
  )
}
