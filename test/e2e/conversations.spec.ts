import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEFAULT_GUIDES } from '../../shared/domain/conversations/default-guide'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { addPerson, createCircle, expectAllSaved, fmt, personRow, start } from './helpers'

/**
 * One-on-one conversations: the circle's guide in Setup, logging a conversation from the person
 * dialog with the guide's prompts shown, the assessment in the person's history, correcting
 * (recorded) and redacting (the text gone), and the quick command with the keyboard alone.
 */

const c = en.conversations
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function audit(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const report = violations
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n')
  expect.soft(violations.length, `axe found violations on "${screen}":\n${report}`).toBe(0)
}

const pad = (n: number) => String(n).padStart(2, '0')
const dayText = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
const TODAY = new Date()
const IN_A_WEEK = new Date(TODAY.getTime() + 7 * 86_400_000)
const shown = (d: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(d)

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('log from the person dialog with the guide shown, correct it, redact it', async ({ page }) => {
  await start(page)
  const circleId = await createCircle(page, 'Tenants of Elm Street')
  await addPerson(page, { name: 'Rosa Hernández' })

  // The circle writes its guide, starting from the default one.
  await page.goto(`/#/circle/${circleId}/setup`)
  await expect(page.getByRole('heading', { name: c.guides.heading })).toBeVisible()
  await expect(page.getByText(c.guides.empty)).toBeVisible()
  await page.getByRole('button', { name: c.guides.startDefault }).click()
  const guideDialog = page.getByRole('dialog', {
    name: fmt(c.guides.editHeading, { name: 'One-on-one conversation' }),
  })
  const askPrompt = guideDialog.getByLabel(fmt(c.guides.prompt, { step: c.steps.ask }))
  await askPrompt.fill('Will you come to the meeting on the rent increase?')
  await audit(page, 'guide dialog')
  await guideDialog.getByRole('button', { name: en.common.save }).click()
  await expect(guideDialog).toBeHidden()
  await expect(
    page.getByRole('list', { name: c.guides.listLabel }).getByText('One-on-one conversation'),
  ).toBeVisible()

  // Log a conversation from Rosa's dialog: the guide's prompt is next to its step.
  await page.goto(`/#/circle/${circleId}`)
  await personRow(page, 'Rosa Hernández').click()
  const person = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Rosa Hernández' }),
  })
  await person.getByRole('button', { name: fmt(c.logWith, { name: 'Rosa Hernández' }) }).click()
  const log = page.getByRole('dialog', {
    name: fmt(c.logHeadingWith, { name: 'Rosa Hernández' }),
  })
  await expect(
    log.getByText(
      fmt(c.guidePrompt, { text: 'Will you come to the meeting on the rent increase?' }),
    ),
  ).toBeVisible()
  await expect(log.getByLabel(c.date, { exact: true })).toHaveValue(dayText(TODAY))
  await expect(log.getByLabel(fmt(c.you, { name: 'Sam' }))).toBeChecked()
  await log.getByLabel(c.channel).selectOption({ label: c.channels.phone })
  const issues = log.getByLabel(c.issues, { exact: true })
  await issues.fill('Rent')
  await issues.press('Enter')
  await issues.fill('Mould')
  await log.getByRole('button', { name: c.addIssue }).click()
  await expect(log.getByRole('list', { name: c.chosenIssues }).getByRole('listitem')).toHaveCount(2)
  await log.getByLabel(c.cares, { exact: true }).fill('Her daughter has asthma from the MOULD')
  await log.getByLabel(c.ask, { exact: true }).fill('Come to the meeting')
  // A due day without a commitment is refused, with a clear message, and nothing is lost.
  await log.getByLabel(c.commitmentDue, { exact: true }).fill(dayText(IN_A_WEEK))
  await log.getByRole('button', { name: c.save }).click()
  await expect(log.getByText(c.errors.commitmentText)).toBeVisible()
  await expect(log.getByLabel(c.commitment, { exact: true })).toBeFocused()
  await expect(log.getByLabel(c.cares, { exact: true })).toHaveValue(
    'Her daughter has asthma from the MOULD',
  )
  await log.getByLabel(c.commitment, { exact: true }).fill('Will bring two neighbours')
  await log.getByLabel(c.assessment).selectOption({ label: en.person.assessment.labels['2'] })
  await log.getByLabel(c.followUpOn, { exact: true }).fill(dayText(IN_A_WEEK))
  await audit(page, 'log a conversation')
  await log.getByRole('button', { name: c.save }).click()
  await expect(log).toBeHidden()

  // The conversation is in Rosa's history; its assessment is in her assessment history.
  await expect(person).toBeVisible()
  const history = person.getByRole('list', {
    name: fmt(c.history.listLabel, { name: 'Rosa Hernández' }),
  })
  await expect(history.getByRole('listitem')).toHaveCount(1)
  await expect(history).toContainText('Her daughter has asthma from the MOULD')
  await expect(history).toContainText('Rent, Mould')
  await expect(history).toContainText(
    fmt(c.history.summary, { date: shown(TODAY), channel: c.channels.phone, members: 'Sam' }),
  )
  await expect(
    person.getByText(
      fmt(en.person.assessment.current, { label: en.person.assessment.labels['2'] }),
    ),
  ).toBeVisible()
  await expect(person.locator('.assessment-history li')).toContainText(c.assessmentReason)
  await audit(page, 'person dialog with a conversation')

  // Correct it: the edit is recorded (who, when).
  await person
    .getByRole('button', { name: fmt(c.history.correctLabel, { date: shown(TODAY) }) })
    .click()
  const correct = page.getByRole('dialog', {
    name: fmt(c.correctHeading, { name: 'Rosa Hernández', date: shown(TODAY) }),
  })
  await expect(correct.getByLabel(c.cares, { exact: true })).toHaveValue(
    'Her daughter has asthma from the MOULD',
  )
  await correct
    .getByLabel(c.cares, { exact: true })
    .fill('Her daughter has asthma from the MOULD and the cold')
  await correct.getByRole('button', { name: c.saveCorrection }).click()
  await expect(correct).toBeHidden()
  await expect(history).toContainText('and the cold')
  await expect(history).toContainText(fmt(c.history.corrected, { name: 'Sam', date: shown(TODAY) }))

  // Redact it: the dialog says what it does; the text is gone from the screen.
  await person
    .getByRole('button', { name: fmt(c.history.redactLabel, { date: shown(TODAY) }) })
    .click()
  const redact = page.getByRole('dialog', {
    name: fmt(c.redact.heading, { date: shown(TODAY) }),
  })
  await expect(redact.getByText(c.redact.explain)).toBeVisible()
  await redact.getByLabel(c.redact.fieldNames.ask).uncheck()
  await redact.getByLabel(c.redact.fieldNames.commitment).uncheck()
  await audit(page, 'redact dialog')
  await redact.getByRole('button', { name: c.redact.confirm }).click()
  await expect(redact).toBeHidden()
  await expect(history).toContainText(fmt(c.history.redacted, { name: 'Sam', date: shown(TODAY) }))
  await expect(history).toContainText(c.history.redactedText)
  await expect(history).toContainText('Will bring two neighbours')
  await expect(page.getByText(/MOULD/)).toHaveCount(0)
  await expect(page.getByText(/Rent, Mould/)).toHaveCount(0)
  await expectAllSaved(page)

  // Escape closes only the top dialog.
  await person.getByRole('button', { name: fmt(c.logWith, { name: 'Rosa Hernández' }) }).click()
  await expect(log).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(log).toBeHidden()
  await expect(person).toBeVisible()

  // Saving the person form (opened before the conversation) keeps the contact it recorded.
  await person.getByRole('button', { name: en.common.save }).click()
  await expect(person).toBeHidden()
  await personRow(page, 'Rosa Hernández').click()
  await expect(person.getByLabel(en.person.lastContact, { exact: true })).toHaveValue(/^\d{4}-/)
  await expect(person.getByLabel(en.person.stage)).toHaveValue('talked')

  // Her data-access export holds the conversation, without the redacted text.
  const downloading = page.waitForEvent('download')
  await person.getByRole('button', { name: en.person.rights.export }).click()
  const dossier = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as {
    conversations: Record<string, unknown>[]
  }
  expect(dossier.conversations).toEqual([
    expect.objectContaining({
      channel: 'phone',
      members: ['Sam'],
      issues: [],
      cares: '',
      ask: 'Come to the meeting',
      commitment: 'Will bring two neighbours',
      assessment: 2,
    }),
  ])
  await person.getByRole('button', { name: en.person.rights.print }).click()
  await expect(page.locator('.print-area')).toContainText('Will bring two neighbours')
  await expect(page.locator('.print-area')).not.toContainText('MOULD')
})

test('the quick command logs a conversation with the keyboard alone', async ({ page }) => {
  await start(page)
  await createCircle(page, 'Harbour drive')
  await addPerson(page, { name: 'Rosa Hernández' })
  await addPerson(page, { name: 'Amir Khan' })
  await expect(page.getByRole('button', { name: c.log })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+Shift+L',
  )

  await page.keyboard.press('Control+Shift+L')
  const log = page.getByRole('dialog', { name: c.logHeading })
  const filter = log.getByLabel(c.personFilter)
  await expect(filter).toBeFocused()
  // Saving without a person says what is missing.
  await tabTo(page, log.getByRole('button', { name: c.save }))
  await page.keyboard.press('Enter')
  await expect(log.getByText(c.errors.person)).toBeVisible()
  await expect(log.getByLabel(c.person, { exact: true })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(filter).toBeFocused()
  await page.keyboard.type('amir')
  await expect(log.getByLabel(c.person, { exact: true })).toHaveValue(/.+/)
  await expect(log.getByRole('option', { name: 'Amir Khan' })).toHaveCount(1)
  await tabTo(page, log.getByLabel(c.issues, { exact: true }))
  await page.keyboard.type('Night shifts')
  await page.keyboard.press('Enter')
  await tabTo(page, log.getByLabel(c.cares, { exact: true }))
  await page.keyboard.type('Wants fair rotas')
  await tabTo(page, log.getByRole('button', { name: c.save }))
  await page.keyboard.press('Enter')
  await expect(log).toBeHidden()
  await expect(
    page.getByRole('status').getByText(fmt(c.logged, { name: 'Amir Khan' })),
  ).toHaveCount(1)

  await personRow(page, 'Amir Khan').click()
  const person = page.getByRole('dialog', {
    name: fmt(en.people.editHeading, { name: 'Amir Khan' }),
  })
  const history = person.getByRole('list', {
    name: fmt(c.history.listLabel, { name: 'Amir Khan' }),
  })
  await expect(history).toContainText('Wants fair rotas')
  await expect(history).toContainText('Night shifts')
  // The issue is now part of the circle's vocabulary, suggested next time.
  await person.getByRole('button', { name: fmt(c.logWith, { name: 'Amir Khan' }) }).click()
  const again = page.getByRole('dialog', { name: fmt(c.logHeadingWith, { name: 'Amir Khan' }) })
  await expect(again.locator('datalist option[value="Night shifts"]')).toHaveCount(1)
  await audit(page, 'log dialog over the person dialog')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect(person).toBeHidden()

  // From the chart: the chosen person's details offer it too.
  await page
    .getByRole('navigation', { name: en.nav.circleViews })
    .getByRole('link', { name: en.chart.title })
    .click()
  await page
    .getByRole('grid', { name: en.chart.grid })
    .getByRole('gridcell', { name: /Rosa Hernández/ })
    .click()
  await page
    .getByRole('region', { name: en.chart.details.heading })
    .getByRole('button', { name: fmt(c.logWith, { name: 'Rosa Hernández' }) })
    .click()
  await expect(
    page.getByRole('dialog', { name: fmt(c.logHeadingWith, { name: 'Rosa Hernández' }) }),
  ).toBeVisible()
})

test('in German, the form shows the default guide in German, and is axe-clean', async ({
  page,
}) => {
  await start(page)
  const circleId = await createCircle(page, 'Mieter*innen Ulmenstraße')
  await addPerson(page, { name: 'Rosa Hernández' })
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await expect(page.getByRole('heading', { level: 1, name: de.settings.heading })).toBeVisible()
  await page.goto(`/#/circle/${circleId}`)
  await page.getByRole('button', { name: de.conversations.log }).click()
  const log = page.getByRole('dialog', { name: de.conversations.logHeading })
  await expect(
    log.getByText(fmt(de.conversations.guidePrompt, { text: DEFAULT_GUIDES.de.ask })),
  ).toBeVisible()
  await expect(log.getByLabel(de.conversations.guide)).toHaveValue('')
  await audit(page, 'the log form in German')
  // A day in the future is refused, in German.
  await log.getByLabel(de.conversations.date, { exact: true }).fill('2999-01-01')
  await log.getByRole('button', { name: de.conversations.save }).click()
  await expect(log.getByText(de.conversations.errors.future)).toBeVisible()
  await expect(log.getByText(de.conversations.errors.person)).toBeVisible()
})
