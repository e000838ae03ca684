import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleMeta } from '../circle/meta'
import type { CircleSession } from '../circle/session'

/** Who may raise an urgent alert: every member, or only the members listed. */
export type AlertRaisers = { mode: 'everyone' } | { mode: 'listed'; members: readonly string[] }

/** The circle's setting as stored (every member may, until the circle decides otherwise). */
export function alertRaisers(meta: CircleMeta | null): AlertRaisers {
  if (!meta || meta.alertRaisersMode === 'everyone') return { mode: 'everyone' }
  return { mode: 'listed', members: meta.alertRaisers }
}

export function mayRaiseAlerts(raisers: AlertRaisers, memberId: string): boolean {
  return memberId !== '' && (raisers.mode === 'everyone' || raisers.members.includes(memberId))
}

/**
 * Sets who may raise alerts. Listed ids must be members of the circle (a member removed later
 * stays listed but can no longer write to the circle).
 */
export function setAlertRaisers(session: CircleSession, raisers: AlertRaisers): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const members = raisers.mode === 'listed' ? [...new Set(raisers.members)] : []
  if (members.some((id) => !session.members.has(id)))
    return failure({ code: 'invalid', errors: [{ field: 'alertRaisers', code: 'notAllowed' }] })
  write(session.doc, ORIGIN.circleSettings, () => {
    const map = session.meta.map
    if (map.get('alertRaisersMode') !== raisers.mode) map.set('alertRaisersMode', raisers.mode)
    const before = map.get('alertRaisers')
    if (
      raisers.mode === 'listed' &&
      !(Array.isArray(before) && before.join(' ') === members.join(' '))
    )
      map.set('alertRaisers', members)
  })
  return success(undefined)
}
