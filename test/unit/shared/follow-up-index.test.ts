import { describe, expect, it } from 'vitest'
import { ORIGIN, write } from '@shared/data/origins'
import { completeFollowUp, setCommitmentStatus } from '@shared/domain/conversations/follow-ups'
import { removePerson, updatePerson } from '@shared/domain/people/commands'
import { FollowUpIndex } from '@shared/domain/today/follow-up-index'
import { buildReady, ReadyBuilder } from '@shared/domain/today/ready'
import { followUpSettings } from '@shared/domain/today/settings'
import { buildToday, TodayBuilder } from '@shared/domain/today/today'
import { addDays } from '@shared/util/day'
import { circle, ME, NOW, person, talk, TODAY, YOU } from './today-helpers'

/**
 * The follow-up index and the list builders, updated change by change, against the same lists
 * computed from scratch and the slow, obvious way, through random changes.
 */

const settings = { quietDays: 30 }
const indexOf = (s: ReturnType<typeof circle>) => new FollowUpIndex(s.people, s.conversations)

/** What Today should be, computed the slow, obvious way from the collections. */
function naiveToday(s: ReturnType<typeof circle>, memberId: string, today: string) {
  const convs = s.conversations.getSnapshot()
  const latest = new Map<string, (typeof convs)[number]>()
  for (const c of convs) {
    const l = latest.get(c.personId)
    const later =
      !l ||
      c.date > l.date ||
      (c.date === l.date &&
        (c.createdAt > l.createdAt || (c.createdAt === l.createdAt && c.id > l.id)))
    if (later) latest.set(c.personId, c)
  }
  const mine = (c: (typeof convs)[number]) =>
    c.members.includes(memberId) ||
    c.loggedBy === memberId ||
    s.people.get(c.personId)?.organizerId === memberId
  const follow = [...latest.values()]
    .filter((c) => s.people.has(c.personId) && c.followUpOn !== '' && c.followUpDoneAt === 0)
    .filter((c) => c.followUpOn <= today && mine(c))
    .map((c) => c.id)
    .sort()
  const commit = convs
    .filter((c) => s.people.has(c.personId) && c.commitmentStatus === 'open' && mine(c))
    .filter((c) => c.commitmentDue !== '' && c.commitmentDue <= addDays(today, 7))
    .map((c) => c.id)
    .sort()
  const quiet = s.people
    .getSnapshot()
    .filter((p) => p.organizerId === memberId)
    .filter((p) => {
      const l = latest.get(p.id)
      return !l || l.date <= addDays(today, -30)
    })
    .map((p) => p.id)
    .sort()
  return { follow, commit, quiet }
}

describe('the follow-up index', () => {
  it('stays equal to a computation from scratch through random changes', () => {
    let seed = 7
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
    const s = circle()
    const index = indexOf(s)
    const off = index.subscribe(() => {})
    const builders = new Map([ME, YOU].map((m) => [m, new TodayBuilder(index)]))
    const ready = new ReadyBuilder(index)
    const readyInput = () => ({
      meetings: s.meetings.getSnapshot(),
      attendance: s.attendance.getSnapshot(),
      tests: s.structureTests.getSnapshot(),
      participation: s.participation.getSnapshot(),
      today: TODAY,
      settings: { ...followUpSettings(s.meta.getSnapshot()), readyMinKept: 1 },
    })
    const people: string[] = []
    const convs: string[] = []
    const day = () => addDays(TODAY, Math.floor(rand() * 80) - 60)
    for (let step = 0; step < 400; step++) {
      const live = people.filter((id) => s.people.has(id))
      const liveConvs = convs.filter((id) => s.conversations.has(id))
      const r = rand()
      if (r < 0.15 || live.length === 0) {
        people.push(
          person(s, `P${step}`, { organizerId: rand() < 0.5 ? ME : rand() < 0.5 ? YOU : '' }),
        )
      } else if (r < 0.5) {
        const open = rand() < 0.5
        convs.push(
          talk(s, pick(live), {
            date: day(),
            members: [pick([ME, YOU])],
            loggedBy: pick([ME, YOU]),
            followUpOn: rand() < 0.6 ? day() : '',
            commitment: open ? 'x' : '',
            commitmentStatus: open ? 'open' : 'none',
            commitmentDue: open ? day() : '',
          }),
        )
      } else if (r < 0.6 && liveConvs.length > 0) {
        const id = pick(liveConvs)
        const c = s.conversations.get(id)!
        if (c.followUpOn !== '') completeFollowUp(s, { conversationId: id, by: ME }, NOW)
      } else if (r < 0.68 && liveConvs.length > 0) {
        const id = pick(liveConvs)
        if (s.conversations.get(id)!.commitmentStatus !== 'none')
          setCommitmentStatus(s, { conversationId: id, status: pick(['kept', 'missed', 'open']) })
      } else if (r < 0.78) {
        updatePerson(s, pick(live), { organizerId: pick([ME, YOU, '']) })
      } else if (r < 0.83) {
        removePerson(s, pick(live))
      } else if (r < 0.9 && liveConvs.length > 0) {
        const id = pick(liveConvs)
        write(s.doc, ORIGIN.conversationCorrect, () => s.conversations.update(id, { date: day() }))
      } else if (liveConvs.length > 0) {
        const id = pick(liveConvs)
        write(s.doc, ORIGIN.conversationRemove, () => s.conversations.remove(id))
      }
      if (step % 7 === 3) people.push(person(s, `L${step}`, { leader: true }))
      if (step % 20 !== 19) continue
      expect(ready.build(readyInput())).toEqual(buildReady({ ...readyInput(), data: indexOf(s) }))
      for (const memberId of [ME, YOU]) {
        const got = builders.get(memberId)!.build({ memberId, today: TODAY, settings })
        const fresh = buildToday(indexOf(s), { memberId, today: TODAY, settings })
        expect(got).toEqual(fresh)
        const want = naiveToday(s, memberId, TODAY)
        expect(got.followUps.map((f) => f.conversation.id).sort()).toEqual(want.follow)
        expect(got.commitments.map((f) => f.conversation.id).sort()).toEqual(want.commit)
        expect(got.quiet.map((q) => q.person.id).sort()).toEqual(want.quiet)
      }
    }
    off()
  })
})
