import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { addPerson, createCircle, expectAllSaved, fmt, reloadAndUnlock, start } from './helpers'

/**
 * Structure tests: define a test with a goal, record who took part with the keyboard alone,
 * read the results per unit and overall, find them again after a reload, compare tests.
 */

const s = en.tests
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function audit(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const report = violations
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n')
  expect.soft(violations.length, `axe found violations on "${screen}":\n${report}`).toBe(0)
}

const PEOPLE = [
  { name: 'Rosa Hernández', unit: 'Night shift' },
  { name: 'Amir Khan', unit: 'Night shift' },
  { name: 'Lena Vogel', unit: 'Night shift' },
  { name: 'Jonas Berg', unit: 'Day shift' },
  { name: 'Mei Chen', unit: 'Day shift' },
]

const label = (name: string, unit: string, state: keyof typeof s.state) =>
  fmt(s.rowLabel, { name, unit, state: s.state[state] })

/** The recorder's row button of a person, by its full label (name, unit, state). */
const row = (page: Page, name: string, unit: string, state: keyof typeof s.state) =>
  page
    .getByRole('list', { name: s.peopleListLabel })
    .getByRole('button', { name: label(name, unit, state), exact: true })

/** The cells of a unit's row in the results table, as text. */
async function unitRow(page: Page, unit: string): Promise<string[]> {
  const table = page.getByRole('table', { name: s.byUnitCaption })
  const tr = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: unit, exact: true }) })
  return (await tr.getByRole('cell').allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim())
}

async function createTest(
  page: Page,
  fields: { name: string; date: string; goal: string; plusOne: boolean; scope?: string },
) {
  await page.getByRole('button', { name: s.new }).click()
  const dialog = page.getByRole('dialog', { name: s.addHeading })
  await expect(dialog.getByLabel(s.name, { exact: true })).toBeFocused()
  await dialog.getByLabel(s.name, { exact: true }).fill(fields.name)
  await dialog.getByLabel(s.kind, { exact: true }).selectOption('petition')
  await dialog.getByLabel(s.date, { exact: true }).fill(fields.date)
  await dialog.getByLabel(s.goalPercent, { exact: true }).fill(fields.goal)
  await dialog.getByLabel(s.plusOne, { exact: true }).setChecked(fields.plusOne)
  if (fields.scope)
    await dialog.getByLabel(s.scope, { exact: true }).selectOption({ label: fields.scope })
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: fields.name })).toBeVisible()
}

async function expectFocused(target: Locator) {
  await expect(target).toBeFocused()
}

test('define a test, record participation by keyboard, see results per unit, after a reload too', async ({
  page,
}) => {
  await start(page)
  const circleId = await createCircle(page, 'Warehouse drive')
  for (const p of PEOPLE) await addPerson(page, p)

  await page.getByRole('link', { name: s.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`#/circle/${circleId}/tests$`))
  await expect(page.getByText(s.empty)).toBeVisible()
  await audit(page, 'structure tests, empty')

  // The dialog: an empty name is refused with a message at the field.
  await page.getByRole('button', { name: s.new }).click()
  const dialog = page.getByRole('dialog', { name: s.addHeading })
  await expect(dialog).toBeVisible()
  await audit(page, 'new test dialog')
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog.getByText(en.errors.field.required)).toBeVisible()
  await expect(dialog.getByLabel(s.name, { exact: true })).toBeFocused()
  await audit(page, 'new test dialog with an error')
  // The goal preview counts the people in scope: 50 % + 1 of 5 is 3.
  await expect(dialog.getByText(fmt(s.goalPreview_other, { count: 5, needed: 3 }))).toBeVisible()
  await dialog.getByRole('button', { name: en.common.cancel }).click()
  await expect(dialog).toBeHidden()

  await createTest(page, {
    name: 'Petition for heating',
    date: '2025-03-14',
    goal: '50',
    plusOne: true,
  })
  await expect(
    page.getByText(fmt(s.goalOf, { goal: '50% + 1', scope: s.wholeCircle })),
  ).toBeVisible()
  await expect(page.getByTestId('test-overall')).toHaveText(
    fmt(s.summary, { took: 0, total: 5, needed: 3, state: s.notReached }),
  )

  // Keyboard only from here: the filter box, ↓ into the list, single keys to record.
  // People are listed by name: Amir, Jonas, Lena, Mei, Rosa.
  await page.getByLabel(s.filter, { exact: true }).focus()
  await page.keyboard.press('ArrowDown')
  await expectFocused(row(page, 'Amir Khan', 'Night shift', 'none'))
  await page.keyboard.press('y')
  // Recorded, and on to the next person.
  await expectFocused(row(page, 'Jonas Berg', 'Day shift', 'none'))
  await expect(row(page, 'Amir Khan', 'Night shift', 'yes')).toBeVisible()
  await page.keyboard.press('y')
  await expectFocused(row(page, 'Lena Vogel', 'Night shift', 'none'))
  await page.keyboard.press('n')
  await expectFocused(row(page, 'Mei Chen', 'Day shift', 'none'))
  await page.keyboard.press('ArrowDown')
  await expectFocused(row(page, 'Rosa Hernández', 'Night shift', 'none'))
  await page.keyboard.press('1')
  await expect(row(page, 'Rosa Hernández', 'Night shift', 'yes')).toBeFocused()
  await expect(
    page.getByText(fmt(s.recorded, { name: 'Rosa Hernández', state: s.state.yes })),
  ).toBeVisible()
  // A mistake, corrected: back up to Mei, record and clear again.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('2')
  await expect(row(page, 'Mei Chen', 'Day shift', 'no')).toBeVisible()
  await page.keyboard.press('ArrowUp')
  await expectFocused(row(page, 'Mei Chen', 'Day shift', 'no'))
  await page.keyboard.press('Delete')
  await expect(row(page, 'Mei Chen', 'Day shift', 'none')).toBeVisible()
  // Filter, Enter to the first match, record without moving on.
  await page.getByLabel(s.filter, { exact: true }).focus()
  await page.keyboard.type('lena')
  await expect(page.getByText(fmt(s.shown, { shown: 1, total: 5 }))).toBeVisible()
  await page.keyboard.press('Enter')
  await expectFocused(row(page, 'Lena Vogel', 'Night shift', 'no'))
  await page.keyboard.press('Backspace')
  await expectFocused(row(page, 'Lena Vogel', 'Night shift', 'none'))
  await page.keyboard.press('n')
  await expectFocused(row(page, 'Lena Vogel', 'Night shift', 'no'))
  await page.getByLabel(s.filter, { exact: true }).fill('')

  const expectResults = async () => {
    await expect(page.getByTestId('test-overall')).toHaveText(
      fmt(s.summary, { took: 3, total: 5, needed: 3, state: s.reached }),
    )
    const bar = page.getByRole('progressbar', { name: s.overallLabel })
    await expect(bar).toHaveAttribute('aria-valuenow', '3')
    await expect(bar).toHaveAttribute('aria-valuemax', '5')
    // Day shift (Jonas, Mei): 1 of 2, 50 % + 1 of 2 is 2: not reached.
    expect(await unitRow(page, 'Day shift')).toEqual([
      fmt(s.resultCell, { took: 1, total: 2, percent: 50 }),
      '0',
      '1',
      '2',
      `✗ ${s.no} · ${fmt(s.moreNeeded_one, { count: 1 })}`,
    ])
    // Night shift (Rosa, Amir, Lena): 2 of 3, 50 % + 1 of 3 is 2: reached.
    expect(await unitRow(page, 'Night shift')).toEqual([
      fmt(s.resultCell, { took: 2, total: 3, percent: 66 }),
      '1',
      '0',
      '2',
      `✓ ${s.yes}`,
    ])
    expect(await unitRow(page, s.allInScope)).toEqual([
      fmt(s.resultCell, { took: 3, total: 5, percent: 60 }),
      '1',
      '1',
      '3',
      `✓ ${s.yes}`,
    ])
    // At a glance in the list of tests.
    await expect(
      page
        .getByRole('list', { name: s.listLabel })
        .getByRole('button', { name: /Petition for heating/ }),
    ).toContainText(fmt(s.summary, { took: 3, total: 5, needed: 3, state: s.reached }))
  }
  await expectResults()
  await audit(page, 'structure tests with results')

  // A second test, later, of the night shift only: compared with the first over time.
  await createTest(page, {
    name: 'Shirt day',
    date: '2025-05-02',
    goal: '60',
    plusOne: false,
    scope: 'Night shift',
  })
  await page.getByLabel(s.filter, { exact: true }).focus()
  await page.keyboard.press('ArrowDown')
  await expectFocused(row(page, 'Amir Khan', 'Night shift', 'none'))
  // Quickly, without waiting in between: each key lands on the next person.
  for (let i = 0; i < 3; i++) await page.keyboard.press('y')
  await expect(page.getByTestId('test-overall')).toHaveText(
    fmt(s.summary, { took: 3, total: 3, needed: 2, state: s.reached }),
  )
  const compare = page.getByRole('table', { name: s.compareCaption })
  const compareRows = compare.locator('tbody tr')
  await expect(compareRows).toHaveCount(2)
  await expect(compareRows.nth(0)).toContainText('Petition for heating')
  await expect(compareRows.nth(0)).toContainText(s.changeFirst)
  await expect(compareRows.nth(1)).toContainText('Shirt day')
  await expect(compareRows.nth(1)).toContainText(
    fmt(s.resultCell, { took: 3, total: 3, percent: 100 }),
  )
  await expect(compareRows.nth(1)).toContainText(fmt(s.changeUp_other, { count: 40 }))

  // Everything is kept after a reload.
  await expectAllSaved(page)
  await reloadAndUnlock(page)
  await expect(page).toHaveURL(new RegExp(`#/circle/${circleId}/tests$`))
  // The newest test is shown first; open the petition again.
  await expect(page.getByRole('heading', { level: 2, name: 'Shirt day' })).toBeVisible()
  await page
    .getByRole('list', { name: s.listLabel })
    .getByRole('button', { name: /Petition for heating/ })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: 'Petition for heating' })).toBeVisible()
  await expectResults()
  await expect(row(page, 'Lena Vogel', 'Night shift', 'no')).toBeVisible()
  await expect(compareRows).toHaveCount(2)

  // Edit and delete dialogs.
  await page.getByRole('button', { name: s.editLabel }).click()
  const edit = page.getByRole('dialog', {
    name: fmt(s.editHeading, { name: 'Petition for heating' }),
  })
  await expect(edit.getByLabel(s.goalPercent, { exact: true })).toHaveValue('50')
  await audit(page, 'edit test dialog')
  await page.keyboard.press('Escape')
  await expect(edit).toBeHidden()

  await page
    .getByRole('list', { name: s.listLabel })
    .getByRole('button', { name: /Shirt day/ })
    .click()
  await page.getByRole('button', { name: s.deleteLabel }).click()
  const remove = page.getByRole('dialog', { name: fmt(s.deleteHeading, { name: 'Shirt day' }) })
  await expect(remove).toContainText(fmt(s.deleteBody_other, { count: 3 }))
  await audit(page, 'delete test dialog')
  await remove.getByRole('button', { name: s.deleteConfirm }).click()
  await expect(remove).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: 'Petition for heating' })).toBeVisible()
  await expect(compareRows).toHaveCount(1)
})

test('in German at 200 % text size: the view, the dialog and recording', async ({ page }) => {
  const d = de.tests
  await start(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
  await page.getByLabel(de.settings.textSize).fill('200')
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await createCircle(page, 'Mieterinitiative', de)
  await addPerson(page, { name: 'Rosa', unit: 'Haus A' }, de)
  await addPerson(page, { name: 'Amir', unit: 'Haus B' }, de)
  await page.getByRole('link', { name: d.title, exact: true }).click()
  await page.getByRole('button', { name: d.new }).click()
  const dialog = page.getByRole('dialog', { name: d.addHeading })
  await dialog.getByLabel(d.name, { exact: true }).fill('Unterschriften für die Heizung')
  await expect(dialog.getByText(fmt(d.goalPreview_other, { count: 2, needed: 2 }))).toBeVisible()
  await audit(page, 'de 200%: new test dialog')
  await dialog.getByRole('button', { name: de.common.save }).click()
  await expect(dialog).toBeHidden()
  await page.getByLabel(d.filter, { exact: true }).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('y')
  await expect(
    page.getByRole('list', { name: d.peopleListLabel }).getByRole('button', {
      name: fmt(d.rowLabel, { name: 'Amir', unit: 'Haus B', state: d.state.yes }),
      exact: true,
    }),
  ).toBeVisible()
  await expect(page.getByTestId('test-overall')).toHaveText(
    fmt(d.summary, { took: 1, total: 2, needed: 2, state: d.notReached }),
  )
  await audit(page, 'de 200%: structure tests with results')
})
