import { expect, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'

export const TEST_PASSPHRASE = 'correct horse battery staple'

/** Completes the first-run protection setup with a passphrase (fresh profile). */
export async function setUpProtection(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { name: en.security.setupHeading })).toBeVisible()
  await page.getByLabel(en.security.passphrase, { exact: true }).fill(passphrase)
  await page.getByLabel(en.security.confirm).fill(passphrase)
  await page.getByRole('button', { name: en.security.start }).click()
  await expect(page.getByRole('heading', { name: en.circles.heading })).toBeVisible({
    timeout: 15_000,
  })
}

/** Unlocks the lock screen with the passphrase (after a reload or restart). */
export async function unlock(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { name: en.security.lockedHeading })).toBeVisible()
  await page.getByLabel(en.security.passphrase, { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: en.security.unlock }).click()
  await expect(page.getByRole('button', { name: en.security.lockNow })).toBeVisible({
    timeout: 15_000,
  })
}
