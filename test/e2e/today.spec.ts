import { expect, test } from '@playwright/test'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { fmt, unlock } from './helpers'
import { audit, badge, CIRCLE, openSeeded, plural, tabs, tabTo, TODAY } from './today-steps'

/**
 * Today, "Ready for a next step", leadership and assignment. A circle with people and logged
 * conversations (follow-ups, commitments) is built in Node with the app's own domain code and
 * stored sealed under this profile's key (the logging form is another feature's); then
 * everything is done with the keyboard: a follow-up completed in one action, a suggestion read
 * with its reason and tuned away, a leadership stage and training recorded and counted in the
 * pipeline, all of one organizer's people reassigned to another.
 */

const s = en.today

test('Today lists my follow-up with a badge; Done completes it in one action; Ready explains itself', async ({
  page,
}) => {
  await openSeeded(page)
  const todayTab = tabs(page).getByRole('link', { name: `${s.title}${badge(1)}`, exact: true })
  await expect(todayTab).toBeVisible()
  await tabTo(page, todayTab)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: s.followUps.heading })).toBeVisible()

  const followUps = page.getByRole('list', { name: s.followUps.heading })
  await expect(followUps.getByRole('listitem')).toHaveCount(1)
  await expect(followUps).toContainText('Rosa Hernández')
  await expect(followUps).toContainText(
    plural(s.followUps.overdue_one, s.followUps.overdue_other, 3),
  )
  const commitments = page.getByRole('list', { name: s.commitments.heading })
  await expect(commitments).toContainText('Amir Khan')
  await expect(commitments).toContainText(
    plural(s.commitments.dueIn_one, s.commitments.dueIn_other, 2, {
      text: 'Bring two coworkers to the meeting',
    }),
  )
  const quiet = page.getByRole('list', { name: fmt(s.quiet.heading, { days: 30 }) })
  await expect(quiet).toContainText('Jonas Berg')
  await expect(quiet).toContainText(s.quiet.never)

  const ready = page.getByRole('list', { name: s.ready.listLabel })
  await expect(ready).toContainText('Lena Vogel')
  await expect(ready).toContainText(s.ready.leaderNever)
  await audit(page, 'Today')

  // One action: Done (by keyboard).
  const done = page.getByRole('button', {
    name: fmt(s.followUps.doneLabel, { name: 'Rosa Hernández' }),
  })
  await tabTo(page, done)
  await page.keyboard.press('Enter')
  await expect(page.getByText(s.followUps.empty)).toBeVisible()
  // The keyboard keeps its place: the section's heading, now that its list is empty.
  await expect(page.getByRole('heading', { level: 2, name: s.followUps.heading })).toBeFocused()
  await expect(tabs(page).getByRole('link', { name: s.title, exact: true })).toBeVisible()

  // Commitments: Kept takes it off the list.
  const kept = page.getByRole('button', {
    name: fmt(s.commitments.keptLabel, { name: 'Amir Khan' }),
  })
  await tabTo(page, kept)
  await page.keyboard.press('Enter')
  await expect(page.getByText(s.commitments.empty)).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: s.commitments.heading })).toBeFocused()

  // Tuning the rules: without the leader rule, Lena is no longer suggested.
  const rule = page.getByLabel(s.rules.readyLeaderRule, { exact: true })
  await tabTo(page, rule)
  await page.keyboard.press('Space')
  await expect(rule).not.toBeChecked()
  const quietDays = page.getByLabel(s.rules.quietDays, { exact: true })
  // Bad input gets a clear error and changes nothing.
  await quietDays.fill('')
  await page.getByRole('button', { name: s.rules.save }).click()
  const range = fmt(s.rules.range, { min: 1, max: 365 })
  await expect(quietDays).toHaveAccessibleDescription(`${range} ${s.rules.wholeNumber}`)
  await expect(quietDays).toBeFocused()
  await quietDays.fill('0')
  await page.keyboard.press('Enter')
  await expect(quietDays).toHaveAccessibleDescription(
    `${range} ${fmt(en.errors.field.outOfRange, { limit: 1 })}`,
  )
  await expect(page.getByRole('list', { name: s.ready.listLabel })).toContainText('Lena Vogel')
  await quietDays.fill('45')
  await page.keyboard.press('Enter')
  await expect(page.getByText(s.ready.empty)).toBeVisible()
  await expect(page.getByRole('list', { name: fmt(s.quiet.heading, { days: 45 }) })).toContainText(
    'Jonas Berg',
  )
  await audit(page, 'Today after tuning')
})

test('leadership stage and training are recorded and counted in the pipeline', async ({ page }) => {
  const l = en.leadership
  await openSeeded(page)
  await tabs(page)
    .getByRole('link', { name: new RegExp(`^${s.title}`) })
    .click()
  await page.getByRole('button', { name: 'Rosa Hernández', exact: true }).click()
  const dialog = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Rosa Hernández' }),
  })
  await expect(dialog).toBeVisible()
  const stage = dialog.getByLabel(l.section.stage, { exact: true })
  await tabTo(page, stage, 120)
  await stage.selectOption({ label: l.stages.training })
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: l.section.setStage })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toContainText(fmt(l.section.currentStage, { stage: l.stages.training }))

  // A training without its text is refused with a clear error; then recorded.
  await dialog.getByRole('button', { name: l.section.record, exact: true }).click()
  const what = dialog.getByLabel(l.section.text, { exact: true })
  await expect(what).toHaveAttribute('aria-invalid', 'true')
  await what.fill('One-on-one training')
  await what.press('Enter')
  await expect(dialog.getByText(`${l.kinds.training}: One-on-one training`)).toBeVisible()
  await audit(page, 'person dialog with leadership')
  await page.keyboard.press('Escape')

  await tabs(page).getByRole('link', { name: l.title, exact: true }).click()
  const now = page.getByRole('table', { name: l.pipeline.now })
  const row = now
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: l.stages.training, exact: true }) })
  await expect(row.getByRole('cell')).toHaveText('1')
  const months = page.getByRole('table', { name: l.pipeline.tableCaption })
  await expect(months.getByRole('row')).toHaveCount(13)
  await audit(page, 'Leadership')
})

test('all of one organizer’s people are reassigned to another in one step', async ({ page }) => {
  await openSeeded(page)
  await tabs(page)
    .getByRole('link', { name: new RegExp(`^${s.title}`) })
    .click()
  const open = page.getByRole('button', { name: s.assign.reassign })
  await tabTo(page, open, 120)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: s.assign.heading })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel(s.assign.from, { exact: true })).toHaveAccessibleDescription(
    plural(s.assign.fromHint_one, s.assign.fromHint_other, 3),
  )
  // The same member on both sides is refused, and nothing changes.
  await dialog.getByLabel(s.assign.to, { exact: true }).selectOption({ label: 'Sam' })
  await dialog.getByRole('button', { name: s.assign.confirm }).click()
  await expect(dialog.getByRole('alert')).toHaveText(s.assign.same)
  await dialog.getByLabel(s.assign.to, { exact: true }).selectOption({ label: 'Kim' })
  await dialog.getByRole('button', { name: s.assign.confirm }).click()
  await expect(dialog).toBeHidden()
  const table = page.getByRole('table', { name: s.assign.summaryLabel })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table).toContainText('Kim')
  await expect(table.getByRole('cell')).toHaveText('3')
  // Sam's Today no longer lists Jonas (assigned to Kim now).
  await expect(page.getByText(s.quiet.empty)).toBeVisible()
  // The person form shows the organizer.
  await page.getByRole('link', { name: en.nav.people, exact: true }).click()
  await page.getByRole('button', { name: fmt(en.people.details, { name: 'Jonas Berg' }) }).click()
  const person = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Jonas Berg' }),
  })
  const organizer = person.getByLabel(s.assign.organizer, { exact: true })
  await expect(organizer.locator('option:checked')).toHaveText('Kim')
  await audit(page, 'person dialog with organizer')
})

test('a due follow-up shows as one system notification without any name; it can be turned off', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = []
    // Stands in for the system's notifications: records what would be shown.
    function RecordedNotification(title: string, options?: { body?: string }) {
      shown.push({ title, body: options?.body ?? '' })
    }
    Object.assign(RecordedNotification, {
      permission: 'granted',
      requestPermission: async () => 'granted',
    })
    Object.assign(window, { shownNotifications: shown, Notification: RecordedNotification })
  })
  await openSeeded(page)
  const shown = () =>
    page.evaluate(
      () => (window as unknown as { shownNotifications: { title: string }[] }).shownNotifications,
    )
  await expect.poll(async () => (await shown()).length).toBe(1)
  expect(await shown()).toEqual([
    { title: plural(s.reminders.followUps_one, s.reminders.followUps_other, 1), body: '' },
  ])
  // What was notified today is kept on this device by id (so not again today), never by name.
  const stored = (key: string) =>
    page.evaluate(
      (key) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('rhizome-local')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const req = open.result.transaction('settings').objectStore('settings').get(key)
            req.onsuccess = () => {
              open.result.close()
              resolve((req.result as { value?: unknown } | undefined)?.value ?? null)
            }
            req.onerror = () => reject(req.error)
          }
        }),
      key,
    )
  await expect.poll(async () => JSON.stringify(await stored('remindedFollowUps'))).toContain(TODAY)
  expect(JSON.stringify(await stored('remindedFollowUps'))).not.toContain('Rosa')

  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  const setting = page.getByLabel(s.reminders.setting, { exact: true })
  await expect(setting).toBeChecked()
  await expect(setting).toHaveAccessibleDescription(s.reminders.hint)
  await setting.press('Space')
  await expect(setting).not.toBeChecked()
  // Stored on this device before the reload (the write is asynchronous).
  await expect.poll(() => stored('reminders')).toBe(false)
  await page.reload()
  await unlock(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await expect(page.getByLabel(s.reminders.setting, { exact: true })).not.toBeChecked()
  await audit(page, 'Settings')
})

test('in German: Today, its badge, the reasons and the pipeline, axe clean', async ({ page }) => {
  await openSeeded(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await page.getByRole('link', { name: CIRCLE }).click()
  const nav = page.getByRole('navigation', { name: de.nav.circleViews })
  const badgeDe = ` (${fmt(de.today.tabBadge_one, { count: 1 })})`
  await nav.getByRole('link', { name: `${de.today.title}${badgeDe}`, exact: true }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: de.today.followUps.heading }),
  ).toBeVisible()
  await expect(page.getByRole('list', { name: de.today.ready.listLabel })).toContainText(
    de.today.ready.leaderNever,
  )
  await audit(page, 'Today in German')
  await nav.getByRole('link', { name: de.leadership.title, exact: true }).click()
  await expect(page.getByRole('table', { name: de.leadership.pipeline.now })).toBeVisible()
  await audit(page, 'Leadership in German')
})
