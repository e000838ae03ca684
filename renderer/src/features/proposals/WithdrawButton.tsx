import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainError } from '@shared/data/result'
import type { CircleSession } from '@shared/domain/circle/session'
import { withdrawProposal } from '@shared/domain/proposals/commands'
import type { Proposal } from '@shared/domain/proposals/proposal'
import { useServices } from '../../app/services'
import { ConfirmDialog } from '../../ui/ConfirmDialog'

/** Withdraws an open proposal, after asking. */
export function WithdrawButton(props: {
  session: CircleSession
  proposal: Proposal
  memberId: string
  onFail: (e: DomainError) => void
}) {
  const { session, proposal, memberId, onFail } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [asking, setAsking] = useState(false)
  const confirm = () => {
    setAsking(false)
    const r = withdrawProposal(session, { proposalId: proposal.id, by: memberId })
    if (!r.ok) return onFail(r.error)
    announcer.say(t('proposals.withdrawn'))
  }
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} disabled={session.readOnly}>
        {t('proposals.withdraw')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('proposals.withdrawHeading')}
          confirmLabel={t('proposals.withdrawConfirm')}
          onConfirm={confirm}
          onClose={() => setAsking(false)}
        >
          <p>{t('proposals.withdrawBody')}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
