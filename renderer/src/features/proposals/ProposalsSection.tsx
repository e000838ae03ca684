import { useCallback, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import type { ProposalComment, Vote } from '@shared/domain/proposals/proposal'
import { useStore } from '../../app/use-store'
import { useNow } from '../../ui/use-now'
import { ProposalCard } from './ProposalCard'
import { ProposalDialog } from './ProposalDialog'
import './proposals.css'

const NO_VOTES: readonly Vote[] = []
const NO_COMMENTS: readonly ProposalComment[] = []

/** Groups records by their proposal id. */
function byProposal<T extends { proposalId: string }>(records: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of records) {
    const list = out.get(r.proposalId)
    if (list) list.push(r)
    else out.set(r.proposalId, [r])
  }
  return out
}

/** The proposals of a meeting: create one, vote, discuss, close into a decision. */
export function ProposalsSection({ circle, meetingId }: { circle: OpenCircle; meetingId: string }) {
  const { t } = useTranslation()
  const { session } = circle
  const memberId = circle.entry.member.id
  const headingId = useId()
  const all = useStore(session.proposals)
  const votes = useStore(session.votes)
  const comments = useStore(session.proposalComments)
  const members = useStore(session.members)
  const now = useNow(5000)
  const [adding, setAdding] = useState(false)
  const proposals = useMemo(() => all.filter((p) => p.meetingId === meetingId), [all, meetingId])
  const votesBy = useMemo(() => byProposal(votes), [votes])
  const commentsBy = useMemo(() => byProposal(comments), [comments])
  const names = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members])
  const memberName = useCallback(
    (id: string) =>
      names.get(id) ?? (id === memberId ? circle.entry.member.name : t('proposals.unknownMember')),
    [names, memberId, circle.entry.member.name, t],
  )
  return (
    <section className="proposals" aria-labelledby={headingId}>
      <div className="proposals-header">
        <h3 id={headingId}>{t('proposals.heading')}</h3>
        <button
          type="button"
          className="primary"
          onClick={() => setAdding(true)}
          disabled={session.readOnly}
        >
          {t('proposals.new')}
        </button>
      </div>
      <p className="muted">{t('proposals.intro')}</p>
      {proposals.length === 0 ? (
        <p className="empty">{t('proposals.empty')}</p>
      ) : (
        <ul className="proposal-list" aria-label={t('proposals.listLabel')}>
          {proposals.map((p) => (
            <ProposalCard
              key={p.id}
              session={session}
              proposal={p}
              votes={votesBy.get(p.id) ?? NO_VOTES}
              comments={commentsBy.get(p.id) ?? NO_COMMENTS}
              memberId={memberId}
              memberName={memberName}
              now={now}
            />
          ))}
        </ul>
      )}
      {adding && (
        <ProposalDialog
          session={session}
          meetingId={meetingId}
          memberId={memberId}
          onClose={() => setAdding(false)}
        />
      )}
    </section>
  )
}
