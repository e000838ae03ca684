import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { removeAction, removeDecision } from '@shared/domain/meetings/action-commands'
import type { Result } from '@shared/data/result'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { ActionDialog } from './RecordDialogs'
import { useActionMeta, useToggleAction } from './record-text'

/**
 * The decisions and action items of a meeting, as a list beside the notes (the notes show
 * each where it was recorded). Completing an item here completes it everywhere.
 */
export function MeetingRecords({ circle, meetingId }: { circle: OpenCircle; meetingId: string }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const allActions = useStore(session.actions)
  const allDecisions = useStore(session.decisions)
  const actions = useMemo(
    () => allActions.filter((a) => a.meetingId === meetingId),
    [allActions, meetingId],
  )
  const decisions = useMemo(
    () => allDecisions.filter((d) => d.meetingId === meetingId),
    [allDecisions, meetingId],
  )
  const meta = useActionMeta(circle)
  const toggle = useToggleAction(circle)
  const [editing, setEditing] = useState<string | null>(null)
  const headingId = useId()
  const ro = session.readOnly
  const say = (r: Result<unknown>) => {
    if (!r.ok) announcer.say(t(`errors.domain.${r.error.code}`), 'error')
  }
  const editingAction = editing ? (session.actions.get(editing) ?? null) : null

  return (
    <section className="meeting-records" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('meetings.actions.heading')}</h3>
      <h4>{t('meetings.actions.decisions')}</h4>
      {decisions.length === 0 ? (
        <p className="empty">{t('meetings.actions.noDecisions')}</p>
      ) : (
        <ul className="record-list">
          {decisions.map((d) => (
            <li key={d.id}>
              <span className="record-text">{d.text}</span>
              <button
                type="button"
                className="icon"
                disabled={ro}
                aria-label={t('meetings.actions.removeDecision', { text: d.text })}
                onClick={() => say(removeDecision(session, d.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('meetings.actions.actions')}</h4>
      {actions.length === 0 ? (
        <p className="empty">{t('meetings.actions.noActions')}</p>
      ) : (
        <ul className="record-list">
          {actions.map((a) => (
            <li key={a.id} className={a.doneAt > 0 ? 'done' : undefined}>
              <input
                type="checkbox"
                checked={a.doneAt > 0}
                disabled={ro}
                aria-label={t('meetings.actions.done', { text: a.text })}
                onChange={(e) => toggle(a, e.target.checked)}
              />
              <span className="record-text">{a.text}</span>
              <span className="muted">{meta(a)}</span>
              <button
                type="button"
                className="small"
                disabled={ro}
                aria-label={t('meetings.actions.editAction', { text: a.text })}
                onClick={() => setEditing(a.id)}
              >
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="icon"
                disabled={ro}
                aria-label={t('meetings.actions.removeAction', { text: a.text })}
                onClick={() => say(removeAction(session, a.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {editingAction && (
        <ActionDialog
          circle={circle}
          meetingId={meetingId}
          action={editingAction}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      )}
    </section>
  )
}
