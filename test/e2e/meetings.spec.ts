import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { addPerson, createCircle, fmt, personRow, start, type Strings } from './helpers'

/**
 * Meetings: from a template with the open items of the previous meeting carried over, agenda,
 * keyboard-first attendance that shows on the person, action items recorded in the notes, and
 * pasted HTML neutralised. (Two members typing at once: meetings-sync.spec.ts.)
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const M = en.meetings

async function expectNoAxeViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const report = violations
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n')
  expect.soft(violations.length, `axe found violations on "${screen}":\n${report}`).toBe(0)
}

async function openMeetingsTab(page: Page, s: Strings = en) {
  await page
    .getByRole('navigation', { name: s.nav.circleViews })
    .getByRole('link', { name: s.archive.tab, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 2, name: s.archive.heading })).toBeVisible()
}

const notesOf = (page: Page, s: Strings = en): Locator =>
  page.getByRole('textbox', { name: s.meetings.notes.label, exact: true })

const agendaItems = (page: Page) => page.locator('.meeting-agenda .agenda-list li .agenda-title')

test('a meeting from a template with carry-over, keyboard-first attendance, actions in the notes', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await start(page)
  await createCircle(page, 'Tenants of Elm Street')
  await addPerson(page, { name: 'Rosa Hernández' })
  await openMeetingsTab(page)

  // New meeting, by keyboard: the title has the focus, Enter creates it.
  await page.getByRole('button', { name: en.archive.newMeeting }).click()
  const dialog = page.getByRole('dialog', { name: M.newHeading })
  await expect(dialog.getByLabel(M.meetingTitle, { exact: true })).toBeFocused()
  await page.keyboard.type('March assembly')
  await dialog.getByLabel(M.time, { exact: true }).fill('25:99')
  await page.keyboard.press('Enter')
  await expect(dialog.getByText(en.errors.field.wrongType)).toBeVisible()
  await dialog.getByLabel(M.time, { exact: true }).fill('18:30')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'March assembly' })).toBeVisible()

  // Agenda: Enter adds; one item is marked done.
  const newItem = page.getByLabel(M.agenda.newItem, { exact: true })
  await newItem.fill('Heating petition')
  await newItem.press('Enter')
  await newItem.fill('Rent increase')
  await newItem.press('Enter')
  await expect(agendaItems(page)).toHaveText(['Heating petition', 'Rent increase'])
  await page.getByRole('checkbox', { name: fmt(M.agenda.done, { title: 'Rent increase' }) }).check()
  await page.getByRole('button', { name: fmt(M.agenda.up, { title: 'Rent increase' }) }).click()
  await expect(agendaItems(page)).toHaveText(['Rent increase', 'Heating petition'])

  // Notes: type, then record an action item with the shortcut, all by keyboard.
  const notes = notesOf(page)
  await notes.click()
  await page.keyboard.type('Opening remarks by the chair. Thanks to ')
  // @-mention: the circle's people are offered as you type; Enter mentions.
  await page.keyboard.type('@Ros')
  const offered = page.getByRole('listbox', { name: M.notes.mentionList })
  await expect(offered.getByRole('option', { name: 'Rosa Hernández' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(offered).toBeHidden()
  await expect(notes.locator('[data-type="mention"]')).toHaveText('@Rosa Hernández')
  await page.keyboard.type('.')
  await page.keyboard.press('Control+Alt+KeyA')
  const actionDialog = page.getByRole('dialog', { name: M.actions.actionHeading })
  await expect(actionDialog.getByLabel(M.actions.actionText, { exact: true })).toBeFocused()
  await page.keyboard.type('Call the landlord')
  await actionDialog
    .getByLabel(M.actions.owner, { exact: true })
    .selectOption({ label: 'Rosa Hernández' })
  await actionDialog.getByLabel(M.actions.due, { exact: true }).fill('2026-12-24')
  await actionDialog.getByRole('button', { name: en.common.save }).click()
  await expect(actionDialog).toBeHidden()
  await expect(notes.locator('.note-action')).toContainText('Call the landlord')
  await expect(notes.locator('.note-action')).toContainText('Rosa Hernández')
  // The note's checkbox and the list's are the same record.
  await expect(
    page.getByRole('checkbox', { name: fmt(M.actions.done, { text: 'Call the landlord' }) }),
  ).toHaveCount(2)
  await expectNoAxeViolations(page, 'a meeting')

  // Save as a template, then a new meeting from it with this one's open items.
  await page.getByRole('button', { name: M.saveTemplate }).click()
  const templateDialog = page.getByRole('dialog', { name: M.templateHeading })
  await templateDialog.getByLabel(M.templateName, { exact: true }).fill('Assembly')
  await templateDialog.getByRole('button', { name: en.common.save }).click()
  await expect(templateDialog).toBeHidden()
  await page.getByRole('button', { name: M.back }).click()
  await page.getByRole('button', { name: en.archive.newMeeting }).click()
  await dialog.getByLabel(M.template, { exact: true }).selectOption({ label: 'Assembly' })
  await expect(dialog.getByLabel(M.meetingTitle, { exact: true })).toHaveValue('March assembly')
  await dialog.getByLabel(M.meetingTitle, { exact: true }).fill('April assembly')
  await expect(dialog.getByText(fmt(M.carryCount_other, { count: 2 }))).toBeVisible()
  await dialog.getByRole('button', { name: M.create }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'April assembly' })).toBeVisible()
  await expect(agendaItems(page)).toHaveText([
    'Rent increase',
    'Heating petition',
    'Call the landlord',
  ])
  await expect(page.locator('.meeting-agenda .badge')).toHaveCount(2)

  // Attendance, keyboard-first: filter, arrow down, Space; a new person inline with Enter.
  const filter = page.getByLabel(M.attendance.filter, { exact: true })
  await filter.fill('Rosa')
  await filter.press('ArrowDown')
  const rosaRow = page.getByRole('button', {
    name: fmt(M.attendance.rowLabel, { name: 'Rosa Hernández', status: M.attendance.status.none }),
  })
  await expect(rosaRow).toBeFocused()
  await page.keyboard.press('Space')
  await expect(
    page.getByRole('button', {
      name: fmt(M.attendance.rowLabel, {
        name: 'Rosa Hernández',
        status: M.attendance.status.present,
      }),
    }),
  ).toBeFocused()
  await filter.fill('Kim Park')
  await filter.press('Enter')
  await expect(
    page.getByRole('button', {
      name: fmt(M.attendance.rowLabel, { name: 'Kim Park', status: M.attendance.status.present }),
    }),
  ).toBeVisible()
  await expect(
    page.getByText(fmt(M.attendance.summary, { present: 2, absent: 0, excused: 0 })),
  ).toBeVisible()
  await expectNoAxeViolations(page, 'a meeting from a template')

  // Pasted HTML: no image with a handler, no javascript: link; the https link stays.
  await notesOf(page).click()
  await page.evaluate(() => {
    const html =
      '<p>pasted <img src="x" onerror="window.__pwned = 1"><a href="javascript:window.__pwned = 2">bad link</a> and <a href="https://ok.example/" onclick="window.__pwned = 3">good link</a></p>'
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'pasted bad link and good link')
    const target = document.querySelector('.notes-content')!
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  })
  const pasted = notesOf(page)
  await expect(pasted).toContainText('bad link')
  await expect(pasted.locator('img')).toHaveCount(0)
  await expect(pasted.locator('[onerror], [onclick]')).toHaveCount(0)
  await expect(pasted.locator('a[href^="javascript"]')).toHaveCount(0)
  await expect(pasted.locator('a[href="https://ok.example/"]')).toHaveText('good link')
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
  // A link opens only after its address is shown and confirmed.
  await pasted.locator('a[href="https://ok.example/"]').click()
  const confirm = page.getByRole('dialog', { name: M.notes.openHeading })
  await expect(confirm.getByLabel(M.notes.linkAddress, { exact: true })).toHaveValue(
    'https://ok.example/',
  )
  await confirm.getByRole('button', { name: en.common.cancel }).click()
  await expect(confirm).toBeHidden()
  // Confirmed, it opens in a new tab (without access to this page).
  await pasted.locator('a[href="https://ok.example/"]').click()
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    confirm.getByRole('button', { name: M.notes.openConfirm }).click(),
  ])
  await popup.close()
  await expect(confirm).toBeHidden()

  // Attendance is on the person.
  await page
    .getByRole('navigation', { name: en.nav.circleViews })
    .getByRole('link', { name: en.nav.people, exact: true })
    .click()
  await personRow(page, 'Rosa Hernández').click()
  const history = page.locator('.person-meetings')
  await expect(history.getByRole('heading', { name: M.history.heading })).toBeVisible()
  await expect(history.getByRole('listitem')).toHaveCount(1)
  await expect(history.getByRole('listitem')).toContainText('April assembly')
  await expect(history.getByRole('listitem')).toContainText(M.attendance.status.present)
})

test('in German at 200 % text size: the meeting screen and its dialogs, translated and axe-clean', async ({
  page,
}) => {
  await start(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
  await page.getByLabel(de.settings.textSize).fill('200')
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%')
  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await createCircle(page, 'Mieterinitiative Ulmenstraße', de)
  await addPerson(page, { name: 'Rosa Hernández' }, de)
  await openMeetingsTab(page, de)
  await page.getByRole('button', { name: de.archive.newMeeting }).click()
  const dialog = page.getByRole('dialog', { name: de.meetings.newHeading })
  await dialog.getByLabel(de.meetings.meetingTitle, { exact: true }).fill('Versammlung')
  await dialog.getByLabel(de.meetings.link, { exact: true }).fill('javascript:alert(1)')
  await dialog.getByRole('button', { name: de.meetings.create }).click()
  await expect(dialog.getByText(de.errors.field.notAllowed)).toBeVisible()
  await expectNoAxeViolations(page, 'the new meeting dialog with an error, in German')
  await dialog.getByLabel(de.meetings.link, { exact: true }).fill('https://meet.example.org/v')
  await dialog.getByRole('button', { name: de.meetings.create }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Versammlung' })).toBeVisible()
  await expect(page.getByRole('heading', { name: de.meetings.agenda.heading })).toBeVisible()
  await expect(page.getByRole('heading', { name: de.meetings.attendance.heading })).toBeVisible()
  await expect(notesOf(page, de)).toBeVisible()
  await expectNoAxeViolations(page, 'a meeting, in German at 200 %')
  await page
    .getByRole('toolbar', { name: de.meetings.notes.toolbar })
    .getByRole('button', { name: de.meetings.notes.insertDecision })
    .click()
  const decision = page.getByRole('dialog', { name: de.meetings.actions.decisionHeading })
  await decision.getByRole('button', { name: de.common.save }).click()
  await expect(decision.getByText(de.errors.field.required)).toBeVisible()
  await expectNoAxeViolations(page, 'the decision dialog with an error, in German')
  await decision.getByLabel(de.meetings.actions.decisionText).fill('Wir treten in den Mietstreik.')
  await decision.getByRole('button', { name: de.common.save }).click()
  await expect(notesOf(page, de).locator('.note-decision')).toContainText('Mietstreik')
  await page.getByRole('button', { name: de.meetings.openLink }).click()
  const open = page.getByRole('dialog', { name: de.meetings.notes.openHeading })
  await expect(open.getByLabel(de.meetings.notes.linkAddress)).toHaveValue(
    'https://meet.example.org/v',
  )
  await expectNoAxeViolations(page, 'the open-link dialog, in German')
  await open.getByRole('button', { name: de.common.cancel }).click()
})
