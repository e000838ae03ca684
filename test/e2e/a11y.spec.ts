import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { addPerson, createCircle, fmt, personRow, type Strings } from './helpers'

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

async function useGerman(page: Page) {
  await page.goto('/#/settings')
  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
}

async function useTextSize200(page: Page, s: Strings) {
  await page.goto('/#/settings')
  await page.getByLabel(s.settings.textSize).fill('200')
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
}

async function circlesAndDialogs(page: Page, s: Strings, label: string) {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: s.circles.heading })).toBeVisible()
  await expect(page.getByText(s.circles.empty)).toBeVisible()
  await audit(page, `${label} circles, empty`)

  await createCircle(page, 'Warehouse drive', s)
  await page.goto('/#/')
  await expect(page.getByRole('list', { name: s.circles.listLabel })).toBeVisible()
  await audit(page, `${label} circles, with a circle`)

  await page
    .getByRole('button', { name: fmt(s.circles.renameLabel, { name: 'Warehouse drive' }) })
    .click()
  await expect(page.getByRole('dialog', { name: s.circles.renameHeading })).toBeVisible()
  await audit(page, `${label} rename dialog`)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  await page
    .getByRole('button', { name: fmt(s.circles.deleteLabel, { name: 'Warehouse drive' }) })
    .click()
  await expect(
    page.getByRole('dialog', { name: fmt(s.circles.deleteHeading, { name: 'Warehouse drive' }) }),
  ).toBeVisible()
  await audit(page, `${label} delete dialog`)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
}

async function peopleAndDialogs(page: Page, s: Strings, label: string) {
  await page.goto('/')
  await createCircle(page, 'Night shift', s)
  await expect(page.getByText(s.people.empty)).toBeVisible()
  await audit(page, `${label} people, empty`)

  await page.getByRole('button', { name: s.people.add }).click()
  const add = page.getByRole('dialog', { name: s.people.addHeading })
  await expect(add).toBeVisible()
  await audit(page, `${label} add-person dialog`)
  await add.getByRole('button', { name: s.common.save }).click()
  await expect(add.getByText(s.errors.field.tooShort.replace('{{limit}}', '1'))).toBeVisible()
  await audit(page, `${label} add-person dialog with errors`)
  await add.getByRole('button', { name: s.common.cancel }).click()
  await expect(add).toBeHidden()

  await addPerson(page, { name: 'Rosa Hernández', unit: 'Loading dock', tags: 'committee' }, s)
  await addPerson(page, { name: 'Amir Khan', email: 'amir@example.org' }, s)
  await audit(page, `${label} people, with people`)

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

test('circles screen, empty and with circles, and its dialogs', async ({ page }) => {
  await circlesAndDialogs(page, en, 'en')
})

test('people screen, empty, with people and filtered, and its dialogs', async ({ page }) => {
  await peopleAndDialogs(page, en, 'en')
})

test('settings screen', async ({ page }) => {
  await page.goto('/#/settings')
  await expect(page.getByRole('heading', { level: 1, name: en.settings.heading })).toBeVisible()
  await expect(page.getByText(en.settings.platformWeb)).toBeVisible()
  await audit(page, 'en settings')
})

test('in German: settings, circles and people with their dialogs', async ({ page }) => {
  await useGerman(page)
  await audit(page, 'de settings')
  await circlesAndDialogs(page, de, 'de')
  await peopleAndDialogs(page, de, 'de')
})

test('at 200 % text size: settings, circles and people with their dialogs', async ({ page }) => {
  await useTextSize200(page, en)
  await audit(page, '200% settings')
  await circlesAndDialogs(page, en, '200%')
  await peopleAndDialogs(page, en, '200%')
})
