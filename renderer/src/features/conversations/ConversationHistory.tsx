import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { conversationsOf } from '@shared/domain/conversations/commands'
import type { Conversation } from '@shared/domain/conversations/conversation'
import type { Person } from '@shared/domain/people/person'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { useConversationActions } from './actions'
import { formatDay } from './form-values'

type TextField = 'issues' | 'cares' | 'ask' | 'commitment' | 'notes'

/** A person's logged conversations, newest first, with who and when, and what can be done. */
export function ConversationHistory({ circle, person }: { circle: OpenCircle; person: Person }) {
  const { t, i18n } = useTranslation()
  const { session } = circle
  const all = useStore(session.conversations)
  const edits = useStore(session.conversationEdits)
  const members = useStore(session.members)
  const actions = useConversationActions()
  const headingId = useId()
  const list = useMemo(() => conversationsOf(all, person.id), [all, person.id])
  const redactedFields = useMemo(() => {
    const out = new Map<string, Set<string>>()
    for (const e of edits)
      if (e.kind === 'redact') {
        const set = out.get(e.conversationId) ?? new Set<string>()
        for (const f of e.fields) set.add(f)
        out.set(e.conversationId, set)
      }
    return out
  }, [edits])
  const memberName = (id: string) =>
    members.find((m) => m.id === id)?.name ??
    (id === circle.entry.member.id
      ? circle.entry.member.name
      : t('conversations.history.unknownMember'))
  const when = (ms: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(ms)

  const entry = (c: Conversation) => {
    const date = formatDay(c.date, i18n.language)
    const redacted = redactedFields.get(c.id)
    const shown = (f: TextField, label: string, value: string) => {
      const empty = value === ''
      if (empty && !redacted?.has(f)) return null
      return (
        <div key={f}>
          <dt>{label}</dt>
          <dd className={empty ? 'redacted' : undefined}>
            {empty ? t('conversations.history.redactedText') : value}
          </dd>
        </div>
      )
    }
    const commitment =
      c.commitment !== '' && c.commitmentDue !== ''
        ? t('conversations.history.commitmentDue', {
            text: c.commitment,
            date: formatDay(c.commitmentDue, i18n.language),
          })
        : c.commitment
    const status =
      c.commitmentStatus === 'none' ? '' : t(`conversations.history.status.${c.commitmentStatus}`)
    return (
      <li key={c.id} className="conversation-entry">
        <p className="conversation-summary">
          {t('conversations.history.summary', {
            date,
            channel: t(`conversations.channels.${c.channel}`),
            members: c.members.map(memberName).join(', '),
          })}
        </p>
        <dl className="conversation-details">
          {shown('issues', t('conversations.history.issues'), c.issues.join(', '))}
          {shown('cares', t('conversations.history.cares'), c.cares)}
          {shown('ask', t('conversations.history.ask'), c.ask)}
          {shown(
            'commitment',
            t('conversations.history.commitment'),
            commitment === '' ? '' : status ? `${commitment} · ${status}` : commitment,
          )}
          {c.assessment > 0 && (
            <div>
              <dt>{t('conversations.history.assessment')}</dt>
              <dd>{t(`person.assessment.labels.${String(c.assessment) as '1'}`)}</dd>
            </div>
          )}
          {c.followUpOn !== '' && (
            <div>
              <dt>{t('conversations.history.followUp')}</dt>
              <dd>
                {c.followUpDoneAt > 0
                  ? t('conversations.history.followUpDone', {
                      date: formatDay(c.followUpOn, i18n.language),
                    })
                  : formatDay(c.followUpOn, i18n.language)}
              </dd>
            </div>
          )}
          {shown('notes', t('conversations.history.notes'), c.notes)}
        </dl>
        <p className="muted conversation-meta">
          {t('conversations.history.loggedBy', { name: memberName(c.loggedBy) })}
          {c.editedAt > 0 && (
            <span className="edit-note">
              {t('conversations.history.corrected', {
                name: memberName(c.editedBy),
                date: when(c.editedAt),
              })}
            </span>
          )}
          {c.redactedAt > 0 && (
            <span className="edit-note">
              {t('conversations.history.redacted', {
                name: memberName(c.redactedBy),
                date: when(c.redactedAt),
              })}
            </span>
          )}
        </p>
        {actions && !actions.readOnly && (
          <div className="conversation-actions">
            <button
              type="button"
              className="link"
              aria-label={t('conversations.history.correctLabel', { date })}
              onClick={() => actions.open({ kind: 'correct', id: c.id })}
            >
              {t('conversations.history.correct')}
            </button>
            <button
              type="button"
              className="link"
              aria-label={t('conversations.history.redactLabel', { date })}
              onClick={() => actions.open({ kind: 'redact', id: c.id })}
            >
              {t('conversations.history.redact')}
            </button>
            <button
              type="button"
              className="link danger"
              aria-label={t('conversations.history.removeLabel', { date })}
              onClick={() => actions.open({ kind: 'remove', id: c.id })}
            >
              {t('conversations.history.remove')}
            </button>
          </div>
        )}
      </li>
    )
  }

  return (
    <section className="person-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conversations.history.heading')}</h3>
      {actions && (
        <button type="button" onClick={() => actions.log(person.id)} disabled={actions.readOnly}>
          {t('conversations.logWith', { name: person.name })}
        </button>
      )}
      {list.length === 0 ? (
        <p className="muted">{t('conversations.history.empty')}</p>
      ) : (
        <ol
          className="conversation-list"
          aria-label={t('conversations.history.listLabel', { name: person.name })}
        >
          {list.map(entry)}
        </ol>
      )}
    </section>
  )
}
