import { expect, test } from '@playwright/test'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { fmt } from './helpers'
import {
  addStep,
  BOSS,
  CIRCLE,
  createPlan,
  DEMAND,
  expectLadder,
  openPlans,
  openSeeded,
  PETITION,
  PRESS,
  SIGNUP,
  step,
} from './plans-steps'
import { audit, tabs, tabTo } from './today-steps'

/**
 * Campaign plans: a plan laid out from the demand to the strike vote, its ladder's gates read
 * from the live structure tests (a signature recorded in the Tests view flips a gate to met),
 * steps reordered and tasks moved across the board with the keyboard alone, tasks that are the
 * circle's action items, and the printable plan. The circle (people, tests, a power map) is
 * built in Node with the app's own domain code and stored sealed under this profile's key.
 */

const p = en.plans

test('lay out a plan from demand to strike vote; a gate follows the live structure test', async ({
  page,
}) => {
  await openSeeded(page)
  await openPlans(page)
  await expect(page.getByText(p.empty)).toBeVisible()
  await audit(page, 'plans, empty')

  // The plan: bad input gets clear errors and loses nothing.
  await page.getByRole('button', { name: p.new }).click()
  const dialog = page.getByRole('dialog', { name: p.addHeading })
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog.getByLabel(p.name, { exact: true })).toBeFocused()
  await expect(dialog.getByLabel(p.name, { exact: true })).toHaveAccessibleDescription(
    en.errors.field.required,
  )
  await dialog.getByLabel(p.name, { exact: true }).fill('Pay campaign')
  await dialog.getByLabel(p.goal, { exact: true }).fill(DEMAND)
  await dialog.getByLabel(p.target, { exact: true }).selectOption({ label: BOSS })
  await dialog.getByLabel(p.startDay, { exact: true }).fill('2026-03-01')
  await dialog.getByLabel(p.endDay, { exact: true }).fill('2026-02-01')
  await dialog.getByLabel(fmt(p.onTeam, { name: 'Kim' })).check()
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog.getByLabel(p.endDay, { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByLabel(fmt(p.role, { name: 'Kim' }))).toHaveAttribute(
    'aria-invalid',
    'true',
  )
  await expect(dialog.getByLabel(p.goal, { exact: true })).toHaveValue(DEMAND)
  await audit(page, 'plan dialog with errors')
  await dialog.getByLabel(p.endDay, { exact: true }).fill('2026-07-31')
  await dialog.getByLabel(fmt(p.role, { name: 'Kim' })).fill('Lead organizer')
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: 'Pay campaign' })).toBeVisible()
  await expect(page.getByText(DEMAND)).toBeVisible()
  await expect(page.getByText(BOSS)).toBeVisible()
  await expect(
    page.getByText(fmt(p.summary.member, { name: 'Kim', role: 'Lead organizer' })),
  ).toBeVisible()

  // The ladder, from petition to strike vote.
  await addStep(page, { tactic: 'Petition', kind: 'petition', gate: PETITION, percent: '60' })
  await addStep(page, { tactic: 'Delegation to the manager', kind: 'delegation' })
  await addStep(page, { tactic: 'March on the bakery', kind: 'publicAction' })
  await addStep(page, { tactic: 'Strike vote', kind: 'strikeVote', gate: SIGNUP, percent: '60' })
  await expectLadder(page, [
    'Petition',
    'Delegation to the manager',
    'March on the bakery',
    'Strike vote',
  ])
  const g = p.ladder.gateStatus
  await expect(step(page, 'Petition')).toContainText(
    fmt(g.notMet, { test: PETITION, required: 60, took: 2, total: 5, percent: 40 }),
  )
  await expect(step(page, 'Strike vote')).toContainText(
    fmt(g.waiting, { test: SIGNUP, required: 60, needed: 3, total: 5 }),
  )
  await expect(step(page, 'March on the bakery')).toContainText(g.none)
  await audit(page, 'plan with a ladder')

  // Keyboard only: the delegation moves down, and the keyboard stays on its button.
  const down = page.getByRole('button', {
    name: fmt(p.ladder.moveDown, { tactic: 'Delegation to the manager' }),
  })
  await tabTo(page, down, 120)
  await page.keyboard.press('Enter')
  await expectLadder(page, [
    'Petition',
    'March on the bakery',
    'Delegation to the manager',
    'Strike vote',
  ])
  await expect(down).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(
    page.getByRole('button', {
      name: fmt(p.ladder.moveUp, { tactic: 'Delegation to the manager' }),
    }),
  ).toBeFocused()
  await page.keyboard.press('Enter')
  await expectLadder(page, [
    'Petition',
    'Delegation to the manager',
    'March on the bakery',
    'Strike vote',
  ])

  // A third signature recorded in the Tests view: the petition's gate is met.
  await tabs(page).getByRole('link', { name: en.tests.title, exact: true }).click()
  await page
    .getByRole('list', { name: en.tests.listLabel })
    .getByRole('button', { name: new RegExp(PETITION) })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: PETITION })).toBeVisible()
  await page.getByLabel(en.tests.filter, { exact: true }).fill('Lena')
  await page.keyboard.press('Enter')
  await page.keyboard.press('y')
  await expect(
    page.getByText(fmt(en.tests.recorded, { name: 'Lena Vogel', state: en.tests.state.yes })),
  ).toBeVisible()
  await openPlans(page)
  await expect(step(page, 'Petition')).toContainText(
    fmt(g.met, { test: PETITION, required: 60, took: 3, total: 5, percent: 60 }),
  )
  await expect(step(page, 'Strike vote')).toContainText(
    fmt(g.waiting, { test: SIGNUP, required: 60, needed: 3, total: 5 }),
  )
  // At a glance in the list of plans: one of the two gates is met.
  await expect(
    page.getByRole('navigation', { name: p.listLabel }).getByRole('button'),
  ).toContainText(fmt(p.gatesMet, { met: 1, gated: 2 }))
})

test('tasks move across the board by keyboard, show in the Actions list, and print', async ({
  page,
}) => {
  await openSeeded(page)
  await openPlans(page)
  await createPlan(page, 'Pay campaign')

  await page.getByRole('button', { name: p.milestones.add }).click()
  const ms = page.getByRole('dialog', { name: p.milestones.addHeading })
  await ms.getByLabel(p.milestones.title, { exact: true }).fill('Majority signed')
  await ms.getByLabel(p.milestones.day, { exact: true }).fill('2026-04-01')
  await ms.getByRole('button', { name: en.common.save }).click()
  await expect(ms).toBeHidden()

  await page.getByRole('button', { name: p.tasks.add }).click()
  const task = page.getByRole('dialog', { name: p.tasks.addHeading })
  await task.getByRole('button', { name: en.common.save }).click()
  await expect(task.getByLabel(p.tasks.text, { exact: true })).toBeFocused()
  await task.getByLabel(p.tasks.text, { exact: true }).fill('Print the petition')
  await task.getByLabel(p.tasks.owner, { exact: true }).selectOption({ label: 'Kim' })
  await task.getByLabel(p.tasks.due, { exact: true }).fill('2026-03-15')
  await task
    .getByLabel(p.tasks.milestone, { exact: true })
    .selectOption({ label: 'Majority signed' })
  await task.getByRole('button', { name: en.common.save }).click()
  await expect(task).toBeHidden()

  // An action item made elsewhere goes on the plan: one list, nothing tracked twice.
  await page.getByLabel(p.tasks.putOn, { exact: true }).selectOption({ label: PRESS })
  await page.getByRole('button', { name: p.tasks.putOnButton }).click()
  const column = (c: keyof typeof p.board.columns) =>
    page.getByRole('region', { name: p.board.columns[c], exact: true })
  await expect(column('todo')).toContainText('Print the petition')
  await expect(column('todo')).toContainText(PRESS)
  await audit(page, 'plan board')

  // Keyboard only: to doing, then to done.
  const moveTo = (c: keyof typeof p.board.columns) =>
    page.getByRole('button', {
      name: fmt(p.board.moveTo, { text: 'Print the petition', column: p.board.columns[c] }),
    })
  await tabTo(page, moveTo('doing'), 120)
  await page.keyboard.press('Enter')
  await expect(column('doing')).toContainText('Print the petition')
  await expect(column('todo')).not.toContainText('Print the petition')
  // The keyboard followed the task into its new column.
  await expect(moveTo('todo')).toBeFocused()
  await tabTo(page, moveTo('done'))
  await page.keyboard.press('Enter')
  await expect(column('done')).toContainText('Print the petition')
  await expect(moveTo('todo')).toBeFocused()

  // The timeline has the milestone and the task by date.
  const timeline = page.getByRole('region', { name: p.timeline.heading })
  await expect(timeline).toContainText(fmt(p.timeline.milestone, { title: 'Majority signed' }))
  await expect(timeline).toContainText(fmt(p.timeline.task, { text: 'Print the petition' }))

  // The printable page holds the whole plan and prints on its own.
  await page.evaluate(() => {
    const w = window as unknown as { printed: number }
    w.printed = 0
    window.print = () => {
      w.printed++
    }
  })
  await page.getByRole('button', { name: p.print }).click()
  const printable = page.getByRole('article', { name: p.print })
  await expect(printable).toContainText(DEMAND)
  await expect(printable).toContainText('Majority signed')
  await expect(printable).toContainText('Print the petition')
  await audit(page, 'printable plan')
  await printable.getByRole('button', { name: p.printButton }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)

  // The Actions list shows the task done, and the other one still open.
  const a = en.archive.actions
  await tabs(page).getByRole('link', { name: en.archive.actionsTab, exact: true }).click()
  const list = page.getByRole('list', { name: a.listLabel })
  await expect(list).toContainText(PRESS)
  await expect(list).not.toContainText('Print the petition')
  await page.getByLabel(a.state, { exact: true }).selectOption('done')
  await expect(list).toContainText('Print the petition')
  await expect(
    page.getByRole('button', { name: fmt(a.reopenLabel, { text: 'Print the petition' }) }),
  ).toBeVisible()

  // Removing the plan keeps its tasks as action items.
  await openPlans(page)
  await page.getByRole('button', { name: p.remove }).click()
  await page
    .getByRole('dialog', { name: fmt(p.removeHeading, { name: 'Pay campaign' }) })
    .getByRole('button', { name: p.remove })
    .click()
  await expect(page.getByText(p.empty)).toBeVisible()
  await tabs(page).getByRole('link', { name: en.archive.actionsTab, exact: true }).click()
  await page.getByLabel(a.state, { exact: true }).selectOption('all')
  await expect(list).toContainText('Print the petition')
  await expect(list).toContainText(PRESS)
})

test('in German: the plan, its ladder and its gate in words', async ({ page }) => {
  const d = de.plans
  await openSeeded(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await page.getByRole('link', { name: CIRCLE }).click()
  await page
    .getByRole('navigation', { name: de.nav.circleViews })
    .getByRole('link', { name: d.title, exact: true })
    .click()
  await expect(page.getByText(d.empty)).toBeVisible()
  await page.getByRole('button', { name: d.new }).click()
  const dialog = page.getByRole('dialog', { name: d.addHeading })
  await dialog.getByLabel(d.name, { exact: true }).fill('Lohnkampagne')
  await dialog.getByLabel(d.goal, { exact: true }).fill('10 % mehr für die Nachtschicht')
  await dialog.getByRole('button', { name: de.common.save }).click()
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: d.ladder.add }).click()
  const stepDialog = page.getByRole('dialog', { name: d.ladder.addHeading })
  await stepDialog.getByLabel(d.ladder.tactic, { exact: true }).fill('Petition übergeben')
  await stepDialog.getByLabel(d.ladder.gate, { exact: true }).selectOption({ label: PETITION })
  await stepDialog.getByLabel(d.ladder.requiredPercent, { exact: true }).fill('101')
  await stepDialog.getByRole('button', { name: de.common.save }).click()
  await expect(stepDialog.getByLabel(d.ladder.requiredPercent, { exact: true })).toBeFocused()
  await expect(stepDialog.getByText(fmt(de.errors.field.outOfRange, { limit: 100 }))).toBeVisible()
  await stepDialog.getByLabel(d.ladder.requiredPercent, { exact: true }).fill('40')
  await stepDialog.getByRole('button', { name: de.common.save }).click()
  await expect(stepDialog).toBeHidden()
  await expect(page.getByRole('list', { name: d.ladder.listLabel })).toContainText(
    fmt(d.ladder.gateStatus.met, { test: PETITION, required: 40, took: 2, total: 5, percent: 40 }),
  )
  await audit(page, 'plans in German')
})
