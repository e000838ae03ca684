import { expect, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'

/** Shared steps of the end-to-end specs. Every UI string comes from shared/i18n. */

export type Strings = typeof en

/** Fills `{{name}}` placeholders the way i18next does (no escaping, no number formatting). */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(values[key] ?? ''))
}

/** The id of the circle whose people screen is shown (from the `#/circle/<id>` route). */
export function circleIdOf(page: Page): string {
  const match = /#\/circle\/([A-Za-z0-9_-]+)/.exec(page.url())
  if (!match) throw new Error(`not on a circle's screen: ${page.url()}`)
  return match[1]!
}

/** Creates a circle from the circles screen and waits for its people screen; returns its id. */
export async function createCircle(page: Page, name: string, s: Strings = en): Promise<string> {
  const form = page.getByRole('form', { name: s.circles.createHeading })
  await form.getByLabel(s.circles.name, { exact: true }).fill(name)
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

/** The save indicator once it says every change is stored. */
export function savedStatus(page: Page, s: Strings = en) {
  return page.locator('p.save[role="status"]').filter({ hasText: s.save.saved })
}

/** Waits until the open circle reports every change as stored. */
export async function expectAllSaved(page: Page, s: Strings = en) {
  await expect(savedStatus(page, s)).toBeVisible()
  await expect(page.locator('p.save')).toHaveAttribute('data-state', 'saved')
}
