import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { ORIGIN, write } from '@shared/data/origins'
import { activeAlertsFor, shownAlerts } from '@shared/domain/alerts/active'
import { ALERT_MAX_MS, alertAckId, type UrgentAlert } from '@shared/domain/alerts/alert'
import {
  acknowledgeAlert,
  cancelAlert,
  raiseAlert,
  type AlertInput,
} from '@shared/domain/alerts/commands'
import { alertRaisers, setAlertRaisers } from '@shared/domain/alerts/permissions'
import type { CircleSession } from '@shared/domain/circle/session'
import { keyringMap, readRotations, removedMembers } from '@shared/domain/members/keyring'
import { endOfDay } from '@shared/util/day'
import { circle, ME, NOW, TODAY, YOU } from './today-helpers'

/**
 * Urgent alerts: raised by members the circle allows (checked when raising and again when
 * read), shown to every member until they acknowledge it, it is cancelled or it expires.
 */

const EVICTION: AlertInput = {
  what: 'Eviction defense at the Nguyen family',
  where: '12 Harbour Street',
  day: TODAY,
  time: '07:00',
}

const activeFor = (s: CircleSession, memberId: string, now = NOW) =>
  activeAlertsFor({
    alerts: s.urgentAlerts.getSnapshot(),
    acks: s.alertAcks.getSnapshot(),
    raisers: alertRaisers(s.meta.getSnapshot()),
    memberId,
    now,
  }).map((a) => a.what)

const sync = (a: CircleSession, b: CircleSession) => {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)))
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)))
}

const raised = (s: CircleSession, by = ME, input = EVICTION) => {
  const r = raiseAlert(s, input, by, NOW)
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

describe('urgent alerts', () => {
  it('shows a raised alert to every member until each acknowledges it', () => {
    const a = circle(1)
    const b = circle(2)
    sync(a, b)
    const id = raised(a)
    sync(a, b)
    expect(activeFor(b, YOU)).toEqual([EVICTION.what])
    expect(activeFor(b, ME)).toEqual([EVICTION.what])
    expect(acknowledgeAlert(b, id, YOU, NOW + 1).ok).toBe(true)
    sync(a, b)
    expect(activeFor(a, YOU)).toEqual([])
    // Acknowledging is per member: the raiser still sees it.
    expect(activeFor(a, ME)).toEqual([EVICTION.what])
    expect(acknowledgeAlert(a, 'no-such-alert-xxxxx', ME).ok).toBe(false)
  })

  it('expires at the end of its day, and never lasts more than a week', () => {
    const s = circle()
    const id = raised(s)
    const alert = s.urgentAlerts.get(id)!
    expect(alert.expiresAt).toBe(endOfDay(TODAY))
    expect(activeFor(s, YOU, endOfDay(TODAY) - 1)).toHaveLength(1)
    expect(activeFor(s, YOU, endOfDay(TODAY))).toEqual([])
    // A peer writing a far-away expiry cannot keep an alert up for longer than a week.
    write(s.doc, ORIGIN.alertRaise, () =>
      s.urgentAlerts.update(id, { expiresAt: NOW + 365 * 86_400_000 }),
    )
    expect(activeFor(s, YOU, NOW + ALERT_MAX_MS - 1)).toHaveLength(1)
    expect(activeFor(s, YOU, NOW + ALERT_MAX_MS)).toEqual([])
    // Nor can it schedule one for a year from now by writing a later raising time.
    const later = raised(s)
    write(s.doc, ORIGIN.alertRaise, () => {
      s.urgentAlerts.remove(later)
      s.urgentAlerts.insert({
        ...alert,
        id: later,
        raisedAt: NOW + 365 * 86_400_000,
        expiresAt: NOW + 366 * 86_400_000,
      })
    })
    expect(activeFor(s, YOU)).toEqual([EVICTION.what])
  })

  it('refuses bad input with every error at once and writes nothing', () => {
    const s = circle()
    const r = raiseAlert(s, { what: ' ', where: '', day: '2026-03-09', time: '7am' }, ME, NOW)
    expect(r.ok).toBe(false)
    if (r.ok || r.error.code !== 'invalid') throw new Error('expected invalid')
    expect(r.error.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'day:outOfRange',
      'time:wrongType',
      'what:required',
      'where:required',
    ])
    const far = raiseAlert(s, { ...EVICTION, day: '2026-03-18' }, ME, NOW)
    expect(far.ok ? null : far.error).toEqual({
      code: 'invalid',
      errors: [{ field: 'day', code: 'outOfRange', limit: 7 }],
    })
    const none = raiseAlert(s, { ...EVICTION, day: '' }, ME, NOW)
    expect(none.ok ? null : none.error).toEqual({
      code: 'invalid',
      errors: [{ field: 'day', code: 'required' }],
    })
    expect(s.urgentAlerts.size).toBe(0)
  })

  it('lets only the members the circle lists raise one (checked on write)', () => {
    const s = circle()
    expect(setAlertRaisers(s, { mode: 'listed', members: [YOU] }).ok).toBe(true)
    const r = raiseAlert(s, EVICTION, ME, NOW)
    expect(r.ok ? null : r.error).toEqual({
      code: 'invalid',
      errors: [{ field: 'raisedBy', code: 'notAllowed' }],
    })
    expect(s.urgentAlerts.size).toBe(0)
    expect(raiseAlert(s, EVICTION, YOU, NOW).ok).toBe(true)
    // Only members of the circle can be listed.
    const stranger = setAlertRaisers(s, { mode: 'listed', members: ['stranger-xxxxxxxxxx'] })
    expect(stranger.ok).toBe(false)
    expect(alertRaisers(s.meta.getSnapshot())).toEqual({ mode: 'listed', members: [YOU] })
  })

  it('hides alerts of members not allowed as the setting reads now (checked on read)', () => {
    const a = circle(1)
    const b = circle(2)
    sync(a, b)
    setAlertRaisers(b, { mode: 'listed', members: [YOU] })
    sync(a, b)
    // An outdated or hostile peer writes an alert as ME, past the command's check.
    const forged: UrgentAlert = {
      id: 'forged-alert-xxxxxxxx',
      what: 'Spam',
      where: 'Everywhere',
      day: TODAY,
      time: '',
      raisedBy: ME,
      raisedAt: NOW,
      expiresAt: endOfDay(TODAY),
      cancelledAt: 0,
    }
    write(a.doc, ORIGIN.alertRaise, () => a.urgentAlerts.insert(forged))
    sync(a, b)
    expect(b.urgentAlerts.size).toBe(1)
    expect(activeFor(b, YOU)).toEqual([])
    // Once the circle allows everyone again, it is shown.
    setAlertRaisers(b, { mode: 'everyone' })
    expect(activeFor(b, YOU)).toEqual(['Spam'])
    // An alert raised while allowed disappears when the raiser is no longer allowed.
    setAlertRaisers(b, { mode: 'listed', members: [YOU] })
    expect(activeFor(b, YOU)).toEqual([])
  })

  it('keeps one acknowledgement when a member acknowledges on two devices at once', () => {
    const a = circle(1)
    const b = circle(2)
    sync(a, b)
    const id = raised(a)
    sync(a, b)
    acknowledgeAlert(a, id, YOU, NOW + 1)
    acknowledgeAlert(b, id, YOU, NOW + 2)
    acknowledgeAlert(b, id, ME, NOW + 3)
    sync(a, b)
    expect(a.alertAcks.size).toBe(2)
    expect(a.alertAcks.has(alertAckId(id, YOU))).toBe(true)
    expect(activeFor(a, YOU)).toEqual([])
    expect(activeFor(b, ME)).toEqual([])
  })

  it('no longer shows alerts of a member removed from the circle', () => {
    const s = circle()
    raised(s)
    expect(activeFor(s, YOU)).toHaveLength(1)
    write(s.doc, ORIGIN.memberRemove, () =>
      keyringMap(s.doc).set('rotation-1', { at: NOW, by: YOU, removed: [ME], seals: {} }),
    )
    const removed = removedMembers(readRotations(s.doc))
    const shown = activeAlertsFor({
      alerts: s.urgentAlerts.getSnapshot(),
      acks: [],
      raisers: { mode: 'everyone' },
      memberId: YOU,
      now: NOW,
      removed,
    })
    expect(shown).toEqual([])
  })

  it('lets only the raiser cancel it, for everyone', () => {
    const s = circle()
    const id = raised(s)
    expect(cancelAlert(s, id, YOU, NOW).ok).toBe(false)
    expect(activeFor(s, YOU)).toHaveLength(1)
    expect(cancelAlert(s, id, ME, NOW + 5).ok).toBe(true)
    expect(
      shownAlerts({
        alerts: s.urgentAlerts.getSnapshot(),
        raisers: { mode: 'everyone' },
        now: NOW,
      }),
    ).toEqual([])
  })

  it('sweeps acknowledgements of an alert that was removed', () => {
    const a = circle(1)
    const b = circle(2)
    sync(a, b)
    const id = raised(a)
    sync(a, b)
    write(a.doc, ORIGIN.maintenance, () => a.urgentAlerts.remove(id))
    acknowledgeAlert(b, id, YOU, NOW) // offline, at the same time
    sync(a, b)
    expect(a.alertAcks.size).toBe(1)
    a.maintain()
    b.maintain()
    sync(a, b)
    expect(a.alertAcks.size).toBe(0)
    expect(b.settledInvariants()).toEqual([])
  })
})
