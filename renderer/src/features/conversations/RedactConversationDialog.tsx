import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { removeConversation } from '@shared/domain/conversations/commands'
import type { Conversation } from '@shared/domain/conversations/conversation'
import {
  REDACTABLE,
  redactConversation,
  type Redactable,
} from '@shared/domain/conversations/redact'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { Dialog } from '../../ui/Dialog'
import { formatDay } from './form-values'

const hasText = (c: Conversation, f: Redactable) =>
  f === 'issues' ? c.issues.length > 0 : c[f].trim() !== ''

/**
 * Asks which text of a conversation to remove and says what redacting does: the text goes
 * from every member's laptop once it syncs, not from earlier backups and exports.
 */
export function RedactConversationDialog(props: {
  circle: OpenCircle
  id: string
  onClose: () => void
}) {
  const { circle, id, onClose } = props
  const { session } = circle
  const { t, i18n } = useTranslation()
  const { announcer } = useServices()
  const [conversation] = useState(() => session.conversations.get(id))
  const withText = conversation ? REDACTABLE.filter((f) => hasText(conversation, f)) : []
  const [chosen, setChosen] = useState<Redactable[]>(withText)
  const [error, setError] = useState('')
  const baseId = useId()
  if (!conversation) return null
  const redact = () => {
    if (chosen.length === 0) return setError(t('conversations.redact.choose'))
    const r = redactConversation(session, id, chosen, circle.entry.member.id)
    if (!r.ok) return setError(t(`errors.domain.${r.error.code}`))
    announcer.say(t('conversations.redact.done'))
    onClose()
  }
  const date = formatDay(conversation.date, i18n.language)
  return (
    <Dialog open title={t('conversations.redact.heading', { date })} onClose={onClose}>
      <p id={`${baseId}-explain`}>{t('conversations.redact.explain')}</p>
      {withText.length === 0 ? (
        <p>{t('conversations.redact.empty')}</p>
      ) : (
        <fieldset className="conversation-checks" aria-describedby={`${baseId}-explain`}>
          <legend>{t('conversations.redact.fields')}</legend>
          {withText.map((f) => (
            <div className="field checkbox" key={f}>
              <input
                id={`${baseId}-${f}`}
                type="checkbox"
                checked={chosen.includes(f)}
                aria-invalid={error ? true : undefined}
                onChange={(e) =>
                  setChosen((old) => (e.target.checked ? [...old, f] : old.filter((x) => x !== f)))
                }
              />
              <label htmlFor={`${baseId}-${f}`}>{t(`conversations.redact.fieldNames.${f}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
        {withText.length > 0 && (
          <button type="button" className="danger" onClick={redact}>
            {t('conversations.redact.confirm')}
          </button>
        )}
      </div>
    </Dialog>
  )
}

/** Asks before deleting a conversation (and the assessment it added). */
export function RemoveConversationDialog(props: {
  circle: OpenCircle
  id: string
  onClose: () => void
}) {
  const { circle, id, onClose } = props
  const { t, i18n } = useTranslation()
  const { announcer } = useServices()
  const [conversation] = useState(() => circle.session.conversations.get(id))
  if (!conversation) return null
  return (
    <ConfirmDialog
      title={t('conversations.remove.heading', {
        date: formatDay(conversation.date, i18n.language),
      })}
      confirmLabel={t('conversations.remove.confirm')}
      onClose={onClose}
      onConfirm={() => {
        const r = removeConversation(circle.session, id)
        announcer.say(
          r.ok ? t('conversations.remove.done') : t(`errors.domain.${r.error.code}`),
          r.ok ? 'info' : 'error',
        )
        onClose()
      }}
    >
      <p>{t('conversations.remove.body')}</p>
    </ConfirmDialog>
  )
}
