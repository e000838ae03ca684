import { expect, test, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { addPerson, fmt, personRow } from '../helpers'
import {
  createSharedCircle,
  expectOneOnline,
  inviteAndJoin,
  Laptops,
  useSignalServer,
} from './two-peers'

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

const signal = useSignalServer()

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
  const laptops = new Laptops(baseURL)
  try {
    const open = () => laptops.open({ signalUrl: signal.url })
    const [a, b] = await Promise.all([open(), open()])
    const pairing = { circle: CIRCLE, inviter: ANA, member: BEN }
    await createSharedCircle(a, pairing)
    await addPerson(a, { name: ROSA })
    await inviteAndJoin(a, b, pairing)
    await expect(personRow(b, ROSA)).toBeVisible({ timeout: 30_000 })
    await expectOneOnline([a])

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
    await laptops.close()
  }
})
