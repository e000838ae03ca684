import { expect, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'

/** Shared steps of the end-to-end specs. Every UI string comes from shared/i18n. */

export type Strings = typeof en

export const PASSPHRASE = 'correct horse battery staple'

/** Fills `{{name}}` placeholders the way i18next does (no escaping, no number formatting). */
export function fmt(template: string, values: Record<string, string | number>): string {
  // `{{count, number}}` is formatted by the app (English grouping in these tests).
  return template.replace(/\{\{(\w+)(, *number)?\}\}/g, (_m, key: string, num?: string) => {
    const v = values[key] ?? ''
    return num && typeof v === 'number' ? new Intl.NumberFormat('en').format(v) : String(v)
  })
}

/** Completes the first-run protection on a fresh profile; ends on the circles screen. */
export async function setUp(page: Page, s: Strings = en, passphrase = PASSPHRASE) {
  await expect(page.getByRole('heading', { level: 1, name: s.security.setupHeading })).toBeVisible()
  await page.getByLabel(s.security.passphrase, { exact: true }).fill(passphrase)
  await page.getByLabel(s.security.confirm, { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: s.security.start }).click()
  await expect(page.getByRole('button', { name: s.security.lockNow })).toBeVisible({
    timeout: 15_000,
  })
}

/** Opens the app on a fresh profile and sets it up: the circles screen, empty. */
export async function start(page: Page) {
  await page.goto('/')
  await setUp(page)
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()
}

/** Unlocks the lock screen (after a reload or a restart). */
export async function unlock(page: Page, s: Strings = en, passphrase = PASSPHRASE) {
  await expect(
    page.getByRole('heading', { level: 1, name: s.security.lockedHeading }),
  ).toBeVisible()
  await page.getByLabel(s.security.passphrase, { exact: true }).fill(passphrase)
  await page.getByRole('button', { name: s.security.unlock }).click()
  await expect(page.getByRole('button', { name: s.security.lockNow })).toBeVisible({
    timeout: 15_000,
  })
}

/** Reloads the page and unlocks again: what a member sees after closing and reopening the tab. */
export async function reloadAndUnlock(page: Page, s: Strings = en) {
  await page.reload()
  await unlock(page, s)
}

/** The id of the circle whose people screen is shown (from the `#/circle/<id>` route). */
export function circleIdOf(page: Page): string {
  const match = /#\/circle\/([A-Za-z0-9_-]+)/.exec(page.url())
  if (!match) throw new Error(`not on a circle's screen: ${page.url()}`)
  return match[1]!
}

/** The form that creates a circle, on the circles screen. */
export function createForm(page: Page, s: Strings = en) {
  return page.getByRole('form', { name: s.circles.createHeading })
}

/**
 * Fills "your name in this circle" where the create form asks for it (a newer form does; the
 * label is looked up at run time so that these tests work with and without it).
 */
export async function fillMemberName(page: Page, s: Strings = en, value = 'Sam') {
  const label = (s.circles as Record<string, string | undefined>).memberName
  if (!label) return
  const field = createForm(page, s).getByLabel(label, { exact: true })
  if ((await field.count()) > 0) await field.fill(value)
}

/** Creates a circle from the circles screen and waits for its people screen; returns its id. */
export async function createCircle(page: Page, name: string, s: Strings = en): Promise<string> {
  const form = createForm(page, s)
  await form.getByLabel(s.circles.name, { exact: true }).fill(name)
  await fillMemberName(page, s)
  await form.getByRole('button', { name: s.circles.create }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  return circleIdOf(page)
}

export interface PersonFields {
  name: string
  email?: string
  phone?: string
  unit?: string
  tags?: string
}

/** Adds a person through the add-person dialog on the people screen. */
export async function addPerson(page: Page, person: PersonFields, s: Strings = en) {
  await page.getByRole('button', { name: s.people.add }).click()
  const dialog = page.getByRole('dialog', { name: s.people.addHeading })
  await dialog.getByLabel(s.people.name, { exact: true }).fill(person.name)
  if (person.email) await dialog.getByLabel(s.people.email).fill(person.email)
  if (person.phone) await dialog.getByLabel(s.people.phone).fill(person.phone)
  if (person.unit) await dialog.getByLabel(s.people.unit).fill(person.unit)
  if (person.tags) await dialog.getByLabel(s.people.tags).fill(person.tags)
  await dialog.getByRole('button', { name: s.common.save }).click()
  await expect(dialog).toBeHidden()
  await expect(personRow(page, person.name, s)).toBeVisible()
}

/** The button of a person's row in the people list. */
export function personRow(page: Page, name: string, s: Strings = en) {
  return page.getByRole('button', { name: fmt(s.people.details, { name }), exact: true })
}

/** Waits until the open circle reports every change as stored. */
export async function expectAllSaved(page: Page, s: Strings = en) {
  const indicator = page.locator('p.save[role="status"]')
  await expect(indicator).toHaveText(s.save.saved)
  await expect(indicator).toHaveAttribute('data-state', 'saved')
}

/** How many sealed records the app's encrypted store (Dexie `rhizome-data`) holds for a document. */
export function countRecordsOf(page: Page, docId: string): Promise<number> {
  return page.evaluate(
    (doc) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('rhizome-data')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const req = db.transaction('records').objectStore('records').index('doc').count(doc)
          req.onsuccess = () => {
            db.close()
            resolve(req.result)
          }
          req.onerror = () => reject(req.error)
        }
      }),
    docId,
  )
}
