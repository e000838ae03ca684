import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ORIGIN, write } from '@shared/data/origins'
import { completeFollowUp, setCommitmentStatus } from '@shared/domain/conversations/follow-ups'
import { keyringMap } from '@shared/domain/members/keyring'
import {
  assignableMembers,
  assignPeople,
  organizerStatus,
  reassignAll,
} from '@shared/domain/people/assign'
import { FollowUpIndex } from '@shared/domain/today/follow-up-index'
import { followUpSettings, setFollowUpSettings } from '@shared/domain/today/settings'
import { buildToday, type TodayList } from '@shared/domain/today/today'
import { addDays } from '@shared/util/day'
import { circle, ME, NOW, person, talk, TODAY, YOU } from './today-helpers'

const settings = { quietDays: 30 }
const indexOf = (s: ReturnType<typeof circle>) => new FollowUpIndex(s.people, s.conversations)
const names = (list: readonly { person: { name: string } }[]) => list.map((x) => x.person.name)

describe('Today', () => {
  it('lists my follow-ups due today and overdue, most overdue first, not later ones', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const amir = person(s, 'Amir')
    const lena = person(s, 'Lena')
    const jonas = person(s, 'Jonas')
    talk(s, rosa, { followUpOn: TODAY })
    talk(s, amir, { followUpOn: addDays(TODAY, -5) })
    talk(s, lena, { followUpOn: addDays(TODAY, 1) })
    talk(s, jonas, { followUpOn: addDays(TODAY, -1), members: [YOU], loggedBy: YOU })
    const today = buildToday(indexOf(s), { memberId: ME, today: TODAY, settings })
    expect(names(today.followUps)).toEqual(['Amir', 'Rosa'])
    expect(today.followUps.map((f) => f.overdueDays)).toEqual([5, 0])
    expect(today.dueCount).toBe(2)
    const yours = buildToday(indexOf(s), { memberId: YOU, today: TODAY, settings })
    expect(names(yours.followUps)).toEqual(['Jonas'])
  })

  it('completes a follow-up in one action; a later conversation also settles it', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const amir = person(s, 'Amir')
    const c = talk(s, rosa, { followUpOn: TODAY, date: addDays(TODAY, -7) })
    talk(s, amir, { followUpOn: TODAY, date: addDays(TODAY, -7) })
    const index = indexOf(s)
    const off = index.subscribe(() => {})
    expect(buildToday(index, { memberId: ME, today: TODAY, settings }).followUps).toHaveLength(2)
    expect(completeFollowUp(s, { conversationId: c, by: ME }, NOW).ok).toBe(true)
    expect(s.conversations.get(c)).toMatchObject({ followUpDoneAt: NOW, followUpDoneBy: ME })
    expect(names(buildToday(index, { memberId: ME, today: TODAY, settings }).followUps)).toEqual([
      'Amir',
    ])
    talk(s, amir, { date: TODAY })
    expect(buildToday(index, { memberId: ME, today: TODAY, settings }).followUps).toEqual([])
    off()
  })

  it('refuses to complete what has no follow-up, and nothing in a read-only circle', () => {
    const s = circle()
    const c = talk(s, person(s, 'Rosa'))
    expect(completeFollowUp(s, { conversationId: c, by: ME })).toEqual({
      ok: false,
      error: { code: 'notFound' },
    })
  })

  it('lists commitments due in the next 7 days and overdue; kept or missed leave the list', () => {
    const s = circle()
    const rosa = person(s, 'Rosa')
    const amir = person(s, 'Amir')
    const lena = person(s, 'Lena')
    const due = (d: number) => ({
      commitment: 'Bring two coworkers',
      commitmentStatus: 'open' as const,
      commitmentDue: addDays(TODAY, d),
    })
    const late = talk(s, rosa, due(-2))
    talk(s, amir, due(3))
    talk(s, lena, due(8))
    const index = indexOf(s)
    const off = index.subscribe(() => {})
    let today: TodayList = buildToday(index, { memberId: ME, today: TODAY, settings })
    expect(names(today.commitments)).toEqual(['Rosa', 'Amir'])
    expect(today.commitments.map((c) => c.dueInDays)).toEqual([-2, 3])
    expect(today.dueCount).toBe(1)
    expect(setCommitmentStatus(s, { conversationId: late, status: 'kept' }).ok).toBe(true)
    today = buildToday(index, { memberId: ME, today: TODAY, settings })
    expect(names(today.commitments)).toEqual(['Amir'])
    expect(today.dueCount).toBe(0)
    off()
  })

  it('lists my assigned people nobody talked with in N days; N is the circle’s', () => {
    const s = circle()
    const rosa = person(s, 'Rosa', { organizerId: ME })
    const amir = person(s, 'Amir', { organizerId: ME })
    const lena = person(s, 'Lena', { organizerId: ME })
    person(s, 'Jonas', { organizerId: YOU })
    talk(s, rosa, { date: addDays(TODAY, -40) })
    talk(s, amir, { date: addDays(TODAY, -10) })
    const index = indexOf(s)
    const n = (s2: typeof s) => followUpSettings(s2.meta.getSnapshot())
    let today = buildToday(index, { memberId: ME, today: TODAY, settings: n(s) })
    expect(names(today.quiet)).toEqual(['Lena', 'Rosa'])
    expect(today.quiet.map((q) => q.days)).toEqual([null, 40])
    expect(setFollowUpSettings(s, { quietDays: 7 }).ok).toBe(true)
    today = buildToday(index, { memberId: ME, today: TODAY, settings: n(s) })
    expect(names(today.quiet)).toEqual(['Lena', 'Rosa', 'Amir'])
    void lena
  })

  it('refuses settings out of range and unknown ones, with field errors', () => {
    const s = circle()
    const r = setFollowUpSettings(s, { quietDays: 0, readyMinKept: 1.5 })
    expect(r.ok).toBe(false)
    if (!r.ok && r.error.code === 'invalid')
      expect(r.error.errors.map((e) => e.field).sort()).toEqual(['quietDays', 'readyMinKept'])
    const bad = setFollowUpSettings(s, { name: 'x' } as never)
    expect(bad.ok).toBe(false)
    expect(followUpSettings(s.meta.getSnapshot()).quietDays).toBe(30)
  })
})

const sync = (a: ReturnType<typeof circle>, b: ReturnType<typeof circle>) => {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)), 'remote')
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)), 'remote')
}

describe('two members at once', () => {
  it('both completing the same follow-up offline end with it done, the same on both', () => {
    const a = circle(1)
    const rosa = person(a, 'Rosa')
    const c = talk(a, rosa, { followUpOn: TODAY })
    const b = circle(2)
    sync(a, b)
    completeFollowUp(a, { conversationId: c, by: ME }, NOW)
    completeFollowUp(b, { conversationId: c, by: YOU }, NOW + 1)
    sync(a, b)
    expect(a.conversations.get(c)).toEqual(b.conversations.get(c))
    expect(a.conversations.get(c)!.followUpDoneAt).toBeGreaterThan(0)
    for (const s of [a, b])
      expect(buildToday(indexOf(s), { memberId: ME, today: TODAY, settings }).followUps).toEqual([])
  })

  it('a person assigned offline to an organizer being reassigned stays with them, to reassign', () => {
    const a = circle(1)
    person(a, 'Rosa', { organizerId: ME })
    const b = circle(2)
    sync(a, b)
    expect(reassignAll(a, ME, YOU)).toEqual({ ok: true, value: 1 })
    const amir = person(b, 'Amir', { organizerId: ME })
    sync(a, b)
    expect(a.people.get(amir)?.organizerId).toBe(ME)
    expect(reassignAll(a, ME, YOU)).toEqual({ ok: true, value: 1 })
    sync(a, b)
    expect(b.people.getSnapshot().map((p) => p.organizerId)).toEqual([YOU, YOU])
  })
})

describe('assignment', () => {
  it('assigns people and reassigns all of one organizer to another in one step', () => {
    const s = circle()
    const ids = ['Rosa', 'Amir', 'Lena'].map((n) => person(s, n))
    const jonas = person(s, 'Jonas', { organizerId: YOU })
    expect(assignPeople(s, ids, ME)).toEqual({ ok: true, value: 3 })
    expect(reassignAll(s, ME, YOU)).toEqual({ ok: true, value: 3 })
    expect(s.people.getSnapshot().every((p) => p.organizerId === YOU)).toBe(true)
    expect(reassignAll(s, YOU, '')).toEqual({ ok: true, value: 4 })
    expect(s.people.get(jonas)?.organizerId).toBe('')
  })

  it('a removed member’s people stay theirs, shown as a former member, until reassigned', () => {
    const s = circle()
    const rosa = person(s, 'Rosa', { organizerId: YOU })
    write(s.doc, ORIGIN.memberRemove, () =>
      keyringMap(s.doc).set('rotation-1', { at: NOW, by: ME, removed: [YOU], seals: {} }),
    )
    expect(organizerStatus(s, YOU)).toBe('former')
    expect(organizerStatus(s, ME)).toBe('current')
    expect(organizerStatus(s, '')).toBe('none')
    expect(organizerStatus(s, 'stranger-zzzzzzzz')).toBe('unknown')
    expect(assignableMembers(s).map((m) => m.id)).toEqual([ME])
    expect(s.people.get(rosa)?.organizerId).toBe(YOU)
    expect(assignPeople(s, [person(s, 'Amir')], YOU).ok).toBe(false)
    expect(reassignAll(s, YOU, ME)).toEqual({ ok: true, value: 1 })
    expect(s.people.get(rosa)?.organizerId).toBe(ME)
  })

  it('refuses to assign to someone who is not a member', () => {
    const s = circle()
    const id = person(s, 'Rosa')
    const r = assignPeople(s, [id], 'nobody-zzzzzzzzzz')
    expect(r).toEqual({
      ok: false,
      error: { code: 'invalid', errors: [{ field: 'organizerId', code: 'notAllowed' }] },
    })
    expect(s.people.get(id)?.organizerId).toBe('')
  })
})
