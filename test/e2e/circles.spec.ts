import { expect, test, type Page } from '@playwright/test'
import { CIRCLE_NAME_MAX } from '../../shared/domain/circle/meta'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { circleIdOf, createCircle, fmt, type Strings } from './helpers'

/** Creating, switching, renaming and deleting circles, and refusing bad names. */

/** Names of this origin's IndexedDB databases that hold circle documents. */
async function circleDatabases(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((d) => d.name ?? '')
      .filter((name) => name.startsWith('rhizome-circle-'))
      .sort(),
  )
}

function circleList(page: Page, s: Strings = en) {
  return page.getByRole('list', { name: s.circles.listLabel })
}

test('create two circles, switch between them, rename one and delete the other', async ({
  page,
}) => {
  await page.goto('/')
  const alpha = await createCircle(page, 'Alpha drive')
  await page.getByRole('link', { name: en.nav.circles, exact: true }).click()
  const beta = await createCircle(page, 'Beta campaign')
  expect(alpha).not.toBe(beta)

  // The header's switcher lists both and opens the one chosen.
  const switcher = page.getByLabel(en.nav.currentCircle)
  await expect(switcher).toHaveValue(beta)
  await expect(switcher.getByRole('option')).toHaveText([
    en.nav.circles,
    'Alpha drive',
    'Beta campaign',
  ])
  await switcher.selectOption({ label: 'Alpha drive' })
  await expect(page.getByRole('heading', { level: 1, name: 'Alpha drive' })).toBeVisible()
  expect(circleIdOf(page)).toBe(alpha)
  await switcher.selectOption({ label: 'Beta campaign' })
  await expect(page.getByRole('heading', { level: 1, name: 'Beta campaign' })).toBeVisible()
  expect(circleIdOf(page)).toBe(beta)
  await switcher.selectOption({ label: en.nav.circles })
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()
  await expect(circleList(page).getByRole('link')).toHaveText(['Alpha drive', 'Beta campaign'])
  expect(await circleDatabases(page)).toEqual(
    [`rhizome-circle-${alpha}`, `rhizome-circle-${beta}`].sort(),
  )

  // Rename Alpha: the list, the switcher and the circle's own heading show the new name.
  await page
    .getByRole('button', { name: fmt(en.circles.renameLabel, { name: 'Alpha drive' }) })
    .click()
  const rename = page.getByRole('dialog', { name: en.circles.renameHeading })
  await expect(rename.getByLabel(en.circles.newName)).toHaveValue('Alpha drive')
  await rename.getByLabel(en.circles.newName).fill('Zeta union')
  await rename.getByRole('button', { name: en.common.save }).click()
  await expect(rename).toBeHidden()
  await expect(circleList(page).getByRole('link')).toHaveText(['Beta campaign', 'Zeta union'])
  await expect(switcher.getByRole('option')).toHaveText([
    en.nav.circles,
    'Beta campaign',
    'Zeta union',
  ])
  await switcher.selectOption({ label: 'Zeta union' })
  await expect(page.getByRole('heading', { level: 1, name: 'Zeta union' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Zeta union' })).toBeVisible()
  await expect(switcher.getByRole('option')).toHaveText([
    en.nav.circles,
    'Beta campaign',
    'Zeta union',
  ])

  // Delete Beta: Cancel keeps it, confirming removes it and its stored document.
  await page.getByRole('link', { name: en.nav.circles, exact: true }).click()
  const deleteBeta = page.getByRole('button', {
    name: fmt(en.circles.deleteLabel, { name: 'Beta campaign' }),
  })
  await deleteBeta.click()
  const confirm = page.getByRole('dialog', {
    name: fmt(en.circles.deleteHeading, { name: 'Beta campaign' }),
  })
  await expect(confirm).toContainText(en.circles.deleteBody)
  await confirm.getByRole('button', { name: en.common.cancel }).click()
  await expect(confirm).toBeHidden()
  await expect(circleList(page).getByRole('link')).toHaveText(['Beta campaign', 'Zeta union'])
  expect(await circleDatabases(page)).toContain(`rhizome-circle-${beta}`)

  await deleteBeta.click()
  await confirm.getByRole('button', { name: en.circles.deleteConfirm }).click()
  await expect(confirm).toBeHidden()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: fmt(en.circles.deleted, { name: 'Beta campaign' }) }),
  ).toBeVisible()
  await expect(circleList(page).getByRole('link')).toHaveText(['Zeta union'])
  await expect(switcher.getByRole('option')).toHaveText([en.nav.circles, 'Zeta union'])
  await expect.poll(() => circleDatabases(page)).toEqual([`rhizome-circle-${alpha}`])

  // A link to the deleted circle now says it is not here.
  await page.goto(`/#/circle/${beta}`)
  await expect(page.getByRole('alert').filter({ hasText: en.circles.notFound })).toBeVisible()
  await page.reload()
  await page.goto('/#/')
  await expect(circleList(page).getByRole('link')).toHaveText(['Zeta union'])
})

/** Tries to create a circle with `name`; expects `error` at the field and nothing created. */
async function refuseName(page: Page, s: Strings, name: string, error: string) {
  const form = page.getByRole('form', { name: s.circles.createHeading })
  const field = form.getByLabel(s.circles.name, { exact: true })
  await field.fill(name)
  await form.getByRole('button', { name: s.circles.create }).click()
  await expect(form.getByText(error)).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveAccessibleDescription(error)
  await expect(page.getByRole('heading', { level: 1, name: s.circles.heading })).toBeVisible()
  await expect(page.getByText(s.circles.empty)).toBeVisible()
  expect(await circleDatabases(page)).toEqual([])
  expect(page.url()).not.toContain('#/circle/')
}

async function refuseBadNames(page: Page, s: Strings) {
  const tooShort = fmt(s.errors.field.tooShort, { limit: 1 })
  const tooLong = fmt(s.errors.field.tooLong, { limit: CIRCLE_NAME_MAX })
  await refuseName(page, s, '', tooShort)
  await refuseName(page, s, '    ', tooShort)
  await refuseName(page, s, 'x'.repeat(10_000), tooLong)
  // The list stays empty after a reload too.
  await page.reload()
  await expect(page.getByText(s.circles.empty)).toBeVisible()
  expect(await circleDatabases(page)).toEqual([])
}

test('an empty or a 10,000-character name is refused with the field error', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()
  await refuseBadNames(page, en)
})

test('the same names are refused in German, with the German field error', async ({ page }) => {
  await page.goto('/#/settings')
  await page.getByLabel(en.settings.language).selectOption('de')
  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: de.circles.heading })).toBeVisible()
  await refuseBadNames(page, de)
})

test('renaming to an empty or too long name is refused in the dialog', async ({ page }) => {
  await page.goto('/')
  await createCircle(page, 'Keep this name')
  await page.goto('/#/')
  await page
    .getByRole('button', { name: fmt(en.circles.renameLabel, { name: 'Keep this name' }) })
    .click()
  const dialog = page.getByRole('dialog', { name: en.circles.renameHeading })
  const field = dialog.getByLabel(en.circles.newName)
  await field.fill('')
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog.getByText(fmt(en.errors.field.tooShort, { limit: 1 }))).toBeVisible()
  await field.fill('y'.repeat(10_000))
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(
    dialog.getByText(fmt(en.errors.field.tooLong, { limit: CIRCLE_NAME_MAX })),
  ).toBeVisible()
  await dialog.getByRole('button', { name: en.common.cancel }).click()
  await expect(dialog).toBeHidden()
  await page.reload()
  await expect(circleList(page).getByRole('link')).toHaveText(['Keep this name'])
})
