import { expect, test, type Page } from '@playwright/test'
import { CIRCLE_NAME_MAX } from '../../shared/domain/circle/meta'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import {
  circleIdOf,
  countRecordsOf,
  createCircle,
  createForm,
  fillMemberName,
  fmt,
  reloadAndUnlock,
  start,
  type Strings,
} from './helpers'

/** Creating, switching, renaming and deleting circles, and refusing bad names. */

/** Ids of the circles listed on this device (Dexie `rhizome-local`, store `circles`). */
async function storedCircleIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('rhizome-local')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const req = db.transaction('circles').objectStore('circles').getAllKeys()
          req.onsuccess = () => {
            db.close()
            resolve((req.result as string[]).sort())
          }
          req.onerror = () => reject(req.error)
        }
      }),
  )
}

/** Whether the app's IndexedDB holds nothing at all of any circle: no list row, no record. */
async function expectNoCircleStored(page: Page) {
  expect(await storedCircleIds(page)).toEqual([])
  const databases = await page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name),
  )
  if (databases.includes('rhizome-data')) {
    const total = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('rhizome-data')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const req = open.result.transaction('records').objectStore('records').count()
            req.onsuccess = () => {
              open.result.close()
              resolve(req.result)
            }
            req.onerror = () => reject(req.error)
          }
        }),
    )
    expect(total).toBe(0)
  }
}

function circleList(page: Page, s: Strings = en) {
  return page.getByRole('list', { name: s.circles.listLabel })
}

test('create two circles, switch between them, rename one and delete the other', async ({
  page,
}) => {
  await start(page)
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
  expect(await storedCircleIds(page)).toEqual([alpha, beta].sort())
  expect(await countRecordsOf(page, alpha)).toBeGreaterThan(0)
  expect(await countRecordsOf(page, beta)).toBeGreaterThan(0)

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
  await reloadAndUnlock(page)
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
  expect(await storedCircleIds(page)).toContain(beta)
  expect(await countRecordsOf(page, beta)).toBeGreaterThan(0)

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
  // Its list row and every one of its stored records are gone; the other circle's stay.
  await expect.poll(() => storedCircleIds(page)).toEqual([alpha])
  expect(await countRecordsOf(page, beta)).toBe(0)
  expect(await countRecordsOf(page, alpha)).toBeGreaterThan(0)

  // A link to the deleted circle now says it is not here.
  await page.goto(`/#/circle/${beta}`)
  await expect(page.getByRole('alert').filter({ hasText: en.circles.notFound })).toBeVisible()
  await reloadAndUnlock(page)
  await page.getByRole('link', { name: en.nav.circles, exact: true }).click()
  await expect(circleList(page).getByRole('link')).toHaveText(['Zeta union'])
})

/** Tries to create a circle with `name`; expects `error` at the field and nothing created. */
async function refuseName(page: Page, s: Strings, name: string, error: string) {
  const form = createForm(page, s)
  const field = form.getByLabel(s.circles.name, { exact: true })
  await field.fill(name)
  await fillMemberName(page, s)
  await form.getByRole('button', { name: s.circles.create }).click()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveAccessibleDescription(error)
  await expect(field).toBeFocused()
  await expect(page.getByRole('heading', { level: 1, name: s.circles.heading })).toBeVisible()
  await expect(page.getByText(s.circles.empty)).toBeVisible()
  await expectNoCircleStored(page)
  expect(page.url()).not.toContain('#/circle/')
}

async function refuseBadNames(page: Page, s: Strings) {
  const tooShort = s.errors.field.required
  const tooLong = fmt(s.errors.field.tooLong, { limit: CIRCLE_NAME_MAX })
  await refuseName(page, s, '', tooShort)
  await refuseName(page, s, '    ', tooShort)
  await refuseName(page, s, 'x'.repeat(10_000), tooLong)
  // The list stays empty after a reload too.
  await reloadAndUnlock(page, s)
  await expect(page.getByText(s.circles.empty)).toBeVisible()
  await expectNoCircleStored(page)
}

test('an empty or a 10,000-character name is refused with the field error', async ({ page }) => {
  await start(page)
  await refuseBadNames(page, en)
})

test('the same names are refused in German, with the German field error', async ({ page }) => {
  await start(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: de.circles.heading })).toBeVisible()
  await refuseBadNames(page, de)
})

test('renaming to an empty or too long name is refused in the dialog', async ({ page }) => {
  await start(page)
  await createCircle(page, 'Keep this name')
  await page.getByRole('link', { name: en.nav.circles, exact: true }).click()
  await page
    .getByRole('button', { name: fmt(en.circles.renameLabel, { name: 'Keep this name' }) })
    .click()
  const dialog = page.getByRole('dialog', { name: en.circles.renameHeading })
  const field = dialog.getByLabel(en.circles.newName)
  await field.fill('')
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog.getByText(en.errors.field.required)).toBeVisible()
  await field.fill('y'.repeat(10_000))
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(
    dialog.getByText(fmt(en.errors.field.tooLong, { limit: CIRCLE_NAME_MAX })),
  ).toBeVisible()
  await dialog.getByRole('button', { name: en.common.cancel }).click()
  await expect(dialog).toBeHidden()
  await reloadAndUnlock(page)
  await page.getByRole('link', { name: en.nav.circles, exact: true }).click()
  await expect(circleList(page).getByRole('link')).toHaveText(['Keep this name'])
})
