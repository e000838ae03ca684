import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { setUpProtection } from '../../support/first-run'
import {
  addPerson,
  createCircle,
  editPerson,
  expectAllSaved,
  exportBackup,
  fmt,
  gotoApp,
  listedNames,
  readPerson,
  submitRestore,
  wipeEverything,
  type PersonFields,
} from './steps'

/** Encrypted backups: a full round trip through a wiped device, and the refusals. */

const CIRCLE = 'Harbour tenants — Block C'
const BACKUP_PASSPHRASE = 'backup passphrase, not the device one'

const PEOPLE: PersonFields[] = [
  {
    name: 'Rosa Hernández',
    email: 'rosa@example.org',
    phone: '+49 30 123456',
    address: 'Hafenstraße 12, 3. OG',
    unit: 'Block C, floor 3',
    tags: 'committee, spanish',
    notes: 'Met at the stairwell meeting.\nWants to talk about the heating.',
  },
  {
    name: 'Amir Khan',
    email: '',
    phone: '0176 555 0101',
    address: '',
    unit: 'Block C, floor 1',
    tags: 'urdu',
    notes: '',
  },
  {
    name: 'Berta Schulz',
    email: 'berta@example.net',
    phone: '',
    address: '',
    unit: '',
    tags: '',
    notes: 'ä ö ü ß – “quotes” 🌱',
  },
  {
    name: 'Chen Wei 陈伟',
    email: 'chen@example.com',
    phone: '',
    address: 'Kai 7',
    unit: 'Block C, floor 5',
    tags: 'mandarin, leader',
    notes: 'Brings the kids.',
  },
]

/** Adds the people, then edits some of them; returns what each should now be. */
async function fillCircle(page: Page): Promise<PersonFields[]> {
  for (const p of PEOPLE) await addPerson(page, p)
  await editPerson(page, 'Amir Khan', {
    email: 'amir@example.org',
    notes: 'Night shift at the port.',
  })
  await editPerson(page, 'Berta Schulz', { name: 'Berta Schulz-Maier', tags: 'tenant council' })
  await expectAllSaved(page)
  return PEOPLE.map((p) =>
    p.name === 'Amir Khan'
      ? { ...p, email: 'amir@example.org', notes: 'Night shift at the port.' }
      : p.name === 'Berta Schulz'
        ? { ...p, name: 'Berta Schulz-Maier', tags: 'tenant council' }
        : p,
  )
}

async function readCircle(page: Page): Promise<PersonFields[]> {
  const names = await listedNames(page)
  const people: PersonFields[] = []
  for (const name of names) people.push(await readPerson(page, name))
  return people
}

const byName = (a: PersonFields, b: PersonFields) => a.name.localeCompare(b.name)

test('a backup restores the circle with exactly the same people on a wiped device', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  await gotoApp(page)
  await setUpProtection(page)
  await createCircle(page, CIRCLE)
  const expected = await fillCircle(page)
  await expect(page.getByText(fmt(en.people.count_other, { count: PEOPLE.length }))).toBeVisible()
  const before = await readCircle(page)
  expect([...before].sort(byName)).toEqual([...expected].sort(byName))

  const file = testInfo.outputPath('circle.rhizome')
  await exportBackup(page, CIRCLE, BACKUP_PASSPHRASE, file)
  const bytes = await readFile(file)
  expect(bytes.subarray(0, 16).toString('latin1')).toBe('RHIZOME-BACKUP 1')
  // The backup is encrypted: no names or notes in it.
  for (const p of expected) expect(bytes.includes(Buffer.from(p.name))).toBe(false)
  expect(bytes.includes(Buffer.from(CIRCLE))).toBe(false)

  await wipeEverything(page)
  await setUpProtection(page, 'another device passphrase')
  await expect(page.getByText(en.circles.empty)).toBeVisible()

  const dialog = await submitRestore(page, file, BACKUP_PASSPHRASE)
  await expect(dialog).toBeHidden({ timeout: 15_000 })
  await expect(page.getByRole('heading', { level: 1, name: CIRCLE })).toBeVisible()
  await expect(page.getByText(fmt(en.people.count_other, { count: PEOPLE.length }))).toBeVisible()
  const after = await readCircle(page)
  expect(after).toEqual(before)
})

test('restoring refuses a wrong passphrase, a damaged file and a file that is not a backup', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000)
  await gotoApp(page)
  await setUpProtection(page)
  await createCircle(page, CIRCLE)
  await addPerson(page, PEOPLE[0]!)
  await expectAllSaved(page)
  const file = testInfo.outputPath('circle.rhizome')
  await exportBackup(page, CIRCLE, BACKUP_PASSPHRASE, file)

  const error = (dialog: Awaited<ReturnType<typeof submitRestore>>, text: string) =>
    expect(dialog.getByText(text, { exact: true })).toBeVisible({ timeout: 15_000 })

  let dialog = await submitRestore(page, file, 'not the backup passphrase')
  await error(dialog, en.backup.errors.wrongPassphrase)

  const random = testInfo.outputPath('random.bin')
  await writeFile(random, randomBytes(4096))
  dialog = await submitRestore(page, random, BACKUP_PASSPHRASE)
  await error(dialog, en.backup.errors.notABackup)

  const truncated = testInfo.outputPath('truncated.rhizome')
  const bytes = await readFile(file)
  await writeFile(truncated, bytes.subarray(0, bytes.length - 40))
  dialog = await submitRestore(page, truncated, BACKUP_PASSPHRASE)
  await error(dialog, en.backup.errors.damaged)

  // Nothing was restored or changed by the refused attempts.
  await dialog.getByRole('button', { name: en.common.cancel }).click()
  await expect(
    page.getByRole('list', { name: en.circles.listLabel }).getByRole('listitem'),
  ).toHaveCount(1)
})
