import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import {
  isLogShortcut,
  LOG_SHORTCUT,
  openCircleConversations,
  useConversationActions,
  type ConversationActions,
  type ConversationRequest,
} from './actions'
import { CorrectConversationDialog, LogConversationDialog } from './LogConversationDialog'
import { RedactConversationDialog, RemoveConversationDialog } from './RedactConversationDialog'
import './conversations.css'

/**
 * The conversation dialogs of an open circle, which any screen inside it can open (they render
 * here, outside the dialog that asked, so Escape closes only the top one), and the quick
 * command's shortcut, Ctrl+Shift+L (Cmd+Shift+L on a Mac).
 */
export function ConversationDialogs({ circle }: { circle: OpenCircle }) {
  const [request, setRequest] = useState<ConversationRequest | null>(null)
  // Each request gets its own dialog instance (fresh form state).
  const [serial, setSerial] = useState(0)
  const readOnly = circle.session.readOnly
  const actions = useMemo<ConversationActions>(() => {
    const open = (r: ConversationRequest) => {
      if (readOnly) return
      setRequest(r)
      setSerial((n) => n + 1)
    }
    return { open, log: (personId) => open({ kind: 'log', personId }), readOnly }
  }, [readOnly])
  useEffect(() => {
    openCircleConversations.set(actions)
    return () => {
      if (openCircleConversations.getSnapshot() === actions) openCircleConversations.set(null)
    }
  }, [actions])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLogShortcut(e)) return
      e.preventDefault()
      actions.log(null)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [actions])
  const close = () => setRequest(null)
  return (
    <>
      {request?.kind === 'log' && (
        <LogConversationDialog
          key={serial}
          circle={circle}
          personId={request.personId}
          onClose={close}
        />
      )}
      {request?.kind === 'correct' && (
        <CorrectConversationDialog key={serial} circle={circle} id={request.id} onClose={close} />
      )}
      {request?.kind === 'redact' && (
        <RedactConversationDialog key={serial} circle={circle} id={request.id} onClose={close} />
      )}
      {request?.kind === 'remove' && (
        <RemoveConversationDialog key={serial} circle={circle} id={request.id} onClose={close} />
      )}
    </>
  )
}

/** The quick command in the circle header: log a conversation, choosing the person first. */
export function LogConversationButton() {
  const { t } = useTranslation()
  const actions = useConversationActions()
  if (!actions) return null
  return (
    <button
      type="button"
      className="log-conversation"
      aria-keyshortcuts={LOG_SHORTCUT}
      onClick={() => actions.log(null)}
      disabled={actions.readOnly}
    >
      {t('conversations.log')}
    </button>
  )
}
