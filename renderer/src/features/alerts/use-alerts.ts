import { useMemo } from 'react'
import type { CircleSession } from '@shared/domain/circle/session'
import { activeAlertsFor } from '@shared/domain/alerts/active'
import type { UrgentAlert } from '@shared/domain/alerts/alert'
import { readRotations, removedMembers } from '@shared/domain/members/keyring'
import { alertRaisers, mayRaiseAlerts, type AlertRaisers } from '@shared/domain/alerts/permissions'
import { useStore } from '../../app/use-store'
import { useNow } from '../../ui/use-now'

/** Who may raise alerts in the circle, as its setting reads now. */
export function useAlertRaisers(session: CircleSession): AlertRaisers {
  const meta = useStore(session.meta)
  return useMemo(() => alertRaisers(meta), [meta])
}

export function useMayRaise(session: CircleSession, memberId: string): boolean {
  return mayRaiseAlerts(useAlertRaisers(session), memberId)
}

/** The alerts this member has not acknowledged that are still on, newest first. */
export function useActiveAlerts(session: CircleSession, memberId: string): UrgentAlert[] {
  const alerts = useStore(session.urgentAlerts)
  const acks = useStore(session.alertAcks)
  // A removal rotates the circle's secret and is read with the members (as useOrganizers does).
  const members = useStore(session.members)
  const removed = useMemo(
    () => removedMembers(readRotations(session.doc)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, members],
  )
  const raisers = useAlertRaisers(session)
  // Re-read every half minute, so that an alert goes away when it expires.
  const now = useNow(30_000)
  return useMemo(
    () => activeAlertsFor({ alerts, acks, raisers, memberId, now, removed }),
    [alerts, acks, raisers, memberId, now, removed],
  )
}
