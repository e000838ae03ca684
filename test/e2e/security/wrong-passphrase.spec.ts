import { expect, test, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { setUpProtection, TEST_PASSPHRASE, unlock } from '../../support/first-run'
import { makeCanary } from '../../support/profile'
import {
  addPerson,
  createCircle,
  expectAllSaved,
  fmt,
  gotoApp,
  pageText,
  personRow,
  reloadApp,
} from './steps'

/**
 * The lock screen: a wrong passphrase opens nothing and shows nothing, and after three wrong
 * attempts further attempts are refused for a while (1 s after the third, doubling after).
 */

const field = (page: Page) => page.getByLabel(en.security.passphrase, { exact: true })
const unlockButton = (page: Page) => page.getByRole('button', { name: en.security.unlock })
const waitMessage = (page: Page) =>
  page.getByRole('status').filter({ hasText: /Too many wrong attempts/ })

async function tryWrong(page: Page, attempt: number): Promise<void> {
  await field(page).fill(`not the passphrase, attempt ${attempt}`)
  await unlockButton(page).click()
  await expect(page.getByText(en.security.wrong)).toBeVisible()
  await expect(field(page)).toHaveValue('')
  await expect(page.getByRole('heading', { name: en.security.lockedHeading })).toBeVisible()
}

test('wrong passphrases open nothing, then unlocking is throttled', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  // Page time is controlled from here on (it flows normally until paused below).
  await page.clock.install()
  const canary = makeCanary()
  const circle = `Circle ${canary}`
  const person = `Person ${canary}`
  await gotoApp(page)
  await setUpProtection(page)
  await createCircle(page, circle)
  await addPerson(page, { name: person, notes: `notes ${canary}` })
  await expectAllSaved(page)

  await reloadApp(page)
  await expect(page.getByRole('heading', { name: en.security.lockedHeading })).toBeVisible()
  for (const attempt of [1, 2]) {
    await tryWrong(page, attempt)
    await expect(waitMessage(page)).toHaveCount(0)
    const text = await pageText(page)
    expect(text).not.toContain(canary)
    expect(text).not.toContain(canary.toLowerCase())
  }

  // Freeze time so the 1 s penalty after the third failure lasts until we move the clock.
  const now = await page.evaluate(() => Date.now())
  await page.clock.pauseAt(now + 1000)
  await tryWrong(page, 3)
  await expect(waitMessage(page)).toHaveText(fmt(en.security.wait_one, { count: 1 }))
  await expect(unlockButton(page)).toBeDisabled()
  expect(await pageText(page)).not.toContain(canary)

  // A fourth attempt during the wait is refused, even with the right passphrase: the form
  // never calls the gate (no "Unlocking…", the field is not cleared) and stays locked.
  await field(page).fill(TEST_PASSPHRASE)
  await field(page).press('Enter')
  // One macrotask (not a timer: page timers are paused) for React to render any reaction.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve()
        channel.port2.postMessage(null)
      }),
  )
  await expect(unlockButton(page)).toBeDisabled()
  await expect(page.getByRole('button', { name: en.security.unlocking })).toHaveCount(0)
  await expect(field(page)).toHaveValue(TEST_PASSPHRASE)
  await expect(waitMessage(page)).toBeVisible()
  await expect(page.getByRole('heading', { name: en.security.lockedHeading })).toBeVisible()
  await expect(page.getByRole('button', { name: en.security.lockNow })).toHaveCount(0)

  // After the first delay (1 s) the right passphrase works.
  await page.clock.runFor(1000)
  await expect(waitMessage(page)).toHaveCount(0)
  await expect(unlockButton(page)).toBeEnabled()
  await page.clock.resume()
  await unlock(page)
  await expect(personRow(page, person)).toBeVisible()
  expect(errors).toEqual([])
})
