import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../../app/use-store'
import { useActionMeta, useToggleAction } from '../record-text'
import { useNotesContext } from './notes-context'
import { recordId } from './record-id'

/** An action item placed in the notes: its live text, who, by when, and a done checkbox. */
export function ActionItemView({ node }: ReactNodeViewProps) {
  const { t } = useTranslation()
  const { circle, editAction } = useNotesContext()
  const { session } = circle
  useStore(session.actions)
  const meta = useActionMeta(circle)
  const toggle = useToggleAction(circle)
  const checkId = useId()
  const action = session.actions.get(recordId(node.attrs.id))
  return (
    <NodeViewWrapper className="note-record note-action" contentEditable={false}>
      <span className="note-record-kind" aria-hidden="true">
        {t('meetings.actions.actionLabel')}
      </span>
      {action ? (
        <>
          <input
            id={checkId}
            type="checkbox"
            checked={action.doneAt > 0}
            disabled={session.readOnly}
            onChange={(e) => toggle(action, e.target.checked)}
            aria-label={t('meetings.actions.done', { text: action.text })}
          />
          <span className={action.doneAt > 0 ? 'note-record-text done' : 'note-record-text'}>
            {action.text}
          </span>
          <span className="muted note-record-meta">{meta(action)}</span>
          <button
            type="button"
            className="small"
            onClick={() => editAction(action.id)}
            disabled={session.readOnly}
            aria-label={t('meetings.actions.editAction', { text: action.text })}
          >
            {t('common.edit')}
          </button>
        </>
      ) : (
        <span className="muted">{t('meetings.actions.removedRecord')}</span>
      )}
    </NodeViewWrapper>
  )
}

/** A decision placed in the notes: its live text. */
export function DecisionView({ node }: ReactNodeViewProps) {
  const { t } = useTranslation()
  const { circle } = useNotesContext()
  useStore(circle.session.decisions)
  const decision = circle.session.decisions.get(recordId(node.attrs.id))
  return (
    <NodeViewWrapper className="note-record note-decision" contentEditable={false}>
      <span className="note-record-kind">{t('meetings.actions.decisionLabel')}</span>
      {decision ? (
        <span className="note-record-text">{decision.text}</span>
      ) : (
        <span className="muted">{t('meetings.actions.removedRecord')}</span>
      )}
    </NodeViewWrapper>
  )
}
