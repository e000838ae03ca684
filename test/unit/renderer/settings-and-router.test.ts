import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { LocalDb } from '../../../renderer/src/data/local-db'
import { SettingsStore, clampTextScale } from '../../../renderer/src/data/settings'
import { parseRoute, routeHref } from '../../../renderer/src/app/router'

describe('settings', () => {
  it('falls back to English for an unknown stored locale, and says so', async () => {
    const db = new LocalDb('settings-1')
    await db.settings.put({ key: 'locale', value: 'xx' })
    const s = await SettingsStore.load(db, ['fr-FR'])
    expect(s.getSnapshot().locale).toBe('en')
    expect(s.localeFellBack).toBe(true)
  })

  it('takes the browser language when nothing is stored, and persists changes', async () => {
    const db = new LocalDb('settings-2')
    const s = await SettingsStore.load(db, ['de-AT', 'en'])
    expect(s.getSnapshot()).toEqual({
      locale: 'de',
      textScale: 100,
      idleMinutes: 10,
      signaling: [],
      iceServers: [],
      reminders: true,
    })
    await s.setLocale('en')
    await s.setTextScale(173)
    await s.setReminders(false)
    expect((await SettingsStore.load(db, ['de'])).getSnapshot()).toEqual({
      locale: 'en',
      textScale: 170,
      idleMinutes: 10,
      signaling: [],
      iceServers: [],
      reminders: false,
    })
  })

  it('keeps the text size between 100 and 200 %', () => {
    expect([
      clampTextScale(50),
      clampTextScale(250),
      clampTextScale('big'),
      clampTextScale(Number.NaN),
    ]).toEqual([100, 200, 100, 100])
  })
})

describe('router', () => {
  it('round-trips routes and treats anything else as the circle list', () => {
    for (const r of [
      { name: 'circles' },
      { name: 'settings' },
      { name: 'people', circleId: 'abcdefgh12' },
    ] as const) {
      expect(parseRoute(routeHref(r))).toEqual(r)
    }
    expect(parseRoute('#/circle/<script>')).toEqual({ name: 'circles' })
    expect(parseRoute('#/nonsense')).toEqual({ name: 'circles' })
  })

  it('opens one meeting of the meetings view, and only with a well-formed id', () => {
    for (const r of [
      { name: 'people', circleId: 'abcdefgh12', view: 'meetings' },
      { name: 'people', circleId: 'abcdefgh12', view: 'meetings', meetingId: 'meeting-0001' },
      { name: 'people', circleId: 'abcdefgh12', view: 'actions' },
    ] as const) {
      expect(parseRoute(routeHref(r))).toEqual(r)
    }
    expect(
      routeHref({
        name: 'people',
        circleId: 'abcdefgh12',
        view: 'meetings',
        meetingId: 'm1234567',
      }),
    ).toBe('#/circle/abcdefgh12/meetings/m1234567')
    expect(parseRoute('#/circle/abcdefgh12/meetings/<script>')).toEqual({
      name: 'people',
      circleId: 'abcdefgh12',
      view: 'meetings',
    })
    // A meeting id belongs to the meetings view only.
    expect(parseRoute('#/circle/abcdefgh12/chart/m1234567')).toEqual({
      name: 'people',
      circleId: 'abcdefgh12',
      view: 'chart',
    })
  })
})
