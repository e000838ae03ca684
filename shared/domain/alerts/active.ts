import { alertAckId, effectiveExpiry, type AlertAck, type UrgentAlert } from './alert'
import { mayRaiseAlerts, type AlertRaisers } from './permissions'

/** How far ahead of this device's clock another's may run (an alert "raised" later waits). */
const CLOCK_SKEW_MS = 86_400_000

/**
 * The alerts the circle shows now: raised by a member the circle allows (as the setting reads
 * now, so a hostile or outdated peer cannot spam), not cancelled, not expired, not raised in
 * the future (beyond a day of clock difference), not by a member removed from the circle.
 * Newest first.
 */
export function shownAlerts(input: {
  alerts: readonly UrgentAlert[]
  raisers: AlertRaisers
  now: number
  /** Members removed from the circle: their alerts are no longer shown. */
  removed?: ReadonlySet<string>
}): UrgentAlert[] {
  return input.alerts
    .filter(
      (a) =>
        mayRaiseAlerts(input.raisers, a.raisedBy) &&
        !input.removed?.has(a.raisedBy) &&
        a.cancelledAt === 0 &&
        a.raisedAt <= input.now + CLOCK_SKEW_MS &&
        input.now < effectiveExpiry(a),
    )
    .sort((a, b) => b.raisedAt - a.raisedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The alerts shown to one member: those the circle shows that they have not acknowledged. */
export function activeAlertsFor(input: {
  alerts: readonly UrgentAlert[]
  acks: readonly AlertAck[]
  raisers: AlertRaisers
  memberId: string
  now: number
  removed?: ReadonlySet<string>
}): UrgentAlert[] {
  const mine = new Set<string>()
  for (const k of input.acks)
    if (k.memberId === input.memberId && k.id === alertAckId(k.alertId, k.memberId))
      mine.add(k.alertId)
  return shownAlerts(input).filter((a) => !mine.has(a.id))
}
