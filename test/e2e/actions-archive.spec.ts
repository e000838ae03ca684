import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { addPerson, createCircle, fmt, start, type Strings } from './helpers'

/**
 * The Meetings tab (archive, search, Markdown export, printable page) and the circle-wide
 * Actions list (filters, completing and reopening), by keyboard where a member would.
 */

const a = en.archive
const m = en.meetings
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const ME = 'Sam'
const ROSA = 'Rosa Hernández'

async function audit(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const report = violations
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n')
  expect.soft(violations.length, `axe found violations on "${screen}":\n${report}`).toBe(0)
}

const tab = (page: Page, name: string, s: Strings = en) =>
  page.getByRole('navigation', { name: s.nav.circleViews }).getByRole('link', { name, exact: true })

async function newMeeting(page: Page, title: string, date: string) {
  await page.getByRole('button', { name: a.newMeeting }).click()
  const dialog = page.getByRole('dialog', { name: m.newHeading })
  await dialog.getByLabel(m.meetingTitle, { exact: true }).fill(title)
  await dialog.getByLabel(m.date, { exact: true }).fill(date)
  await dialog.getByRole('button', { name: m.create }).click()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
}

async function addActionItem(page: Page, text: string, owner: string, due: string) {
  await page.getByRole('button', { name: m.notes.insertAction, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: m.actions.actionHeading })
  await dialog.getByLabel(m.actions.actionText, { exact: true }).fill(text)
  await dialog.getByLabel(m.actions.owner, { exact: true }).selectOption({ label: owner })
  if (due) await dialog.getByLabel(m.actions.due, { exact: true }).fill(due)
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
}

/** The texts of the action items the list shows. */
const shownActions = (page: Page) =>
  page.getByRole('list', { name: a.actions.listLabel }).locator('.action-text').allInnerTexts()

test('meetings archive: search finds a word in the notes, Markdown export, printable page; actions list: filters, complete and reopen by keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await start(page)
  await createCircle(page, 'Harbour union')
  await addPerson(page, { name: ROSA })

  await tab(page, a.tab).click()
  await expect(page.getByText(a.empty)).toBeVisible()
  await audit(page, 'the empty meetings archive')

  // A meeting with notes and two action items (one mine and overdue, one for Rosa).
  await newMeeting(page, 'Night shift meeting', '2025-03-04')
  const notes = page.getByRole('textbox', { name: m.notes.label })
  await notes.click()
  await page.keyboard.type('The boiler in block C is broken again.')
  await addActionItem(page, 'Collect signatures', ME, '2020-01-10')
  await addActionItem(page, 'Call the council', ROSA, '')

  // Export as Markdown: a file with the title, the notes and the action items.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: a.export }).click()
  const file = await downloading
  expect(file.suggestedFilename()).toBe('rhizome-meeting-2025-03-04.md')
  const md = await readFile((await file.path())!, 'utf8')
  expect(md).toContain('# Night shift meeting')
  expect(md).toContain('The boiler in block C is broken again.')
  expect(md).toContain(
    `- [ ] Collect signatures (@${ME}, ${fmt(a.markdown.due, { day: '2020-01-10' })})`,
  )
  expect(md).toContain(`- [ ] Call the council (@${ROSA})`)

  // The printable page shows the whole meeting.
  await page.getByRole('button', { name: a.print }).click()
  const printed = page.locator('article.print-area')
  await expect(printed.getByRole('heading', { name: 'Night shift meeting' })).toBeVisible()
  await expect(printed).toContainText('The boiler in block C is broken again.')
  await expect(printed.getByRole('button', { name: a.printNow })).toBeVisible()
  await audit(page, 'a meeting with its printable page')

  // Back to the archive; a second meeting; search by a word that is only in the first's notes.
  await page.getByRole('button', { name: m.back }).click()
  await newMeeting(page, 'Day shift meeting', '2025-04-01')
  await page.getByRole('button', { name: m.back }).click()
  const list = page.getByRole('list', { name: a.listLabel })
  await expect(list.getByRole('link')).toHaveCount(2)
  // Newest first.
  await expect(list.getByRole('link').first()).toContainText('Day shift meeting')
  const search = page.getByLabel(a.search, { exact: true })
  await search.focus()
  await page.keyboard.type('BOILER block')
  await expect(list.getByRole('link')).toHaveCount(1)
  await expect(list.getByRole('link')).toContainText('Night shift meeting')
  await expect(page.getByText(fmt(a.shown_other, { shown: 1, count: 2 }))).toBeVisible()
  await search.fill('nothing like this')
  await expect(page.getByText(a.noMatch)).toBeVisible()
  await page.getByRole('button', { name: a.clearFilters }).click()
  await expect(list.getByRole('link')).toHaveCount(2)
  // Days: only the meeting in March.
  await page.getByLabel(a.to, { exact: true }).fill('2025-03-31')
  await expect(list.getByRole('link')).toHaveCount(1)
  await expect(list.getByRole('link')).toContainText('Night shift meeting')
  await page.getByLabel(a.from, { exact: true }).fill('2025-04-15')
  await expect(page.getByText(a.badRange)).toBeVisible()
  await audit(page, 'the meetings archive with filters')

  // The Actions tab: everything open, then each filter.
  await tab(page, a.actionsTab).click()
  await expect(page.getByRole('heading', { level: 2, name: a.actions.heading })).toBeVisible()
  await expect.poll(() => shownActions(page)).toEqual(['Collect signatures', 'Call the council'])
  await audit(page, 'the actions list')
  // Keyboard: the "Only mine" checkbox with Space.
  await page.getByLabel(a.actions.mine, { exact: true }).focus()
  await page.keyboard.press('Space')
  await expect.poll(() => shownActions(page)).toEqual(['Collect signatures'])
  await page.keyboard.press('Space')
  await page.getByLabel(a.actions.overdue, { exact: true }).check()
  await expect.poll(() => shownActions(page)).toEqual(['Collect signatures'])
  await expect(page.getByText(a.actions.overdueMark, { exact: true })).toBeVisible()
  await page.getByLabel(a.actions.overdue, { exact: true }).uncheck()
  await page.getByLabel(a.actions.person, { exact: true }).selectOption({ label: ROSA })
  await expect.poll(() => shownActions(page)).toEqual(['Call the council'])
  await page
    .getByLabel(a.actions.person, { exact: true })
    .selectOption({ label: a.actions.everyone })
  await page
    .getByLabel(a.actions.meeting, { exact: true })
    .selectOption({ label: a.actions.noMeeting })
  await expect(page.getByText(a.actions.noMatch)).toBeVisible()
  await page
    .getByLabel(a.actions.meeting, { exact: true })
    .selectOption({ label: 'Night shift meeting' })
  await expect.poll(() => shownActions(page)).toEqual(['Collect signatures', 'Call the council'])

  // Complete from the list with the keyboard: it leaves the open list, shows under Done.
  const complete = page.getByRole('button', {
    name: fmt(a.actions.completeLabel, { text: 'Collect signatures' }),
  })
  await complete.focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByText(fmt(a.actions.completed, { text: 'Collect signatures' })),
  ).toBeVisible()
  await expect.poll(() => shownActions(page)).toEqual(['Call the council'])
  await page
    .getByLabel(a.actions.state, { exact: true })
    .selectOption({ label: a.actions.states.done })
  await expect.poll(() => shownActions(page)).toEqual(['Collect signatures'])

  // The meeting shows it done too (the same record), and the link from the list opens it.
  await page
    .getByRole('link', { name: fmt(a.actions.fromMeeting, { title: 'Night shift meeting' }) })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: 'Night shift meeting' })).toBeVisible()
  const downloading2 = page.waitForEvent('download')
  await page.getByRole('button', { name: a.export }).click()
  const md2 = await readFile((await (await downloading2).path())!, 'utf8')
  expect(md2).toContain('- [x] Collect signatures')

  // Reopen from the list.
  await tab(page, a.actionsTab).click()
  await page
    .getByLabel(a.actions.state, { exact: true })
    .selectOption({ label: a.actions.states.all })
  await page
    .getByRole('button', { name: fmt(a.actions.reopenLabel, { text: 'Collect signatures' }) })
    .click()
  await page
    .getByLabel(a.actions.state, { exact: true })
    .selectOption({ label: a.actions.states.open })
  await expect.poll(() => shownActions(page)).toEqual(['Collect signatures', 'Call the council'])
})

test('in German at 200 % text size: proposals, the archive and the actions list, translated and axe-clean', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const d = de
  await start(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: d.settings.heading })).toBeVisible()
  await page.getByLabel(d.settings.textSize).fill('200')
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
  await page.getByRole('link', { name: d.nav.circles, exact: true }).click()
  await createCircle(page, 'Mieterinitiative Ulmenstraße', d)
  await tab(page, d.archive.tab, d).click()
  await expect(page.getByText(d.archive.empty)).toBeVisible()
  await page.getByRole('button', { name: d.archive.newMeeting }).click()
  const dialog = page.getByRole('dialog', { name: d.meetings.newHeading })
  await dialog.getByLabel(d.meetings.meetingTitle, { exact: true }).fill('Versammlung')
  await dialog.getByRole('button', { name: d.meetings.create }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Versammlung' })).toBeVisible()

  // A multiple-choice proposal with one option only: a clear error, nothing lost.
  await page.getByRole('button', { name: d.proposals.new }).click()
  const add = page.getByRole('dialog', { name: d.proposals.addHeading })
  await add.getByLabel(d.proposals.text, { exact: true }).fill('Wann ist die Kundgebung?')
  await add.getByLabel(d.proposals.kind, { exact: true }).selectOption('choice')
  await add.getByLabel(d.proposals.options, { exact: true }).fill('Samstag')
  await add.getByRole('button', { name: d.proposals.create }).click()
  await expect(add.getByText(d.proposals.optionsTooFew)).toBeVisible()
  await expect(add.getByLabel(d.proposals.text, { exact: true })).toHaveValue(
    'Wann ist die Kundgebung?',
  )
  await audit(page, 'the proposal dialog with an error, in German at 200 %')
  await add.getByLabel(d.proposals.options, { exact: true }).fill('Samstag\nSonntag')
  await add.getByRole('button', { name: d.proposals.create }).click()
  await expect(add).toBeHidden()
  const card = page.getByRole('article', { name: 'Wann ist die Kundgebung?' })
  await card.getByRole('button', { name: d.proposals.vote, exact: true }).click()
  await expect(card.getByText(d.proposals.pickChoice)).toBeVisible()
  await card.getByRole('radio', { name: 'Sonntag' }).check()
  await card.getByRole('button', { name: d.proposals.vote, exact: true }).click()
  await expect(card).toContainText(
    fmt(d.proposals.result, { result: fmt(d.proposals.adoptedOption, { option: 'Sonntag' }) }),
  )
  await audit(page, 'a proposal with a vote, in German at 200 %')

  await page.getByRole('button', { name: d.meetings.back }).click()
  await expect(page.getByRole('heading', { level: 2, name: d.archive.heading })).toBeVisible()
  await audit(page, 'the meetings archive, in German at 200 %')
  await tab(page, d.archive.actionsTab, d).click()
  await expect(page.getByText(d.archive.actions.empty)).toBeVisible()
  await audit(page, 'the actions list, in German at 200 %')
})
