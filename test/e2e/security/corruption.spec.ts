import { expect, test, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { setUpProtection, unlock } from '../../support/first-run'
import {
  addPerson,
  createCircle,
  editPerson,
  expectAllSaved,
  exportBackup,
  fmt,
  gotoApp,
  goToCircles,
  listedNames,
  openCircle,
  personRow,
  rawRecords,
  reloadApp,
  submitRestore,
} from './steps'

/**
 * Changed bytes on disk: the damaged circle is refused (never overwritten), the other circles
 * keep working, and a restore from a backup moves the damaged records aside instead of deleting.
 */

const A = 'Alpha warehouse drive'
const B = 'Beta tenants union'
const PEOPLE_A = ['Ada Alvarez', 'Anton Albers', 'Aiko Arai']
const PEOPLE_B = ['Bea Brandt', 'Bilal Bakr']
const BACKUP_PASSPHRASE = 'backup of alpha before the damage'

const circleItem = (page: Page, name: string) =>
  page
    .getByRole('list', { name: en.circles.listLabel })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) })

/** Two circles with people, a backup of A, then changed bytes in A's records (while locked). */
async function damageCircleA(page: Page, backup: string) {
  await gotoApp(page)
  await setUpProtection(page)
  const idA = await createCircle(page, A)
  for (const name of PEOPLE_A) await addPerson(page, { name, unit: `Unit of ${name}` })
  await editPerson(page, PEOPLE_A[0]!, { notes: 'edited once' })
  await expectAllSaved(page)
  await createCircle(page, B)
  for (const name of PEOPLE_B) await addPerson(page, { name, unit: `Unit of ${name}` })
  await expectAllSaved(page)
  await exportBackup(page, A, BACKUP_PASSPHRASE, backup)

  // Change bytes while the app is locked (it has no connection to the data database then).
  await goToCircles(page)
  await reloadApp(page)
  await expect(page.getByRole('heading', { name: en.security.lockedHeading })).toBeVisible()
  const damaged = await rawRecords(page, idA, 'records', true)
  expect(damaged.length).toBeGreaterThan(0)
  expect(await rawRecords(page, idA, 'records')).toEqual(damaged)

  await reloadApp(page)
  await unlock(page)
  return { idA, damaged }
}

const damagedAlert = (page: Page) => page.getByRole('alert').filter({ hasText: en.circles.damaged })

test('a damaged circle is refused and kept; the others still open; a backup restores it', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  const backup = testInfo.outputPath('alpha.rhizome')
  const { idA, damaged } = await damageCircleA(page, backup)

  await openCircle(page, A)
  await expect(damagedAlert(page)).toBeVisible()
  await expect(page.getByRole('button', { name: en.backup.restore })).toBeVisible()
  await expect(page.getByRole('list', { name: en.people.listLabel })).toHaveCount(0)

  await openCircle(page, B)
  await expect(page.getByRole('heading', { level: 1, name: B })).toBeVisible()
  await expect.poll(() => listedNames(page)).toEqual([...PEOPLE_B].sort())

  await goToCircles(page)
  await expect(circleItem(page, A)).toContainText(en.circles.damagedMark)
  await expect(circleItem(page, B)).not.toContainText(en.circles.damagedMark)

  // The app never wrote over the damaged records.
  expect(await rawRecords(page, idA, 'records')).toEqual(damaged)
  expect(await rawRecords(page, idA, 'quarantine')).toEqual([])

  // Restore from the backup made before the damage, with the damaged screen's button.
  await openCircle(page, A)
  await expect(damagedAlert(page)).toBeVisible()
  const dialog = await submitRestore(page, backup, BACKUP_PASSPHRASE)
  await expect(dialog).toBeHidden({ timeout: 15_000 })
  await expect(page.getByText(fmt(en.backup.restored, { name: A }))).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: A })).toBeVisible()
  await expect.poll(() => listedNames(page)).toEqual([...PEOPLE_A].sort())
  await expect(personRow(page, PEOPLE_A[1]!)).toContainText(`Unit of ${PEOPLE_A[1]}`)

  // The damaged records were moved aside unchanged, not deleted.
  const quarantined = await rawRecords(page, idA, 'quarantine')
  expect(quarantined.map((r) => r.data)).toEqual(damaged.map((r) => r.data))
  const current = await rawRecords(page, idA, 'records')
  expect(current.length).toBeGreaterThan(0)
  for (const r of damaged) expect(current.map((c) => c.data)).not.toContainEqual(r.data)

  await goToCircles(page)
  await expect(circleItem(page, A)).not.toContainText(en.circles.damagedMark)
  await expect(circleItem(page, B)).not.toContainText(en.circles.damagedMark)
})

// Regression: restoring from the damaged circle's own screen once left the "damaged" message
// showing (the route did not change); the registry's revision now makes the screen reopen it.
test('restoring from the damaged screen shows the restored circle right away', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  const backup = testInfo.outputPath('alpha.rhizome')
  await damageCircleA(page, backup)
  await openCircle(page, A)
  await expect(damagedAlert(page)).toBeVisible()
  const dialog = await submitRestore(page, backup, BACKUP_PASSPHRASE)
  await expect(dialog).toBeHidden({ timeout: 15_000 })
  await expect(page.getByRole('heading', { level: 1, name: A })).toBeVisible()
  await expect.poll(() => listedNames(page)).toEqual([...PEOPLE_A].sort())
})
