import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import { circleIdOf, createCircle, fmt, personRow, start } from './helpers'

const tr = en.transfer
const FIXTURES = new URL('../fixtures/import/', import.meta.url)

const DEPARTMENTS = ['Warehouse', 'Kitchen', 'Drivers', 'Maintenance', 'Front desk', 'Nursing']
const FIRST = ['Ada', 'Amal', 'Bea', 'Carlos', 'Dara', 'Emeka', 'Fatima', 'Grace', 'Jürgen', 'Zoë']
const LAST = ['Abara', 'Bauer', 'Costa', 'Diallo', 'García', 'Huang', 'Müller', 'Nguyen', 'Rossi']

/** A member list as a union spreadsheet exports it: BOM, CRLF, quoted cells, a formula. */
function membersCsv(n: number, from = 0): string {
  const rows = ['First Name,Last Name,Email,Phone,Department,Shift,Tags,Notes,Badge number']
  for (let i = from; i < from + n; i++) {
    const notes =
      i === 7
        ? '"=HYPERLINK(""http://evil.example/?x=1"",""click"")"'
        : i % 25 === 0
          ? `"Met at the gate, ${i}.\nCall after 6pm."`
          : ''
    rows.push(
      [
        FIRST[i % FIRST.length],
        `${LAST[i % LAST.length]}-${i}`,
        `member${i}@example.org`,
        `+49 170 ${1_000_000 + i}`,
        DEPARTMENTS[i % DEPARTMENTS.length],
        i % 3 === 0 ? 'Night' : 'Day',
        `"member, ${i % 2 ? 'steward' : 'new'}"`,
        notes,
        `B-${i}`,
      ].join(','),
    )
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`
}

const nameOf = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}-${i}`

const count = (n: number) =>
  fmt(n === 1 ? en.people.count_one : en.people.count_other, { count: n })

function result(added: number, merged: number, skipped: number): string {
  const plural = (one: string, other: string, n: number) => fmt(n === 1 ? one : other, { count: n })
  return fmt(tr.result, {
    added: plural(tr.added_one, tr.added_other, added),
    merged: plural(tr.merged_one, tr.merged_other, merged),
    skipped: plural(tr.skipped_one, tr.skipped_other, skipped),
  })
}

async function audit(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
}

async function openTransfer(page: Page) {
  const id = circleIdOf(page)
  await page.getByRole('link', { name: tr.title }).click()
  await expect(page).toHaveURL(new RegExp(`#/circle/${id}/transfer$`))
  await expect(page.getByRole('heading', { level: 2, name: tr.importHeading })).toBeVisible()
}

async function chooseFile(page: Page, name: string, content: string | Buffer, mimeType: string) {
  const another = page.getByRole('button', { name: tr.another })
  if (await another.isVisible()) await another.click()
  await page.getByLabel(tr.file, { exact: true }).setInputFiles({
    name,
    mimeType,
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  })
}

const importButton = (page: Page, n: number) =>
  page.getByRole('button', {
    name: fmt(n === 1 ? tr.import_one : tr.import_other, { count: n }),
    exact: true,
  })

/** On the review screen: imports the `n` people and waits for the summary. */
async function importReviewed(page: Page, n: number, expected: string) {
  await expect(page.getByRole('heading', { level: 3, name: tr.reviewHeading })).toBeVisible({
    timeout: 30_000,
  })
  await importButton(page, n).click()
  await expect(page.getByRole('heading', { level: 3, name: tr.doneHeading })).toBeVisible({
    timeout: 60_000,
  })
  await expect(page.getByRole('status').filter({ hasText: expected })).toBeVisible()
}

async function download(page: Page, label: string): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: label }).click()
  const file = await downloading
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') }
}

test('a real member list of 5,000: mapping, import, duplicates merged, CSV export guarded', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await start(page)
  await createCircle(page, 'Harbour drive')
  await openTransfer(page)
  await expect(page.getByText(tr.exportEmpty)).toBeVisible()
  await audit(page)

  await chooseFile(page, 'members.csv', membersCsv(5000), 'text/csv')
  await expect(page.getByRole('heading', { level: 3, name: tr.mappingHeading })).toBeVisible({
    timeout: 30_000,
  })
  // Encoding, delimiter and the number of rows, as detected.
  await expect(
    page.getByText(
      fmt(tr.csvFacts_other, {
        name: 'members.csv',
        encoding: tr.encodings['utf-8'],
        delimiter: tr.delimiters.comma,
        count: 5000,
      }),
    ),
  ).toBeVisible()
  const column = (name: string) => page.getByLabel(fmt(tr.importAsLabel, { column: name }))
  await expect(column('First Name')).toHaveValue('givenName')
  await expect(column('Last Name')).toHaveValue('familyName')
  await expect(column('Email')).toHaveValue('email')
  await expect(column('Phone')).toHaveValue('phone')
  await expect(column('Department')).toHaveValue('unit')
  await expect(column('Shift')).toHaveValue('ignore')
  await expect(column('Tags')).toHaveValue('tags')
  await expect(column('Notes')).toHaveValue('notes')
  await expect(column('Badge number')).toHaveValue('ignore')
  await column('Badge number').selectOption('custom:Badge number')

  const preview = page.getByRole('table', { name: tr.previewLabel })
  await expect(preview.getByRole('row')).toHaveCount(6)
  await expect(preview).toContainText(nameOf(0))
  await expect(preview).toContainText('member0@example.org')
  await expect(preview).toContainText('B-0')
  await audit(page)

  // Without a name column nothing can go on.
  await column('First Name').selectOption('ignore')
  await column('Last Name').selectOption('ignore')
  await expect(page.getByText(tr.needsName)).toBeVisible()
  await expect(page.getByRole('button', { name: tr.continue })).toBeDisabled()
  await column('First Name').selectOption('givenName')
  await column('Last Name').selectOption('familyName')
  await page.getByRole('button', { name: tr.continue }).click()

  await expect(page.getByText(fmt(tr.fresh_other, { count: 5000 }))).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.getByText(fmt(tr.newFields, { names: 'Badge number' }))).toBeVisible()
  await audit(page)
  await importReviewed(page, 5000, result(5000, 0, 0))
  await expect(page.getByText(count(5000), { exact: true })).toBeVisible()

  // Two known emails and one new person: the two are merged, nothing is overwritten.
  const again = [
    'Name,E-Mail,Role',
    `Someone Else,MEMBER1@example.org,Steward`,
    `${nameOf(2)},member2@example.org,Crane operator`,
    'Rosa Hernández,rosa@example.org,Nurse',
  ].join('\n')
  await chooseFile(page, 'update.csv', again, 'text/csv')
  await expect(column('E-Mail')).toHaveValue('email')
  await page.getByRole('button', { name: tr.continue }).click()
  await expect(
    page.getByRole('heading', { level: 4, name: fmt(tr.duplicatesHeading_other, { count: 2 }) }),
  ).toBeVisible()
  const choice = page.getByLabel(
    fmt(tr.choiceLabel, {
      name: 'Someone Else',
      where: fmt(tr.lineKinds.csv, { line: 2 }),
    }),
  )
  await expect(choice).toHaveValue('merge')
  await expect(
    page.getByText(fmt(tr.matchExisting.email, { name: nameOf(1) }), { exact: true }),
  ).toBeVisible()
  await importReviewed(page, 3, result(1, 2, 0))
  await expect(page.getByText(count(5001), { exact: true })).toBeVisible()

  // The export marks formula cells so a spreadsheet shows them as text.
  const csv = await download(page, tr.exportCsv)
  expect(csv.name).toMatch(/^rhizome-people-\d{4}-\d{2}-\d{2}\.csv$/)
  expect(csv.text.startsWith('\uFEFFName,Email,Phone')).toBe(true)
  expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example/?x=1"",""click"")"`)
  expect(csv.text).toContain('Badge number')

  // The merged person kept their name and got the role from the second file.
  await page.getByRole('link', { name: en.nav.people }).last().click()
  await page.getByLabel(en.people.filter).fill(nameOf(1))
  await personRow(page, nameOf(1)).click()
  const dialog = page.getByRole('dialog', { name: fmt(en.people.editHeading, { name: nameOf(1) }) })
  await expect(dialog.getByLabel(en.person.role, { exact: true })).toHaveValue('Steward')
  await expect(dialog.getByLabel(en.people.email)).toHaveValue('member1@example.org')
})

test('hostile files: rows listed with their line, binary refused, a cancelled import leaves nothing', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await start(page)
  await createCircle(page, 'Tenants of Block C')
  await openTransfer(page)

  const ragged = await readFile(new URL('hostile-ragged.csv', FIXTURES))
  await chooseFile(page, 'hostile-ragged.csv', ragged, 'text/csv')
  const issues = page.getByRole('list', { name: tr.issuesLabel })
  for (const line of [3, 4]) {
    await expect(issues).toContainText(
      fmt(tr.issue, { where: fmt(tr.lineKinds.csv, { line }), reason: tr.issues.raggedRow }),
    )
  }
  await page.getByRole('button', { name: tr.continue }).click()
  await expect(page.getByRole('list', { name: tr.issuesLabel })).toHaveCount(1)
  await importReviewed(page, 2, result(2, 0, 0))
  await expect(page.getByText(count(2), { exact: true })).toBeVisible()

  const quotes = await readFile(new URL('hostile-quotes-newlines.csv', FIXTURES))
  await chooseFile(page, 'hostile-quotes-newlines.csv', quotes, 'text/csv')
  await expect(page.getByRole('heading', { level: 3, name: tr.mappingHeading })).toBeVisible()
  await page.getByRole('button', { name: tr.start }).click()

  // An .xlsx saved under a .csv name: refused as a whole, nothing imported.
  const binary = Buffer.alloc(4096)
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 251
  binary.write('PK\u0003\u0004', 0, 'latin1')
  await chooseFile(page, 'members.csv', binary, 'text/csv')
  const alert = page
    .getByRole('alert')
    .filter({ hasText: fmt(tr.refusedHeading, { name: 'members.csv' }) })
  await expect(alert).toContainText(tr.refusals.binary)
  await expect(alert).toContainText(tr.nothingImported)
  await audit(page)

  // A file of 40,000 rows: cancelled while it is being written, the circle is as before.
  await chooseFile(page, 'big.csv', membersCsv(40_000, 100), 'text/csv')
  await page.getByRole('button', { name: tr.continue }).click({ timeout: 60_000 })
  await expect(page.getByRole('heading', { level: 3, name: tr.reviewHeading })).toBeVisible({
    timeout: 60_000,
  })
  await importButton(page, 40_000).click()
  await expect(page.getByRole('progressbar')).toBeVisible()
  await page.getByRole('button', { name: tr.cancel }).click()
  await expect(page.getByRole('alert').filter({ hasText: tr.cancelled })).toBeVisible({
    timeout: 60_000,
  })
  await expect(page.getByText(count(2), { exact: true })).toBeVisible()
  await page.getByRole('link', { name: en.nav.people }).last().click()
  await expect(personRow(page, 'Ada Lovelace')).toBeVisible()
  await expect(personRow(page, nameOf(100))).toHaveCount(0)
})

test('export to OSDI and import it into another circle: nothing lost', async ({ page }) => {
  test.setTimeout(180_000)
  await start(page)
  await createCircle(page, 'Warehouse drive')
  await openTransfer(page)
  const rich = [
    'Name,Email,Phone,Unit,Role,Tags,Languages,Assessment,Stage,Leader,Last contact,Notes,Shoe size',
    'Rosa Hernández,rosa@example.org,+49 170 7654001,Harbour > Night shift,Crane operator,"steward, spanish","es, de",2,committed,yes,2026-10-01,"Met at the gate.\nCall after 6pm.",38',
    'Clara Nunes,clara@example.org,,Harbour > Day shift,,new,,4,contacted,no,,,',
    'Ahmed Said,,+49 30 555 0101,Kitchen,Cook,,ar,,,,,,44',
  ].join('\r\n')
  await chooseFile(page, 'rich.csv', rich, 'text/csv')
  await page
    .getByLabel(fmt(tr.importAsLabel, { column: 'Shoe size' }))
    .selectOption('custom:Shoe size')
  await page.getByRole('button', { name: tr.continue }).click()
  await importReviewed(page, 3, result(3, 0, 0))

  const osdi = await download(page, tr.exportOsdi)
  expect(osdi.name).toMatch(/-osdi\.json$/)
  const exported = JSON.parse(osdi.text) as { total_records: number }
  expect(exported.total_records).toBe(3)

  await page.getByRole('link', { name: en.nav.circles, exact: true }).click()
  await createCircle(page, 'Second circle')
  await openTransfer(page)
  await chooseFile(page, osdi.name, osdi.text, 'application/json')
  await expect(
    page.getByText(
      fmt(tr.fileFacts, {
        name: osdi.name,
        format: tr.formats.osdi,
        encoding: tr.encodings['utf-8'],
      }),
    ),
  ).toBeVisible()
  await expect(page.getByText(fmt(tr.newFields, { names: 'Shoe size' }))).toBeVisible()
  await importReviewed(page, 3, result(3, 0, 0))
  await expect(page.getByText(count(3), { exact: true })).toBeVisible()

  // The second circle exports exactly what the first did (apart from the ids).
  const again = await download(page, tr.exportOsdi)
  type OsdiPerson = { identifiers: string[]; custom_fields: Record<string, string> }
  const people = (text: string) =>
    (JSON.parse(text) as { _embedded: { 'osdi:people': OsdiPerson[] } })._embedded['osdi:people']
      .map(({ identifiers: _ids, ...rest }) => rest)
      .sort((a, b) =>
        a.custom_fields['rhizome:name']!.localeCompare(b.custom_fields['rhizome:name']!),
      )
  expect(people(again.text)).toEqual(people(osdi.text))

  // An address book (vCard 3.0) and an Excel export in Windows-1252 with semicolons.
  const vcf = await readFile(new URL('contacts-3.0.vcf', FIXTURES))
  await chooseFile(page, 'contacts.vcf', vcf, 'text/vcard')
  await expect(
    page.getByText(
      fmt(tr.fileFacts, {
        name: 'contacts.vcf',
        format: tr.formats.vcard,
        encoding: tr.encodings['utf-8'],
      }),
    ),
  ).toBeVisible()
  await importReviewed(page, 3, result(3, 0, 0))
  await expect(page.getByText(count(6), { exact: true })).toBeVisible()
  const cp1252 = await readFile(new URL('cp1252-export.csv', FIXTURES))
  await chooseFile(page, 'export.csv', cp1252, 'text/csv')
  await expect(
    page.getByText(
      fmt(tr.csvFacts_other, {
        name: 'export.csv',
        encoding: tr.encodings['windows-1252'],
        delimiter: tr.delimiters.semicolon,
        count: 2,
      }),
    ),
  ).toBeVisible()
  const preview = page.getByRole('table', { name: tr.previewLabel })
  await expect(preview).toContainText('Jörg Müller')
  await expect(preview).toContainText('Renée Façade')
  await page.getByRole('button', { name: tr.start }).click()

  // And a sample person, as the people screen shows her.
  await page.getByRole('link', { name: en.nav.people }).last().click()
  await expect(personRow(page, 'Rosa Hernández')).toContainText('Harbour › Night shift')
  await personRow(page, 'Rosa Hernández').click()
  const dialog = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Rosa Hernández' }),
  })
  await expect(dialog.getByLabel(en.person.role, { exact: true })).toHaveValue('Crane operator')
  await expect(dialog.getByLabel(en.person.stage)).toHaveValue('committed')
  await expect(dialog.getByLabel(en.person.leader)).toBeChecked()
  await expect(dialog.getByLabel('Shoe size')).toHaveValue('38')
})
