import { expect, test, type Page } from '@playwright/test'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import {
  addPerson,
  createCircle,
  reloadAndUnlock,
  setUp,
  start,
  unlock,
  type Strings,
} from './helpers'

/** Interface language and text size: chosen in Settings, applied everywhere, kept on reload. */

test.use({ viewport: { width: 1280, height: 800 } })

/** Collects uncaught page errors so a test can assert that nothing crashed. */
function collectErrors(page: Page): Error[] {
  const errors: Error[] = []
  page.on('pageerror', (e) => errors.push(e))
  return errors
}

async function expectChrome(page: Page, s: Strings) {
  const nav = page.getByRole('navigation', { name: s.app.mainNav })
  await expect(nav.getByRole('link', { name: s.nav.circles, exact: true })).toBeVisible()
  await expect(nav.getByRole('link', { name: s.nav.settings, exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: s.app.skipToContent })).toBeAttached()
}

/** Neither the page nor the main content scrolls sideways. */
async function expectNoHorizontalOverflow(page: Page, where: string) {
  const sizes = await page.evaluate(() => {
    const main = document.querySelector('main')!
    return {
      page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
      main: [main.scrollWidth, main.clientWidth],
      wider: [...main.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : ''))
        .slice(0, 5),
    }
  })
  const detail = `${where}: ${JSON.stringify(sizes)}`
  expect(sizes.page[0], detail).toBeLessThanOrEqual(sizes.page[1]!)
  expect(sizes.main[0], detail).toBeLessThanOrEqual(sizes.main[1]!)
  expect(sizes.wider, detail).toEqual([])
}

test('German from Settings: headings, navigation, buttons and lang, kept after a reload', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await start(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: en.settings.heading })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectChrome(page, en)

  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expectChrome(page, de)
  await expect(page.getByLabel(de.settings.language)).toHaveValue('de')
  await expect(page.getByLabel(de.settings.textSize)).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: de.settings.about })).toBeVisible()
  await expect(page.getByText(de.settings.platformWeb)).toBeVisible()

  await expect(page.getByRole('heading', { level: 2, name: de.security.heading })).toBeVisible()
  await expect(page.getByRole('button', { name: de.security.change })).toBeVisible()
  await expect(page.getByRole('button', { name: de.security.lockNow })).toBeVisible()

  // After a reload the lock screen is German too, and so is everything behind it.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByText(de.security.lockedIntro)).toBeVisible()
  await unlock(page, de)
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expectChrome(page, de)

  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: de.circles.heading })).toBeVisible()
  await expect(page.getByText(de.circles.empty)).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 2, name: de.circles.createHeading }),
  ).toBeVisible()
  await createCircle(page, 'Betriebsgruppe', de)
  await expect(page.getByRole('button', { name: de.people.add })).toBeVisible()
  await expect(page.getByText(de.people.empty)).toBeVisible()
  await expect(page.getByLabel(de.nav.currentCircle)).toBeVisible()
  await expect(page.getByText(de.save.saved)).toBeVisible()

  await reloadAndUnlock(page, de)
  await expect(page.getByRole('heading', { level: 1, name: 'Betriebsgruppe' })).toBeVisible()
  await expect(page.getByRole('button', { name: de.people.add })).toBeVisible()
  expect(errors).toEqual([])
})

test('a German browser gets the German interface without any setting', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await setUp(page, de)
  await expect(page.getByRole('heading', { level: 1, name: de.circles.heading })).toBeVisible()
  await context.close()
})

test('text size 200 %: root font size, no sideways scrolling at 1280 px, kept after a reload', async ({
  page,
}) => {
  await start(page)
  await createCircle(page, 'A circle with a fairly long name for a union drive in a warehouse')
  await addPerson(page, {
    name: 'Rosa Hernández-Villanueva de la Cruz',
    email: 'rosa.hernandez.villanueva@example.org',
    unit: 'Night shift, loading dock, building 4',
    tags: 'committee, spanish, steward',
  })
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  const slider = page.getByLabel(en.settings.textSize)
  await expect(slider).toHaveValue('100')
  await slider.fill('200')
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
  await expect(slider).toHaveAttribute('aria-valuetext', '200 %')
  await expect(page.locator('output')).toHaveText('200 %')
  await expectNoHorizontalOverflow(page, 'settings')

  await page.reload()
  await expect(
    page.getByRole('heading', { level: 1, name: en.security.lockedHeading }),
  ).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
  await expectNoHorizontalOverflow(page, 'lock screen')
  await unlock(page)
  await expect(page.getByRole('heading', { level: 1, name: en.settings.heading })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
  await expect(page.getByLabel(en.settings.textSize)).toHaveValue('200')
  await expectNoHorizontalOverflow(page, 'settings after reload')

  await page.getByRole('link', { name: en.nav.circles, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()
  await expectNoHorizontalOverflow(page, 'circles')

  await page.getByRole('link', { name: /fairly long name/ }).click()
  await expect(page.getByRole('button', { name: en.people.add })).toBeVisible()
  await expectNoHorizontalOverflow(page, 'people')
  await page.getByRole('button', { name: en.people.add }).click()
  await expect(page.getByRole('dialog', { name: en.people.addHeading })).toBeVisible()
  await expectNoHorizontalOverflow(page, 'add-person dialog')
})

test('an unknown stored locale falls back to English with a notice, without crashing', async ({
  page,
}) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: en.security.setupHeading }),
  ).toBeVisible()
  // Dexie has made its schema by now; write the setting the way Dexie stores it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rhizome-local')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction('settings', 'readwrite')
          tx.objectStore('settings').put({ key: 'locale', value: 'xx' })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('alert').filter({ hasText: en.errors.localeFallback })).toBeVisible()
  // The app still works, in English.
  await setUp(page)
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()
  await expectChrome(page, en)
  await createCircle(page, 'After the fallback')
  expect(errors).toEqual([])
})
