import { chromium, expect, test, type Browser, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { startSignalServer, type SignalServer } from '../../../signal/server'
import { chromiumLaunchOptions } from '../../support/chromium'
import {
  addPerson,
  circleIdOf,
  createForm,
  fillMemberName,
  fmt,
  personRow,
  setUp,
} from '../helpers'
import { closeDialog, goToCircles, setSignaling, syncButton } from './laptop'

/**
 * Two laptops (separate Chromium processes, WebRTC between them) log a conversation with the
 * same person at the same moment: both logs are kept on both. A redaction on one laptop removes
 * the text from the other's screen too.
 */

const c = en.conversations
const CIRCLE = 'Elm Street tenants'
const ANA = 'Ana Lima'
const BEN = 'Ben Okafor'
const ROSA = 'Rosa Hernández'

let signal: SignalServer
let signalUrl: string

test.beforeAll(async () => {
  signal = await startSignalServer({ host: '127.0.0.1', port: 0 })
  signalUrl = `ws://127.0.0.1:${signal.port}`
})
test.afterAll(async () => {
  await signal?.close()
})

/** Opens the log form from Rosa's dialog and fills it in (without saving). */
async function fillLog(page: Page, cares: string) {
  await personRow(page, ROSA).click()
  const person = page.getByRole('dialog', { name: fmt(en.people.editHeading, { name: ROSA }) })
  await person.getByRole('button', { name: fmt(c.logWith, { name: ROSA }) }).click()
  const log = page.getByRole('dialog', { name: fmt(c.logHeadingWith, { name: ROSA }) })
  await log.getByLabel(c.cares, { exact: true }).fill(cares)
  return { person, log }
}

test('two laptops log a conversation with the same person at once; both keep both; a redaction reaches the other', async ({
  baseURL,
}) => {
  test.setTimeout(180_000)
  const browsers: Browser[] = []
  try {
    const open = async () => {
      const browser = await chromium.launch(chromiumLaunchOptions())
      browsers.push(browser)
      const page = await (await browser.newContext({ baseURL })).newPage()
      await page.goto('/')
      await setUp(page)
      await setSignaling(page, signalUrl)
      await goToCircles(page)
      return page
    }
    const [a, b] = await Promise.all([open(), open()])

    const form = createForm(a)
    await form.getByLabel(en.circles.name, { exact: true }).fill(CIRCLE)
    await fillMemberName(a, en, ANA)
    await form.getByRole('button', { name: en.circles.create }).click()
    await expect(a.getByRole('heading', { level: 1, name: CIRCLE })).toBeVisible()
    await addPerson(a, { name: ROSA })

    await a.getByRole('button', { name: en.sync.inviteButton, exact: true }).click()
    const invite = a.getByRole('dialog', { name: fmt(en.sync.inviteHeading, { name: CIRCLE }) })
    await invite.getByRole('button', { name: en.sync.makeCode }).click()
    const code = await invite.getByLabel(en.sync.code, { exact: true }).inputValue()
    await closeDialog(invite)

    await b.getByRole('button', { name: en.sync.joinButton }).click()
    const join = b.getByRole('dialog', { name: en.sync.joinHeading })
    await join.getByLabel(en.sync.pasteCode).fill(code)
    await join.getByRole('button', { name: en.sync.check }).click()
    await join.getByLabel(en.circles.memberName, { exact: true }).fill(BEN)
    await join.getByRole('button', { name: en.sync.join }).click()
    await expect(b.getByRole('heading', { level: 1, name: CIRCLE })).toBeVisible()
    expect(circleIdOf(b)).toBe(circleIdOf(a))
    await expect(personRow(b, ROSA)).toBeVisible({ timeout: 30_000 })
    await expect(syncButton(a, 1)).toBeVisible({ timeout: 30_000 })

    // Both fill in a conversation with Rosa, then both save at the same moment.
    const onA = await fillLog(a, 'Told Ana about the broken heating')
    const onB = await fillLog(b, 'Told Ben about the rent increase')
    await Promise.all([
      onA.log.getByRole('button', { name: c.save }).click(),
      onB.log.getByRole('button', { name: c.save }).click(),
    ])
    for (const { person, log } of [onA, onB]) {
      await expect(log).toBeHidden()
      const history = person.getByRole('list', { name: fmt(c.history.listLabel, { name: ROSA }) })
      await expect(history.getByRole('listitem')).toHaveCount(2, { timeout: 30_000 })
      await expect(history).toContainText('Told Ana about the broken heating')
      await expect(history).toContainText('Told Ben about the rent increase')
      await expect(history).toContainText(fmt(c.history.loggedBy, { name: ANA }))
      await expect(history).toContainText(fmt(c.history.loggedBy, { name: BEN }))
    }

    // Ana redacts what she wrote; Ben's screen no longer shows it either.
    const anaEntry = onA.person
      .getByRole('listitem')
      .filter({ hasText: 'Told Ana about the broken heating' })
    await anaEntry.getByRole('button', { name: new RegExp(c.history.redact) }).click()
    const redact = a.getByRole('dialog', { name: new RegExp(c.redact.confirm) })
    await redact.getByRole('button', { name: c.redact.confirm }).click()
    await expect(redact).toBeHidden()
    await expect(b.getByText('Told Ana about the broken heating')).toHaveCount(0, {
      timeout: 30_000,
    })
    await expect(onB.person).toContainText(c.history.redactedText)
    await expect(onB.person).toContainText('Told Ben about the rent increase')
    await expect(
      onB.person.getByText(new RegExp(fmt(c.history.redacted, { name: ANA, date: '' }))),
    ).toHaveCount(1)
  } finally {
    for (const browser of browsers) await browser.close()
  }
})
