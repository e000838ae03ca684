import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import { newId } from '../../util/id'
import { addDays, dayOf, endOfDay } from '../../util/day'
import type { CircleSession } from '../circle/session'
import {
  ALERT_MAX_MS,
  alertAckId,
  urgentAlertShape,
  type AlertAck,
  type UrgentAlert,
} from './alert'
import { alertRaisers, mayRaiseAlerts } from './permissions'

export interface AlertInput {
  what: string
  where: string
  /** The day it happens (YYYY-MM-DD, today or within the next week) and its time ('' none). */
  day: string
  time: string
}

/** How many days ahead an alert's day may lie (it is urgent: it expires within a week). */
export const ALERT_DAYS_AHEAD = 7

/**
 * Raises an urgent alert, if the circle allows `by` to. It expires at the end of its day, and
 * at the latest a week after it was raised.
 */
export function raiseAlert(
  session: CircleSession,
  input: AlertInput,
  by: string,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!mayRaiseAlerts(alertRaisers(session.meta.getSnapshot()), by))
    return failure({ code: 'invalid', errors: [{ field: 'raisedBy', code: 'notAllowed' }] })
  const checked = checkWrite(urgentAlertShape, {
    what: input.what,
    where: input.where,
    day: input.day,
    time: input.time,
  })
  const errors: FieldError[] = checked.ok ? [] : [...checked.errors]
  const day = input.day.trim()
  const today = dayOf(now)
  if (day === '') errors.push({ field: 'day', code: 'required' })
  else if (!errors.some((e) => e.field === 'day') && day < today)
    errors.push({ field: 'day', code: 'outOfRange' })
  else if (!errors.some((e) => e.field === 'day') && day > addDays(today, ALERT_DAYS_AHEAD))
    errors.push({ field: 'day', code: 'outOfRange', limit: ALERT_DAYS_AHEAD })
  if (errors.length > 0 || !checked.ok) return failure({ code: 'invalid', errors })
  const alert: UrgentAlert = {
    id: newId(),
    what: checked.value.what!,
    where: checked.value.where!,
    day,
    time: checked.value.time ?? '',
    raisedBy: by,
    raisedAt: now,
    expiresAt: Math.min(endOfDay(day), now + ALERT_MAX_MS),
    cancelledAt: 0,
  }
  return write(session.doc, ORIGIN.alertRaise, () => {
    const r = session.urgentAlerts.insert(alert)
    return r.ok ? success(alert.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/**
 * Records that `memberId` saw an alert: it is no longer shown to them. The record's id derives
 * from alert and member, so acknowledging on two devices at once leaves one record.
 */
export function acknowledgeAlert(
  session: CircleSession,
  alertId: string,
  memberId: string,
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.urgentAlerts.has(alertId)) return failure({ code: 'notFound' })
  const id = alertAckId(alertId, memberId)
  if (session.alertAcks.has(id)) return success(undefined)
  const ack: AlertAck = { id, alertId, memberId, at: now }
  return write(session.doc, ORIGIN.alertAcknowledge, () => {
    const r = session.alertAcks.insert(ack)
    return r.ok ? success(undefined) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Cancels an alert for everyone. Only the member who raised it may. */
export function cancelAlert(
  session: CircleSession,
  alertId: string,
  memberId: string,
  now = Date.now(),
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const alert = session.urgentAlerts.get(alertId)
  if (!alert) return failure({ code: 'notFound' })
  if (alert.raisedBy !== memberId)
    return failure({ code: 'invalid', errors: [{ field: 'raisedBy', code: 'notAllowed' }] })
  if (alert.cancelledAt > 0) return success(undefined)
  return write(session.doc, ORIGIN.alertCancel, () => {
    const r = session.urgentAlerts.update(alertId, { cancelledAt: now })
    return r.ok ? success(undefined) : failure({ code: 'notFound' })
  })
}
