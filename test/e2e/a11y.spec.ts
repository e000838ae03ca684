import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { MIN_PASSPHRASE_LENGTH } from '../../shared/crypto/passphrase'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { addPerson, createCircle, fmt, personRow, setUp, start, type Strings } from './helpers'

/**
 * WCAG 2.1 A and AA (as far as axe-core can tell) on every screen and dialog, in English, in
 * German and at 200 % text size.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations']

/** One line per rule and one indented line per offending element, with axe's own advice. */
function formatViolations(violations: Violations): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
        )
        .join('\n')
      return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`
    })
    .join('\n')
}

/** Checks the page as it is now; a soft failure, so one run reports every screen's problems. */
async function audit(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect
    .soft(
      violations.length,
      `axe found violations on "${screen}":\n${formatViolations(violations)}`,
    )
    .toBe(0)
}

async function openSettings(page: Page, s: Strings) {
  await page.getByRole('link', { name: s.nav.settings, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: s.settings.heading })).toBeVisible()
}

async function useGerman(page: Page) {
  await openSettings(page, en)
  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
}

async function useTextSize200(page: Page) {
  await openSettings(page, en)
  await page.getByLabel(en.settings.textSize).fill('200')
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
}

async function circlesAndDialogs(page: Page, s: Strings, label: string, all = true) {
  await page.getByRole('link', { name: s.nav.circles, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: s.circles.heading })).toBeVisible()
  await expect(page.getByText(s.circles.empty)).toBeVisible()
  if (all) await audit(page, `${label} circles, empty`)

  await createCircle(page, 'Warehouse drive', s)
  await page.getByRole('link', { name: s.nav.circles, exact: true }).click()
  await expect(page.getByRole('list', { name: s.circles.listLabel })).toBeVisible()
  await audit(page, `${label} circles, with a circle`)

  const dialogs = [
    {
      open: fmt(s.circles.renameLabel, { name: 'Warehouse drive' }),
      title: s.circles.renameHeading,
    },
    {
      open: fmt(s.circles.deleteLabel, { name: 'Warehouse drive' }),
      title: fmt(s.circles.deleteHeading, { name: 'Warehouse drive' }),
    },
    {
      open: fmt(s.backup.exportLabel, { name: 'Warehouse drive' }),
      title: fmt(s.backup.exportHeading, { name: 'Warehouse drive' }),
    },
    { open: s.backup.restore, title: s.backup.restoreHeading },
  ]
  for (const d of all ? dialogs : dialogs.slice(1, 2)) {
    await page.getByRole('button', { name: d.open, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: d.title })
    await expect(dialog).toBeVisible()
    await audit(page, `${label} dialog "${d.title}"`)
    if (d.title === s.backup.restoreHeading) {
      // Restoring without a file shows the error at the passphrase field.
      await dialog.getByRole('button', { name: s.backup.restoreStart }).click()
      await expect(dialog.getByText(s.backup.errors.noFile)).toBeVisible()
      await audit(page, `${label} restore dialog with an error`)
    }
    if (d.title === fmt(s.backup.exportHeading, { name: 'Warehouse drive' })) {
      await dialog.getByRole('button', { name: s.backup.create }).click()
      await expect(
        dialog.getByText(fmt(s.security.tooShort, { min: MIN_PASSPHRASE_LENGTH })),
      ).toBeVisible()
      await audit(page, `${label} backup dialog with an error`)
    }
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
}

async function peopleAndDialogs(page: Page, s: Strings, label: string, all = true) {
  await page.getByRole('link', { name: s.nav.circles, exact: true }).click()
  await createCircle(page, 'Night shift', s)
  await expect(page.getByText(s.people.empty)).toBeVisible()
  if (all) await audit(page, `${label} people, empty`)

  await page.getByRole('button', { name: s.people.add }).click()
  const add = page.getByRole('dialog', { name: s.people.addHeading })
  await expect(add).toBeVisible()
  if (all) await audit(page, `${label} add-person dialog`)
  await add.getByRole('button', { name: s.common.save }).click()
  await expect(add.getByText(s.errors.field.required)).toBeVisible()
  await audit(page, `${label} add-person dialog with errors`)
  await add.getByRole('button', { name: s.common.cancel }).click()
  await expect(add).toBeHidden()

  await addPerson(page, { name: 'Rosa Hernández', unit: 'Loading dock', tags: 'committee' }, s)
  await addPerson(page, { name: 'Amir Khan', email: 'amir@example.org' }, s)
  await audit(page, `${label} people, with people`)
  if (!all) return

  await personRow(page, 'Rosa Hernández', s).click()
  const edit = page.getByRole('dialog', {
    name: fmt(s.people.editHeading, { name: 'Rosa Hernández' }),
  })
  await expect(edit).toBeVisible()
  await audit(page, `${label} edit dialog`)
  await edit.getByRole('button', { name: s.common.remove }).click()
  const remove = page.getByRole('dialog', {
    name: fmt(s.people.removeHeading, { name: 'Rosa Hernández' }),
  })
  await expect(remove).toBeVisible()
  await audit(page, `${label} remove dialog`)
  await remove.getByRole('button', { name: s.common.cancel }).click()
  await expect(remove).toBeHidden()

  await page.getByLabel(s.people.filter).fill('zzzz')
  await expect(page.getByText(fmt(s.people.noMatch, { query: 'zzzz' }))).toBeVisible()
  await audit(page, `${label} people, filtered with no match`)
}

async function settingsAndWipeDialog(page: Page, s: Strings, label: string, all = true) {
  await openSettings(page, s)
  await expect(page.getByText(s.settings.platformWeb)).toBeVisible()
  await audit(page, `${label} settings`)
  if (!all) return
  await page.getByRole('button', { name: s.security.wipeOpen }).click()
  const wipe = page.getByRole('dialog', { name: s.security.wipeConfirmHeading })
  await expect(wipe).toBeVisible()
  await audit(page, `${label} wipe dialog`)
  await wipe.getByRole('button', { name: s.common.cancel }).click()
  await expect(wipe).toBeHidden()
}

async function lockScreen(page: Page, s: Strings, label: string, all = true) {
  await page.getByRole('button', { name: s.security.lockNow }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: s.security.lockedHeading }),
  ).toBeVisible()
  await audit(page, `${label} lock screen`)
  if (!all) return
  await page.getByLabel(s.security.passphrase, { exact: true }).fill('not the passphrase')
  await page.getByRole('button', { name: s.security.unlock }).click()
  await expect(page.getByText(s.security.wrong)).toBeVisible()
  await audit(page, `${label} lock screen after a wrong passphrase`)
}

test('first-run setup screen, empty and with errors', async ({ page }) => {
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: en.security.setupHeading }),
  ).toBeVisible()
  await audit(page, 'en setup screen')
  await page.getByRole('button', { name: en.security.start }).click()
  await expect(
    page.getByText(fmt(en.security.tooShort, { min: MIN_PASSPHRASE_LENGTH })),
  ).toBeVisible()
  await audit(page, 'en setup screen, passphrase too short')
  await page.getByLabel(en.security.passphrase, { exact: true }).fill('long enough passphrase')
  await page.getByLabel(en.security.confirm, { exact: true }).fill('something else entirely')
  await page.getByRole('button', { name: en.security.start }).click()
  await expect(page.getByText(en.security.mismatch)).toBeVisible()
  await audit(page, 'en setup screen, passphrases differ')
  await setUp(page)
  await lockScreen(page, en, 'en')
})

test('circles screen, empty and with circles, and its dialogs', async ({ page }) => {
  await start(page)
  await circlesAndDialogs(page, en, 'en')
})

test('people screen, empty, with people and filtered, and its dialogs', async ({ page }) => {
  await start(page)
  await peopleAndDialogs(page, en, 'en')
})

test('settings screen and the wipe dialog', async ({ page }) => {
  await start(page)
  await settingsAndWipeDialog(page, en, 'en')
})

test('in German: a subset of screens and dialogs', async ({ page }) => {
  await start(page)
  await useGerman(page)
  await settingsAndWipeDialog(page, de, 'de', false)
  await circlesAndDialogs(page, de, 'de', false)
  await peopleAndDialogs(page, de, 'de', false)
  await lockScreen(page, de, 'de', false)
})

test('at 200 % text size: a subset of screens and dialogs', async ({ page }) => {
  await start(page)
  await useTextSize200(page)
  await settingsAndWipeDialog(page, en, '200%', false)
  await circlesAndDialogs(page, en, '200%', false)
  await peopleAndDialogs(page, en, '200%', false)
  await lockScreen(page, en, '200%', false)
})
