import { useId, useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/data/result'
import type { CircleSession } from '@shared/domain/circle/session'
import { DECISION_TEXT_MAX } from '@shared/domain/meetings/action'
import { castVote, closeProposal, votingOpen } from '@shared/domain/proposals/commands'
import {
  choicesOf,
  type Proposal,
  type ProposalComment,
  type Vote,
} from '@shared/domain/proposals/proposal'
import { tally } from '@shared/domain/proposals/tally'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { ProposalComments } from './ProposalComments'
import { WithdrawButton } from './WithdrawButton'
import { useProposalText } from './proposal-text'

interface Props {
  session: CircleSession
  proposal: Proposal
  votes: readonly Vote[]
  comments: readonly ProposalComment[]
  memberId: string
  memberName: (id: string) => string
  now: number
}

/** Keeps a decision within its length limit however long the proposal's text is. */
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** One proposal: its live tally, the member's vote, closing it, and the discussion. */
export function ProposalCard(props: Props) {
  const { session, proposal: p, votes, memberId, now } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const text = useProposalText()
  const headingId = useId()
  const [closing, setClosing] = useState(false)
  const result = useMemo(() => tally(p, votes), [p, votes])
  const open = votingOpen(p, now)
  const fail = (error: DomainError) =>
    announcer.say(
      error.code === 'invalid' ? t('proposals.notAllowed') : t(`errors.domain.${error.code}`),
      'error',
    )
  const resultText =
    p.status === 'decided'
      ? text.result(p.outcome, p.winner)
      : text.result(result.result, result.winner)

  const close = () => {
    setClosing(false)
    const decisionText = clip(
      t('proposals.decisionText', {
        text: clip(p.text, 1200),
        result: text.result(result.result, result.winner),
        counts: text.counts(p, result),
      }),
      DECISION_TEXT_MAX,
    )
    const r = closeProposal(session, { proposalId: p.id, by: memberId, decisionText })
    if (!r.ok) return fail(r.error)
    const closed = session.proposals.get(p.id)
    announcer.say(
      t('proposals.closed', { result: text.result(closed?.outcome ?? '', closed?.winner ?? '') }),
    )
  }

  return (
    <li>
      <article className="card proposal" aria-labelledby={headingId}>
        <h4 id={headingId} className="proposal-text">
          {p.text}
        </h4>
        <p className="muted">
          {t('proposals.meta', {
            kind: t(`proposals.kindShort.${p.kind}`),
            status: t(`proposals.status.${p.status}`),
          })}
          {p.deadline > 0 && (
            <>
              {' · '}
              {p.status === 'open' && now > p.deadline
                ? t('proposals.deadlinePassed', { time: text.time(p.deadline) })
                : t('proposals.until', { time: text.time(p.deadline) })}
            </>
          )}
          {p.quorum > 0 && (
            <>
              {' · '}
              {t('proposals.quorumOf', { count: p.quorum })}
            </>
          )}
        </p>
        <table className="tally">
          <caption>{t('proposals.tallyLabel', { text: clip(p.text, 80) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('proposals.choiceHeader')}</th>
              <th scope="col">{t('proposals.countHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {[...result.counts].map(([c, n]) => (
              <tr key={c}>
                <th scope="row">{text.choice(p, c)}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="tally-result">
          {t('proposals.voters', { count: result.voters })}
          {' · '}
          <strong>{t('proposals.result', { result: resultText })}</strong>
        </p>
        {p.status === 'decided' && p.decisionId !== '' && (
          <p className="muted">{t('proposals.decisionRecorded')}</p>
        )}
        {open ? (
          <VoteForm
            session={session}
            proposal={p}
            current={result.latest.get(memberId)?.choice ?? null}
            memberId={memberId}
            onFail={fail}
          />
        ) : (
          p.status === 'open' && <p>{t('proposals.votingClosed')}</p>
        )}
        {p.status === 'open' && (
          <div className="row-actions">
            <button type="button" onClick={() => setClosing(true)} disabled={session.readOnly}>
              {t('proposals.close')}
            </button>
            <WithdrawButton session={session} proposal={p} memberId={memberId} onFail={fail} />
          </div>
        )}
        <ProposalComments
          session={session}
          proposal={p}
          comments={props.comments}
          memberId={memberId}
          memberName={props.memberName}
          time={text.time}
        />
      </article>
      {closing && (
        <ConfirmDialog
          title={t('proposals.closeHeading')}
          confirmLabel={t('proposals.closeConfirm')}
          onConfirm={close}
          onClose={() => setClosing(false)}
        >
          <p>{t('proposals.closeBody', { result: text.result(result.result, result.winner) })}</p>
        </ConfirmDialog>
      )}
    </li>
  )
}

/** The member's vote: a radio group of the answers, changeable while voting is open. */
function VoteForm(props: {
  session: CircleSession
  proposal: Proposal
  current: string | null
  memberId: string
  onFail: (e: DomainError) => void
}) {
  const { session, proposal: p, current } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const text = useProposalText()
  const name = useId()
  const [picked, setPicked] = useState<string | null>(current)
  const [error, setError] = useState('')
  const chosen = picked ?? current
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (chosen === null) return setError(t('proposals.pickChoice'))
    setError('')
    const r = castVote(session, { proposalId: p.id, memberId: props.memberId, choice: chosen })
    if (!r.ok) return props.onFail(r.error)
    announcer.say(t('proposals.voted', { choice: text.choice(p, chosen) }))
  }
  return (
    <form className="vote-form" onSubmit={submit} noValidate>
      <fieldset aria-describedby={error ? `${name}-error` : undefined}>
        <legend>{t('proposals.yourVote')}</legend>
        {choicesOf(p).map((c) => (
          <label key={c} className="vote-choice">
            <input
              type="radio"
              name={name}
              value={c}
              checked={chosen === c}
              onChange={() => setPicked(c)}
            />
            {text.choice(p, c)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={`${name}-error`} className="error" role="alert">
          {error}
        </p>
      )}
      <p className="muted">
        {current === null
          ? t('proposals.notVoted')
          : t('proposals.currentVote', { choice: text.choice(p, current) })}
      </p>
      <button type="submit" className="primary" disabled={session.readOnly}>
        {current === null ? t('proposals.vote') : t('proposals.changeVote')}
      </button>
    </form>
  )
}
