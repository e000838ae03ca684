import { expect, test, type Page } from '@playwright/test'
import type * as Y from 'yjs'
import { ORIGIN, write } from '../../shared/data/origins'
import { assess } from '../../shared/domain/assessments/commands'
import { setAttendance } from '../../shared/domain/meetings/attendance'
import { addPerson } from '../../shared/domain/people/commands'
import { emptyPersonInput } from '../../shared/domain/people/person'
import { addStructureTest, setParticipation } from '../../shared/domain/structure-tests/commands'
import { addUnit } from '../../shared/domain/units/commands'
import { en } from '../../shared/i18n/en'
import { addDays, dayOf } from '../../shared/util/day'
import { newId } from '../../shared/util/id'
import { blankConversation, blankMeeting } from '../support/records'
import { createCircle, fmt, start } from './helpers'
import { KIM, newSeedCircle, openSeededCircle } from './seed-circle'
import { audit, tabs, tabTo } from './today-steps'

/**
 * The circle's dashboard on a seeded circle: four people in two units, assessed over the last
 * two months, two meetings, a petition and conversations. Charts come with summaries in words,
 * and the tables show the same numbers; switching scope and range recounts; axe finds nothing.
 */

const d = en.dashboard
const CIRCLE = 'Harbour tenants'
const DAY_MS = 86_400_000
const TODAY = dayOf(Date.now())

function buildCircle(me: string): Y.Doc {
  const now = Date.now()
  const ago = (days: number) => now - days * DAY_MS
  const { doc, session: s } = newSeedCircle(CIRCLE, ago(200))
  const ok = <T>(r: { ok: true; value: T } | { ok: false }) => {
    if (!r.ok) throw new Error('seed refused')
    return r.value
  }
  const harbour = ok(addUnit(s, { name: 'Harbour', parentId: '' }, ago(200)))
  const night = ok(addUnit(s, { name: 'Night shift', parentId: harbour }, ago(200)))
  const depot = ok(addUnit(s, { name: 'Depot', parentId: '' }, ago(200)))
  const person = (name: string, unitId: string, organizerId: string) =>
    ok(addPerson(s, { ...emptyPersonInput(), name, unitId, organizerId }, ago(200)))
  const rosa = person('Rosa Hernández', harbour, me)
  const amir = person('Amir Khan', night, me)
  const lena = person('Lena Vogel', depot, KIM)
  const jonas = person('Jonas Berg', '', KIM)
  const rate = (personId: string, value: number, days: number) =>
    ok(assess(s, { personId, value, reason: '', by: me }, ago(days)))
  rate(rosa, 3, 60)
  rate(rosa, 1, 5)
  rate(amir, 2, 30)
  rate(lena, 4, 20)
  const meeting = (title: string, days: number) => {
    const id = newId()
    write(doc, ORIGIN.meetingSave, () =>
      s.meetings.insert(
        blankMeeting({
          id,
          title,
          date: addDays(TODAY, -days),
          createdBy: me,
          createdAt: ago(days),
        }),
      ),
    )
    return id
  }
  const mark = (meetingId: string, personId: string, status: 'present' | 'absent') =>
    ok(setAttendance(s, { meetingId, personId, status, by: me }))
  const m1 = meeting('Tenants assembly', 3)
  mark(m1, rosa, 'present')
  mark(m1, amir, 'present')
  mark(m1, lena, 'absent')
  const m2 = meeting('Committee', 17)
  mark(m2, rosa, 'present')
  mark(m2, jonas, 'present')
  const petition = ok(
    addStructureTest(s, {
      ...{ name: 'Repairs petition', kind: 'petition', date: addDays(TODAY, -10) },
      ...{ goalPercent: 50, plusOne: true, unitId: '', notes: '' },
    }),
  )
  for (const [personId, took] of [
    [rosa, 'yes'],
    [amir, 'yes'],
    [lena, 'no'],
  ] as const)
    ok(setParticipation(s, { testId: petition, personId, took, by: me }))
  const talk = (personId: string, days: number) =>
    write(doc, ORIGIN.conversationLog, () =>
      s.conversations.insert(
        blankConversation({
          ...{ id: newId(), personId, date: addDays(TODAY, -days), members: [me] },
          ...{ loggedBy: me, createdAt: ago(days) },
        }),
      ),
    )
  talk(rosa, 0)
  talk(amir, 8)
  talk(lena, 40)
  talk(jonas, 150) // only in the last 12 months
  s.destroy()
  return doc
}

async function openDashboard(page: Page) {
  await openSeededCircle(page, CIRCLE, buildCircle)
  const tab = tabs(page).getByRole('link', { name: d.title, exact: true })
  await tabTo(page, tab)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: d.distribution.heading })).toBeVisible()
}

const section = (page: Page, heading: string) => page.getByRole('region', { name: heading })

/** Opens a section's table with the keyboard and returns it. */
async function openTable(page: Page, heading: string, caption: string) {
  const summary = section(page, heading).getByText(d.showTable)
  await tabTo(page, summary)
  await page.keyboard.press('Enter')
  const table = page.getByRole('table', { name: caption })
  await expect(table).toBeVisible()
  return table
}

const lastRow = (table: ReturnType<Page['getByRole']>) => table.getByRole('row').last()

test('the dashboard shows support, attendance, turnout and conversations; scope and range recount', async ({
  page,
}) => {
  await openDashboard(page)
  await expect(page.getByText(fmt(d.people_other, { count: 4 }))).toBeVisible()

  // Support: Rosa (now 1) and Amir (2) are supporters; three months ago nobody was yet.
  const support = section(page, d.distribution.heading)
  await expect(support).toContainText(
    new RegExp(fmt(d.distribution.summaryUp_other, { count: 2, change: 2, date: '.+' })),
  )
  const distribution = await openTable(page, d.distribution.heading, d.distribution.caption)
  // Columns: 1, 2, 3, 4, 5, not yet assessed, total.
  await expect(lastRow(distribution).getByRole('cell')).toHaveText([
    '1',
    '1',
    '0',
    '1',
    '0',
    '1',
    '4',
  ])
  await expect(distribution.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '0',
    '0',
    '0',
    '0',
    '0',
    '4',
    '4',
  ])

  // Attendance: two meetings, four marks present.
  await expect(section(page, d.attendance.heading)).toContainText(
    fmt(d.attendance.summary_other, { count: 2, present: 4 }),
  )
  const attendance = await openTable(page, d.attendance.heading, d.attendance.caption)
  const totals = async () => {
    const rows = await attendance.getByRole('row').all()
    let sum = [0, 0, 0]
    for (const row of rows.slice(1)) {
      const cells = await row.getByRole('cell').allTextContents()
      sum = sum.map((v, i) => v + Number(cells[i]))
    }
    return sum
  }
  expect(await totals()).toEqual([2, 4, 4])

  // Turnout: the petition, 2 of the 4 took part.
  const turnout = section(page, d.tests.heading)
  await expect(turnout).toContainText(
    fmt(d.tests.summary, { name: 'Repairs petition', took: 2, total: 4, percent: 50 }),
  )
  const tests = await openTable(page, d.tests.heading, d.tests.caption)
  await expect(tests.getByRole('row', { name: /Repairs petition/ }).getByRole('cell')).toHaveText([
    /.+/,
    '2',
    '4',
    '50',
  ])

  // Conversations: three in three months, one of them this week.
  const talks = section(page, d.conversations.heading)
  await expect(talks).toContainText(fmt(d.conversations.summary_other, { count: 3, last: 1 }))
  const conversations = await openTable(page, d.conversations.heading, d.conversations.caption)
  await expect(lastRow(conversations).getByRole('cell')).toHaveText(['1', '1'])
  await audit(page, 'Dashboard with its tables open')

  // Scope: the Harbour unit (Rosa, and Amir in its Night shift).
  const scope = page.getByLabel(d.scope, { exact: true })
  await tabTo(page, scope)
  await scope.selectOption({ label: fmt(d.scopes.unit, { name: 'Harbour' }) })
  await expect(page.getByText(fmt(d.people_other, { count: 2 }))).toBeVisible()
  await expect(section(page, d.attendance.heading)).toContainText(
    fmt(d.attendance.summary_other, { count: 2, present: 3 }),
  )
  await expect(turnout).toContainText(
    fmt(d.tests.summary, { name: 'Repairs petition', took: 2, total: 2, percent: 100 }),
  )
  await expect(talks).toContainText(fmt(d.conversations.summary_other, { count: 2, last: 1 }))

  // Kim's people: Lena and Jonas; nobody of them is a supporter.
  await scope.selectOption({ label: fmt(d.scopes.organizer, { name: 'Kim' }) })
  await expect(page.getByText(fmt(d.people_other, { count: 2 }))).toBeVisible()
  await expect(turnout).toContainText(
    fmt(d.tests.summary, { name: 'Repairs petition', took: 0, total: 2, percent: 0 }),
  )
  await expect(talks).toContainText(fmt(d.conversations.summary_one, { count: 1, last: 0 }))

  // Range: 12 months counts Jonas's conversation five months ago, too.
  const range = page.getByLabel(d.range, { exact: true })
  await range.selectOption({ label: d.ranges.m12 })
  await expect(talks).toContainText(fmt(d.conversations.summary_other, { count: 2, last: 0 }))
  await scope.selectOption({ label: d.scopes.circle })
  await expect(talks).toContainText(fmt(d.conversations.summary_other, { count: 4, last: 1 }))
  await audit(page, 'Dashboard over 12 months')
})

test('a circle with nothing yet says so in words', async ({ page }) => {
  await start(page)
  await createCircle(page, 'Empty circle')
  await tabs(page).getByRole('link', { name: d.title, exact: true }).click()
  await expect(page.getByText(d.nobody)).toBeVisible()
  await expect(page.getByText(d.distribution.empty)).toBeVisible()
  await expect(page.getByText(d.attendance.empty)).toBeVisible()
  await expect(page.getByText(d.tests.empty)).toBeVisible()
  await expect(page.getByText(d.conversations.empty)).toBeVisible()
  await audit(page, 'Empty dashboard')
})
