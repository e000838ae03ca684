import { expect, test } from '@playwright/test'
import { setUpProtection, unlock } from '../support/first-run'
import { fillMemberName } from './helpers'

test('create a circle, add, edit and remove a person, and find them after a reload', async ({
  page,
}) => {
  await page.goto('/')
  await setUpProtection(page)
  // exact: the form also has "Your name in this circle", which the helper fills where present.
  await page.getByLabel('Name', { exact: true }).fill('Warehouse drive')
  await fillMemberName(page)
  await page.getByRole('button', { name: 'Create circle' }).click()
  await expect(page.getByRole('heading', { name: 'Warehouse drive' })).toBeVisible()

  await page.getByRole('button', { name: 'Add person' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add a person' })
  await dialog.getByLabel('Name').fill('Rosa Hernández')
  await dialog.getByLabel('Email').fill('rosa@example.org')
  await dialog.getByLabel('Unit').fill('Night shift')
  await dialog.getByLabel('Tags').fill('committee, spanish')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('button', { name: 'Details of Rosa Hernández' })
  await expect(row).toContainText('Night shift')
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()

  await page.reload()
  await unlock(page)
  await row.click()
  const edit = page.getByRole('dialog', { name: 'Edit Rosa Hernández' })
  await edit.getByLabel('Phone').fill('+49 30 123456')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
  await page.reload()
  await unlock(page)
  await page.getByRole('button', { name: 'Details of Rosa Hernández' }).click()
  await expect(page.getByRole('dialog').getByLabel('Phone')).toHaveValue('+49 30 123456')
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click()
  await page
    .getByRole('dialog', { name: 'Remove Rosa Hernández?' })
    .getByRole('button', { name: 'Remove' })
    .click()
  await expect(page.getByText('No one is in this circle yet')).toBeVisible()
  await page.reload()
  await unlock(page)
  await expect(page.getByText('No one is in this circle yet')).toBeVisible()
})
