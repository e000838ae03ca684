import { expect, test, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { setUpProtection, unlock } from '../../support/first-run'
import { makeCanary } from '../../support/profile'
import {
  addPerson,
  createCircle,
  editPerson,
  expectAllSaved,
  fmt,
  gotoApp,
  goToSettings,
  openCircle,
  pageText,
  personRow,
} from './steps'

/** Locking removes member data from the window; unlocking brings it back. */

const lockedHeading = (page: Page) => page.getByRole('heading', { name: en.security.lockedHeading })

async function expectLockedAndClean(page: Page, canary: string): Promise<void> {
  await expect(lockedHeading(page)).toBeVisible()
  await expect(page.getByRole('button', { name: en.security.lockNow })).toHaveCount(0)
  const text = await pageText(page)
  expect(text).not.toContain(canary)
  expect(text).not.toContain(canary.toLowerCase())
}

async function circleWithPerson(page: Page, canary: string) {
  const circle = `Circle ${canary}`
  const person = `Person ${canary}`
  await setUpProtection(page)
  await createCircle(page, circle)
  await addPerson(page, { name: person, unit: `Unit ${canary}`, tags: canary })
  await expectAllSaved(page)
  return { circle, person }
}

test('"Lock now" hides every name; unlocking shows them again', async ({ page }) => {
  await page.clock.install()
  const canary = makeCanary()
  await gotoApp(page)
  const { circle, person } = await circleWithPerson(page, canary)
  await expect(page.getByRole('heading', { level: 1, name: circle })).toBeVisible()

  await page.getByRole('button', { name: en.security.lockNow }).click()
  await expectLockedAndClean(page, canary)

  await unlock(page)
  await expect(page.getByRole('heading', { level: 1, name: circle })).toBeVisible()
  await expect(personRow(page, person)).toContainText(`Unit ${canary}`)
})

// Regression: the live region once kept confirmations such as "<name> was added." for 6 s
// after locking; the announcer is now cleared whenever the gate locks.
test('locking right after an edit also clears confirmations that name members', async ({
  page,
}) => {
  await page.clock.install()
  const canary = makeCanary()
  await gotoApp(page)
  const { person } = await circleWithPerson(page, canary)
  await editPerson(page, person, { notes: `more about ${canary}` })
  await expectAllSaved(page)
  // Hold page time still so the 6 s confirmation cannot expire on a slow machine. The pause
  // point is 1 s ahead (well inside the 6 s): a loaded machine can take more than a few
  // milliseconds between reading the time and pausing, and pausing in the past is refused.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000)

  await page.getByRole('button', { name: en.security.lockNow }).click()
  await expectLockedAndClean(page, canary)
})

test('the app locks itself after the chosen idle time without input', async ({ page }) => {
  await page.clock.install()
  const canary = makeCanary()
  await gotoApp(page)
  const { circle, person } = await circleWithPerson(page, canary)

  await goToSettings(page)
  await page
    .getByLabel(en.security.idle)
    .selectOption({ label: fmt(en.security.idleMinutes_one, { count: 1 }) })
  await expect(page.getByLabel(en.security.idle)).toHaveValue('1')
  await openCircle(page, circle)
  await expect(personRow(page, person)).toBeVisible()

  // No input from here on: 50 s is not enough, 65 s is.
  await page.clock.fastForward('00:50')
  await expect(personRow(page, person)).toBeVisible()
  await expect(lockedHeading(page)).toHaveCount(0)
  await page.clock.fastForward('00:15')
  await expectLockedAndClean(page, canary)

  await unlock(page)
  await expect(personRow(page, person)).toBeVisible()
})
