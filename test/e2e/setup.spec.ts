import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import {
  addPerson,
  circleIdOf,
  createCircle,
  fmt,
  personRow,
  reloadAndUnlock,
  start,
} from './helpers'

const s = en.setup

test('units as a tree and fields of the circle’s own, used for a person', async ({ page }) => {
  await start(page)
  await createCircle(page, 'Tenants of Block C')
  const id = circleIdOf(page)
  await addPerson(page, { name: 'Amal Haddad', unit: 'Floor 3' })
  await page.getByRole('link', { name: s.title }).click()
  await expect(page).toHaveURL(new RegExp(`#/circle/${id}/setup$`))

  // The unit typed for Amal is there; add a building and move the floor into it.
  const tree = page.getByRole('list', { name: s.units.treeLabel })
  await expect(tree).toContainText('Floor 3')
  await expect(tree).toContainText(fmt(s.units.people_one, { count: 1 }))
  await page.getByLabel(s.units.name, { exact: true }).fill('Building C')
  await page.getByRole('button', { name: s.units.add }).click()
  await page.getByRole('button', { name: fmt(s.units.edit, { name: 'Floor 3' }) }).click()
  const edit = page.getByRole('dialog', { name: fmt(s.units.editHeading, { name: 'Floor 3' }) })
  await edit.getByLabel(s.units.parent).selectOption({ label: 'Building C' })
  await edit.getByRole('button', { name: en.common.save }).click()
  await expect(edit).toBeHidden()
  await expect(tree.locator('li')).toHaveText([/Building C/, /Floor 3/])

  // A choice field and a number field.
  await page.getByLabel(s.fields.name, { exact: true }).fill('Rent strike pledge')
  await page.getByLabel(s.fields.type).selectOption('choice')
  await page.getByLabel(s.fields.choices, { exact: true }).fill('Pledged, Thinking, No')
  await page.getByRole('button', { name: s.fields.add }).click()
  await page.getByLabel(s.fields.name, { exact: true }).fill('Years in flat')
  await page.getByLabel(s.fields.type).selectOption('number')
  await page.getByRole('button', { name: s.fields.add }).click()
  await expect(page.locator('.field-list li')).toHaveCount(2)

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(violations.map((v) => v.id)).toEqual([])

  // Amal's unit now reads Building C › Floor 3; her fields take only fitting values.
  await page.getByRole('link', { name: en.nav.people }).last().click()
  await expect(personRow(page, 'Amal Haddad')).toContainText('Building C › Floor 3')
  await personRow(page, 'Amal Haddad').click()
  const dialog = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Amal Haddad' }),
  })
  await dialog.getByLabel('Rent strike pledge').selectOption('Pledged')
  await dialog.getByLabel('Years in flat').fill('many')
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(
    dialog.getByText(fmt(en.person.customInvalid, { type: en.person.customTypes.number })),
  ).toBeVisible()
  await dialog.getByLabel('Years in flat').fill('12')
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
  await reloadAndUnlock(page)
  await personRow(page, 'Amal Haddad').click()
  await expect(dialog.getByLabel('Rent strike pledge')).toHaveValue('Pledged')
  await expect(dialog.getByLabel('Years in flat')).toHaveValue('12')
  await dialog.getByRole('button', { name: en.common.cancel }).click()

  // Removing the building moves the floor (and Amal) up; nobody leaves the circle.
  await page.getByRole('link', { name: s.title }).click()
  await page.getByRole('button', { name: fmt(s.units.remove, { name: 'Building C' }) }).click()
  const remove = page.getByRole('dialog', {
    name: fmt(s.units.removeHeading, { name: 'Building C' }),
  })
  await remove.getByRole('button', { name: en.common.remove }).click()
  await expect(tree.locator('li')).toHaveText([/Floor 3/])
  await page.getByRole('link', { name: en.nav.people }).last().click()
  await expect(personRow(page, 'Amal Haddad')).toContainText('Floor 3')
})
