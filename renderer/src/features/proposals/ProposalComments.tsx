import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { commentOnProposal } from '@shared/domain/proposals/commands'
import {
  PROPOSAL_LIMITS,
  type Proposal,
  type ProposalComment,
} from '@shared/domain/proposals/proposal'
import { useServices } from '../../app/services'
import { TextField } from '../../ui/TextField'
import { errorsByField } from '../../ui/field-errors'

/** The discussion of a proposal: comments oldest first, and a field to add one. */
export function ProposalComments(props: {
  session: CircleSession
  proposal: Proposal
  comments: readonly ProposalComment[]
  memberId: string
  memberName: (id: string) => string
  time: (ms: number) => string
}) {
  const { session, proposal, comments, memberId } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const headingId = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | undefined>()
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const r = commentOnProposal(session, { proposalId: proposal.id, memberId, text })
    if (!r.ok) {
      if (r.error.code === 'invalid') setError(errorsByField(t, r.error).text)
      else announcer.say(t(`errors.domain.${r.error.code}`), 'error')
      return
    }
    setError(undefined)
    setText('')
    announcer.say(t('proposals.commented'))
  }
  return (
    <section className="proposal-comments" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('proposals.comments')}</h5>
      {comments.length === 0 ? (
        <p className="muted">{t('proposals.noComments')}</p>
      ) : (
        <ul aria-label={t('proposals.commentsLabel', { text: proposal.text.slice(0, 80) })}>
          {comments.map((c) => (
            <li key={c.id}>
              <p className="comment-text">{c.text}</p>
              <p className="muted">
                {t('proposals.commentBy', {
                  name:
                    c.memberId === memberId
                      ? `${props.memberName(c.memberId)} (${t('proposals.you')})`
                      : props.memberName(c.memberId),
                  time: props.time(c.at),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="comment-form">
        <TextField
          label={t('proposals.comment')}
          value={text}
          onChange={setText}
          error={error}
          multiline
          maxLength={PROPOSAL_LIMITS.comment * 2}
        />
        <button type="submit" disabled={session.readOnly}>
          {t('proposals.addComment')}
        </button>
      </form>
    </section>
  )
}
