import { expect, test, type Page, type Request, type Response } from '@playwright/test'
import { en } from '../../../shared/i18n/en'

/** UI steps shared by the security specs. Every visible string comes from shared/i18n/en. */

/** Fills `{{name}}` placeholders the way i18next does. */
import { fmt } from '../helpers'
export { fmt }

/** The app's start URL; persistent contexts get full URLs (they have no baseURL). */
export const appUrl = (baseURL: string | undefined, hash = ''): string =>
  new URL(`/${hash}`, baseURL ?? 'http://127.0.0.1:4173').toString()

/**
 * Navigates and waits until the app rendered something. Retried, because other test runs on
 * this machine rebuild out/web (vite empties it first) or restart the shared preview server.
 */
async function load(page: Page, navigate: () => Promise<unknown>): Promise<void> {
  await expect(async () => {
    await navigate()
    await expect(page.locator('#root')).not.toBeEmpty({ timeout: 5_000 })
  }).toPass({ timeout: 30_000 })
}

export const gotoApp = (page: Page, url = '/'): Promise<void> => load(page, () => page.goto(url))
export const reloadApp = (page: Page): Promise<void> => load(page, () => page.reload())

/** The id of the circle whose people screen is shown (from the `#/circle/<id>` route). */
export function circleIdOf(page: Page): string {
  const match = /#\/circle\/([A-Za-z0-9_-]+)/.exec(page.url())
  if (!match) throw new Error(`not on a circle's screen: ${page.url()}`)
  return match[1]!
}

export async function goToCircles(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: en.app.mainNav })
    .getByRole('link', { name: en.nav.circles })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()
}

export async function goToSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: en.app.mainNav })
    .getByRole('link', { name: en.nav.settings })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: en.settings.heading })).toBeVisible()
}

/** Opens a circle from the circles screen. */
export async function openCircle(page: Page, name: string): Promise<void> {
  await goToCircles(page)
  await page
    .getByRole('list', { name: en.circles.listLabel })
    .getByRole('link', { name, exact: true })
    .click()
}

/**
 * Creates a circle (from any screen) and waits for its people screen; returns its id.
 * `memberName` is how this member appears to the others (member data too).
 */
export async function createCircle(
  page: Page,
  name: string,
  memberName = 'Tester',
): Promise<string> {
  if (!(await page.getByRole('heading', { level: 1, name: en.circles.heading }).isVisible()))
    await goToCircles(page)
  const form = page.getByRole('form', { name: en.circles.createHeading })
  await form.getByLabel(en.circles.name, { exact: true }).fill(name)
  await form.getByLabel(en.circles.memberName, { exact: true }).fill(memberName)
  await form.getByRole('button', { name: en.circles.create }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  return circleIdOf(page)
}

export interface PersonFields {
  name: string
  email: string
  phone: string
  address: string
  unit: string
  tags: string
  notes: string
}

const LABELS: Record<keyof PersonFields, string> = {
  name: en.people.name,
  email: en.people.email,
  phone: en.people.phone,
  address: en.people.address,
  unit: en.people.unit,
  tags: en.people.tags,
  notes: en.people.notes,
}
const FIELDS = Object.keys(LABELS) as (keyof PersonFields)[]

/** The button of a person's row in the people list. */
export const personRow = (page: Page, name: string) =>
  page.getByRole('button', { name: fmt(en.people.details, { name }), exact: true })

/** Adds a person through the add-person dialog on the people screen. */
export async function addPerson(
  page: Page,
  person: Partial<PersonFields> & { name: string },
): Promise<void> {
  await page.getByRole('button', { name: en.people.add }).click()
  const dialog = page.getByRole('dialog', { name: en.people.addHeading })
  for (const key of FIELDS) {
    const value = person[key]
    if (value !== undefined) await dialog.getByLabel(LABELS[key], { exact: true }).fill(value)
  }
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
  await expect(personRow(page, person.name)).toBeVisible()
}

/** Changes some fields of a person through the edit dialog. */
export async function editPerson(
  page: Page,
  name: string,
  patch: Partial<PersonFields>,
): Promise<void> {
  await personRow(page, name).click()
  const dialog = page.getByRole('dialog', { name: fmt(en.people.editHeading, { name }) })
  for (const key of FIELDS) {
    const value = patch[key]
    if (value !== undefined) await dialog.getByLabel(LABELS[key], { exact: true }).fill(value)
  }
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
  await expect(personRow(page, patch.name ?? name)).toBeVisible()
}

/** Every field of a person as the edit dialog shows it (the dialog is closed again). */
export async function readPerson(page: Page, name: string): Promise<PersonFields> {
  await personRow(page, name).click()
  const dialog = page.getByRole('dialog', { name: fmt(en.people.editHeading, { name }) })
  await expect(dialog).toBeVisible()
  const out = {} as PersonFields
  for (const key of FIELDS)
    out[key] = await dialog.getByLabel(LABELS[key], { exact: true }).inputValue()
  await dialog.getByRole('button', { name: en.common.cancel }).click()
  await expect(dialog).toBeHidden()
  return out
}

/** The names in the (virtualized) people list's rendered rows. */
export async function listedNames(page: Page): Promise<string[]> {
  const [before, after] = en.people.details.split('{{name}}') as [string, string]
  const labels = await page
    .getByRole('list', { name: en.people.listLabel })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''))
  return labels.map((l) => l.slice(before.length, l.length - after.length)).sort()
}

/** The save indicator once it says every change is stored. */
export async function expectAllSaved(page: Page): Promise<void> {
  const status = page.locator('p.save[role="status"]')
  await expect(status).toHaveText(en.save.saved)
  await expect(status).toHaveAttribute('data-state', 'saved')
}

/**
 * Settings → wipe all data, confirmed with the word. Returns the milliseconds from the
 * confirming click until the first-run screen is shown, and whether the app's own reload after
 * the wipe hit a browser error page (another run rebuilding out/web) and had to be repeated.
 */
export async function wipeEverything(page: Page): Promise<{ ms: number; reloaded: boolean }> {
  await goToSettings(page)
  await page.getByRole('button', { name: en.security.wipeOpen }).click()
  const dialog = page.getByRole('dialog', { name: en.security.wipeConfirmHeading })
  await dialog
    .getByLabel(fmt(en.security.wipeTypeWord, { word: en.security.wipeWord }))
    .fill(en.security.wipeWord)
  const confirm = dialog.getByRole('button', { name: en.security.wipeConfirm })
  await expect(confirm).toBeEnabled()
  // The page the wipe reloads into stamps the moment its first-run heading appears.
  await page.addInitScript((heading) => {
    new MutationObserver((_records, observer) => {
      for (const h of document.querySelectorAll('h1'))
        if (h.textContent === heading) {
          document.documentElement.dataset.setupShownAt = String(Date.now())
          observer.disconnect()
        }
    }).observe(document, { childList: true, subtree: true })
  }, en.security.setupHeading)
  const setup = page.getByRole('heading', { name: en.security.setupHeading })
  // The app navigates only after the wipe finished; if that navigation fails (another run is
  // rebuilding out/web), load the app again.
  let failed = false
  const isMainNavigation = (r: Request) => r.isNavigationRequest() && r.frame() === page.mainFrame()
  const onResponse = (r: Response) => {
    if (isMainNavigation(r.request()) && r.status() >= 400) failed = true
  }
  const onFailed = (r: Request) => {
    if (isMainNavigation(r)) failed = true
  }
  page.on('response', onResponse)
  page.on('requestfailed', onFailed)
  let reloaded = false
  const started = Date.now()
  await confirm.click()
  await expect(async () => {
    if (failed) {
      failed = false
      reloaded = true
      await reloadApp(page)
    }
    await expect(setup).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 20_000 })
  page.off('response', onResponse)
  page.off('requestfailed', onFailed)
  const shownAt = Number(await page.locator('html').getAttribute('data-setup-shown-at'))
  return { ms: (shownAt || Date.now()) - started, reloaded }
}

/** The whole page's markup and text, to check member data is (not) in the window. */
export const pageText = (page: Page): Promise<string> =>
  page.evaluate(
    () => `${document.title}\n${document.documentElement.outerHTML}\n${document.body.innerText}`,
  )

/** Names of the IndexedDB databases this origin has. */
export const databaseNames = (page: Page): Promise<string[]> =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''))

/** Prints a measurement or finding in the test output and records it as an annotation. */
export function note(type: string, description: string): void {
  test.info().annotations.push({ type, description })
  // eslint-disable-next-line no-console -- measurements belong in the test output
  console.log(`${type}: ${description}`)
}

/** Exports a circle's encrypted backup from the circles screen and saves the file to `path`. */
export async function exportBackup(
  page: Page,
  circle: string,
  passphrase: string,
  path: string,
): Promise<void> {
  await goToCircles(page)
  await page.getByRole('button', { name: fmt(en.backup.exportLabel, { name: circle }) }).click()
  const dialog = page.getByRole('dialog', { name: fmt(en.backup.exportHeading, { name: circle }) })
  await dialog.getByLabel(en.backup.passphrase, { exact: true }).fill(passphrase)
  await dialog.getByLabel(en.security.confirm, { exact: true }).fill(passphrase)
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: en.backup.create }).click()
  await (await download).saveAs(path)
  await expect(dialog).toBeHidden()
}

/**
 * Fills the restore dialog (opened with the "Restore from a backup" button of the current
 * screen) and submits it. The dialog is left open, so the caller can check the outcome.
 */
export async function submitRestore(page: Page, file: string, passphrase: string) {
  const dialog = page.getByRole('dialog', { name: en.backup.restoreHeading })
  if (!(await dialog.isVisible())) {
    await page.getByRole('button', { name: en.backup.restore }).click()
    await expect(dialog).toBeVisible()
  }
  await dialog.getByLabel(en.backup.file, { exact: true }).setInputFiles(file)
  await dialog.getByLabel(en.backup.passphrase, { exact: true }).fill(passphrase)
  await dialog.getByRole('button', { name: en.backup.restoreStart }).click()
  return dialog
}

export interface RawRecord {
  seq: number
  doc: string
  data: number[]
}

/**
 * Reads (and optionally changes) the stored records of one document with the plain IndexedDB
 * API, bypassing the app. `flip` XORs a few bytes in the middle of each record's data.
 */
export function rawRecords(
  page: Page,
  docId: string,
  store: 'records' | 'quarantine',
  flip = false,
): Promise<RawRecord[]> {
  return page.evaluate(
    async ({ docId, store, flip }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        // No version: opens the existing database as it is (and never upgrades it).
        const req = indexedDB.open('rhizome-data')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      try {
        const tx = db.transaction(store, flip ? 'readwrite' : 'readonly')
        const os = tx.objectStore(store)
        const rows = await new Promise<{ seq: number; doc: string; data: Uint8Array }[]>(
          (resolve, reject) => {
            const req = os.getAll()
            req.onsuccess = () => resolve(req.result)
            req.onerror = () => reject(req.error)
          },
        )
        const mine = rows.filter((r) => r.doc === docId)
        if (flip)
          for (const row of mine) {
            const mid = Math.floor(row.data.length / 2)
            for (let i = mid - 2; i <= mid + 2; i++) row.data[i] = row.data[i]! ^ 0xa5
            os.put(row)
          }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
          tx.onabort = () => reject(tx.error)
        })
        return mine.map((r) => ({ seq: r.seq, doc: r.doc, data: Array.from(r.data) }))
      } finally {
        db.close()
      }
    },
    { docId, store, flip },
  )
}

/** The people count the open circle's header shows ("1 person", "12 people"). */
export async function peopleCount(page: Page): Promise<number> {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = [en.people.count_one, en.people.count_other]
    .map((t) => escape(t).replace(/\\\{\\\{count(, number)?\\\}\\\}/, '([\\d,]+)'))
    .join('|')
  const text = await page
    .getByText(new RegExp(`^(?:${pattern})$`))
    .first()
    .innerText()
  const match = new RegExp(`^(?:${pattern})$`).exec(text.trim())
  return Number((match?.[1] ?? match?.[2] ?? '').replace(/,/g, ''))
}
