import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'
import { timeField } from '../meetings/meeting'
import { newestTimeFirst } from '../../data/sort-keys'

export const ALERT_LIMITS = { what: 300, where: 300 } as const
/** An alert lasts at most this long after it was raised, whatever a peer wrote. */
export const ALERT_MAX_MS = 7 * 86_400_000

/**
 * An urgent alert for rapid response (an eviction defense, a mobilization tomorrow): what,
 * where and when, raised by a member. It is shown to every member until they acknowledge it,
 * the raiser cancels it, or it expires (by default at the end of the day of `day`).
 */
export const urgentAlertShape = {
  id: field.id(),
  what: field.text({ min: 1, max: ALERT_LIMITS.what }),
  where: field.text({ min: 1, max: ALERT_LIMITS.where }),
  /** When it happens: a day and an optional time (HH:MM). */
  day: field.day(),
  time: timeField(),
  /** Member id of who raised it. */
  raisedBy: field.id(),
  raisedAt: field.timestamp(),
  expiresAt: field.timestamp(),
  /** When the raiser cancelled it (0: not cancelled). */
  cancelledAt: field.optionalTimestamp(),
}
export type UrgentAlert = Infer<typeof urgentAlertShape>

export const urgentAlertsCollection: CollectionDef<typeof urgentAlertShape> = {
  name: 'urgentAlerts',
  shape: urgentAlertShape,
  immutable: ['id', 'raisedBy', 'raisedAt'],
  // Newest first.
  sortKey: (a) => `${newestTimeFirst(a.raisedAt)}:${a.id}`,
  searchText: (a) => [a.what, a.where].join('\n').toLocaleLowerCase(),
}

/**
 * That one member acknowledged one alert. Its id derives from the alert's and the member's
 * ids, so acknowledging on two devices at once writes one record.
 */
export const alertAckShape = {
  id: field.id(),
  alertId: field.id(),
  memberId: field.id(),
  at: field.timestamp(),
}
export type AlertAck = Infer<typeof alertAckShape>

export const alertAcksCollection: CollectionDef<typeof alertAckShape> = {
  name: 'alertAcks',
  shape: alertAckShape,
  immutable: ['id', 'alertId', 'memberId', 'at'],
  sortKey: (a) => `${a.alertId}:${a.memberId}`,
  searchText: () => '',
}

export const alertAckId = (alertId: string, memberId: string) =>
  `${alertId.slice(0, 32)}${memberId.slice(0, 32)}`

/** When an alert stops being shown: its expiry, but never more than ALERT_MAX_MS after raising. */
export const effectiveExpiry = (a: Pick<UrgentAlert, 'raisedAt' | 'expiresAt'>) =>
  Math.min(a.expiresAt, a.raisedAt + ALERT_MAX_MS)
