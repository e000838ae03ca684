/**
 * today-100k: the Today and "Ready for a next step" lists of a circle of 100,000 people and
 * 50,000 logged conversations (with follow-ups and commitments), 12 meetings' attendance and
 * 3 structure tests' participation, rebuilt after one new log.
 *
 * Measured: one new conversation logged through the real command (which also touches the
 * person), the FollowUpIndex's update from the collections' change deltas, and building one
 * member's Today plus the circle's Ready list from it. Floor: one pass over 50,000 plain
 * conversation objects picking the open follow-ups of one member, in the same run.
 *
 * `npx tsx bench/today.ts` prints the JSON line; progress goes to stderr.
 */
import { ORIGIN, write } from '../shared/data/origins'
import { logConversation } from '../shared/domain/conversations/commands'
import type { Conversation } from '../shared/domain/conversations/conversation'
import { attendanceId } from '../shared/domain/meetings/meeting'
import { participationId } from '../shared/domain/structure-tests/structure-test'
import { FollowUpIndex } from '../shared/domain/today/follow-up-index'
import { ReadyBuilder } from '../shared/domain/today/ready'
import { followUpSettings } from '../shared/domain/today/settings'
import { TodayBuilder } from '../shared/domain/today/today'
import { addDays, dayOf } from '../shared/util/day'
import { emit, gcNow, isMain, median, round, timedSync, type BenchLine } from './helpers'
import { buildCircle, makePeople, seeded, seededId } from './people'

const log = (msg: string) => console.error(`# today: ${msg}`)
const TARGET_MS = 50

export async function benchToday(opts: {
  people: number
  conversations: number
  members?: number
  runs?: number
}): Promise<BenchLine> {
  const runs = opts.runs ?? 15
  const rand = seeded(9)
  const memberIds = Array.from({ length: opts.members ?? 20 }, () => seededId(rand))
  const me = memberIds[0]!
  const now = Date.now()
  const today = dayOf(now)
  const day = (back: number) => addDays(today, -Math.floor(rand() * back))

  let t = Date.now()
  const people = makePeople(opts.people).map((p) => ({
    ...p,
    organizerId: rand() < 0.9 ? memberIds[Math.floor(rand() * memberIds.length)]! : '',
    leader: rand() < 0.05,
  }))
  const session = buildCircle(people)
  write(session.doc, ORIGIN.memberRegister, () => {
    for (const [i, id] of memberIds.entries())
      session.members.insert({
        id,
        name: `Member ${i}`,
        colour: '#1d4ed8',
        pkx: 'x'.repeat(43),
        pky: 'y'.repeat(43),
        joinedAt: now,
      })
  })
  write(session.doc, ORIGIN.conversationLog, () => {
    for (let i = 0; i < opts.conversations; i++) {
      const date = day(180)
      const member = memberIds[Math.floor(rand() * memberIds.length)]!
      const committed = rand() < 0.3
      const c: Conversation = {
        id: seededId(rand),
        personId: people[Math.floor(rand() * people.length)]!.id,
        date,
        members: [member],
        channel: 'inPerson',
        issues: ['rent'],
        cares: '',
        ask: '',
        commitment: committed ? 'Come to the meeting' : '',
        commitmentDue: committed ? addDays(date, 14) : '',
        commitmentStatus: committed ? (['open', 'kept', 'missed'] as const)[i % 3]! : 'none',
        assessment: 0,
        followUpOn: rand() < 0.4 ? addDays(date, 7 + Math.floor(rand() * 30)) : '',
        followUpDoneAt: 0,
        followUpDoneBy: '',
        notes: '',
        guideId: '',
        assessmentId: '',
        loggedBy: member,
        createdAt: now - i,
        editedAt: 0,
        editedBy: '',
        redactedAt: 0,
        redactedBy: '',
      }
      if (!session.conversations.insert(c).ok) throw new Error('conversation refused')
    }
  })
  write(session.doc, ORIGIN.meetingSave, () => {
    for (let m = 0; m < 12; m++) {
      const meetingId = seededId(rand)
      session.meetings.insert({
        id: meetingId,
        title: `Meeting ${m}`,
        date: addDays(today, -7 * m),
        time: '',
        place: '',
        link: '',
        facilitator: me,
        noteTaker: me,
        previousId: '',
        createdBy: me,
        createdAt: now,
      })
      for (let k = 0; k < 1000; k++) {
        const personId = people[(m * 997 + k * 31) % 3000]!.id
        session.attendance.insert({
          id: attendanceId(meetingId, personId),
          meetingId,
          personId,
          status: 'present',
          by: me,
          at: now,
        })
      }
    }
    for (let k = 0; k < 3; k++) {
      const testId = seededId(rand)
      session.structureTests.insert({
        id: testId,
        name: `Test ${k}`,
        kind: 'petition',
        date: addDays(today, -10 * k),
        goalPercent: 50,
        plusOne: true,
        unitId: '',
        notes: '',
        createdAt: now,
      })
      for (let j = 0; j < 2000; j++) {
        const personId = people[(k * 2000 + j) % people.length]!.id
        session.participation.insert({
          id: participationId(testId, personId),
          testId,
          personId,
          took: 'yes',
          by: me,
          at: now,
        })
      }
    }
  })
  log(`seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`)

  const index = new FollowUpIndex(session.people, session.conversations)
  const off = index.subscribe(() => {})
  const settings = followUpSettings(null)
  // What the Today tab keeps while open: one builder per list, updated person by person.
  const todayBuilder = new TodayBuilder(index)
  const readyBuilder = new ReadyBuilder(index)
  const build = () => {
    const list = todayBuilder.build({ memberId: me, today, settings })
    const ready = readyBuilder.build({
      meetings: session.meetings.getSnapshot(),
      attendance: session.attendance.getSnapshot(),
      tests: session.structureTests.getSnapshot(),
      participation: session.participation.getSnapshot(),
      today,
      settings,
    })
    return { list, ready }
  }
  t = Date.now()
  let first = build()
  log(`first build in ${Date.now() - t} ms`)
  const plain = session.conversations.getSnapshot().map((c) => ({ ...c }))
  const floor = () =>
    plain.filter(
      (c) =>
        c.followUpOn !== '' &&
        c.followUpDoneAt === 0 &&
        c.followUpOn <= today &&
        c.members.includes(me),
    ).length
  for (let i = 0; i < 3; i++) build() // warm-up
  // From scratch (what opening the tab costs), for comparison.
  const full: number[] = []
  for (let i = 0; i < 3; i++)
    full.push(
      timedSync(() => {
        new TodayBuilder(index).build({ memberId: me, today, settings })
        new ReadyBuilder(index).build({
          meetings: session.meetings.getSnapshot(),
          attendance: session.attendance.getSnapshot(),
          tests: session.structureTests.getSnapshot(),
          participation: session.participation.getSnapshot(),
          today,
          settings,
        })
      }).ms,
    )

  const update: number[] = []
  const logMs: number[] = []
  const rebuild: number[] = []
  const floors: number[] = []
  gcNow()
  for (let i = 0; i < runs; i++) {
    const person = people[(i * 7919) % people.length]!
    const total = timedSync(() => {
      const w = timedSync(() =>
        logConversation(
          session,
          {
            personId: person.id,
            date: today,
            members: [me],
            channel: 'phone',
            issues: [],
            cares: '',
            ask: '',
            commitment: 'Sign the petition',
            commitmentDue: addDays(today, 3),
            assessment: 0,
            followUpOn: today,
            notes: '',
            guideId: '',
          },
          { by: me },
          now,
        ),
      )
      if (!w.value.ok) throw new Error(`log refused: ${JSON.stringify(w.value.error)}`)
      const b = timedSync(build)
      first = b.value
      logMs.push(w.ms)
      rebuild.push(b.ms)
    })
    update.push(total.ms)
    floors.push(timedSync(floor).ms)
  }
  off()
  const ms = median(rebuild)
  const line: BenchLine = {
    name: `today-${opts.people >= 1000 ? `${opts.people / 1000}k` : opts.people}`,
    ms: round(ms, 2),
    floor_ms: round(median(floors), 3),
    ratio: round(ms / median(floors), 1),
    n: opts.people,
    conversations: opts.conversations,
    log_ms: round(median(logMs), 2),
    full_build_ms: round(median(full), 1),
    update_ms: round(median(update), 2),
    today_items:
      first.list.followUps.length + first.list.commitments.length + first.list.quiet.length,
    ready_items: first.ready.length,
    runs,
    target: `ms (Today + Ready rebuilt after one new log) < ${TARGET_MS}`,
    meets_target: ms < TARGET_MS,
  }
  session.destroy()
  return line
}

if (isMain(import.meta.url)) emit(await benchToday({ people: 100_000, conversations: 50_000 }))
