import { expect, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'

/** UI steps shared by the security specs. Every visible string comes from shared/i18n/en. */

/** Fills `{{name}}` placeholders the way i18next does. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(values[key] ?? ''))
}

/** The app's start URL; persistent contexts get full URLs (they have no baseURL). */
export const appUrl = (baseURL: string | undefined, hash = ''): string =>
  new URL(`/${hash}`, baseURL ?? 'http://127.0.0.1:4173').toString()

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

/** Creates a circle (from any screen) and waits for its people screen; returns its id. */
export async function createCircle(page: Page, name: string): Promise<string> {
  if (!(await page.getByRole('heading', { level: 1, name: en.circles.heading }).isVisible()))
    await goToCircles(page)
  const form = page.getByRole('form', { name: en.circles.createHeading })
  await form.getByLabel(en.circles.name, { exact: true }).fill(name)
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
 * confirming click until the first-run screen is shown.
 */
export async function wipeEverything(page: Page): Promise<number> {
  await goToSettings(page)
  await page.getByRole('button', { name: en.security.wipeOpen }).click()
  const dialog = page.getByRole('dialog', { name: en.security.wipeConfirmHeading })
  await dialog
    .getByLabel(fmt(en.security.wipeTypeWord, { word: en.security.wipeWord }))
    .fill(en.security.wipeWord)
  const confirm = dialog.getByRole('button', { name: en.security.wipeConfirm })
  await expect(confirm).toBeEnabled()
  const started = Date.now()
  await confirm.click()
  await expect(page.getByRole('heading', { name: en.security.setupHeading })).toBeVisible({
    timeout: 15_000,
  })
  return Date.now() - started
}

/** The whole page's markup and text, to check member data is (not) in the window. */
export const pageText = (page: Page): Promise<string> =>
  page.evaluate(
    () => `${document.title}\n${document.documentElement.outerHTML}\n${document.body.innerText}`,
  )

/** Names of the IndexedDB databases this origin has. */
export const databaseNames = (page: Page): Promise<string[]> =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''))
