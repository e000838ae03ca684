import { expect, test, type Locator, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import { fmt } from './helpers'
import { Laptops, pairUp, useSignalServer } from './sync/two-peers'

/**
 * Two members in one meeting's notes at once, each in their own Chromium process and profile,
 * over the signaling server and WebRTC: typing into the same paragraph at the same time loses
 * no character, each sees the other's cursor with their name, undo takes back only one's own
 * typing, and an action item recorded by one is completed by the other.
 */

const M = en.meetings
const ANA = 'Ana Lima'
const BEN = 'Ben Okafor'

const signal = useSignalServer()

const notesOf = (page: Page): Locator =>
  page.getByRole('textbox', { name: M.notes.label, exact: true })
/** The text of the notes, without the other members' cursor labels. */
const textOf = (notes: Locator) =>
  notes.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement
    for (const caret of copy.querySelectorAll('.collab-caret')) caret.remove()
    return copy.textContent ?? ''
  })
/** The characters of `typed` (spaces aside) not in `text`: what was lost, if anything. */
function missing(typed: string, text: string): string {
  const left = [...text]
  let lost = ''
  for (const c of typed.replace(/\s+/g, '')) {
    const i = left.indexOf(c)
    if (i < 0) lost += c
    else left.splice(i, 1)
  }
  return lost
}

test('two members type in the same paragraph at once and converge, see cursors, undo their own', async ({
  baseURL,
}) => {
  test.setTimeout(180_000)
  const laptops = new Laptops(baseURL)
  try {
    const [a, b] = await laptops.openPair(signal.url)
    // A makes the circle and invites B.
    const circleId = await pairUp(a, b, { circle: 'Elm Street tenants', inviter: ANA, member: BEN })

    // A creates a meeting; B opens it once it has arrived.
    await a
      .getByRole('navigation', { name: en.nav.circleViews })
      .getByRole('link', { name: en.archive.tab, exact: true })
      .click()
    await a.getByRole('button', { name: en.archive.newMeeting }).click()
    const dialog = a.getByRole('dialog', { name: M.newHeading })
    await dialog.getByLabel(M.meetingTitle, { exact: true }).fill('Strike committee')
    await dialog.getByRole('button', { name: M.create }).click()
    await expect(a.getByRole('heading', { level: 2, name: 'Strike committee' })).toBeVisible()
    const meetingId = /\/meetings\/([A-Za-z0-9_-]+)/.exec(a.url())![1]!
    await b.evaluate(
      ([c, m]) => {
        location.hash = `#/circle/${c}/meetings/${m}`
      },
      [circleId, meetingId],
    )
    await expect(b.getByRole('heading', { level: 2, name: 'Strike committee' })).toBeVisible({
      timeout: 30_000,
    })
    const na = notesOf(a)
    const nb = notesOf(b)
    await expect(nb).toBeVisible({ timeout: 30_000 })

    // Both click into the one paragraph and type at the same time.
    await na.click()
    await nb.click()
    const typedA = 'alpha beta gamma delta'
    const typedB = 'one two three four'
    await Promise.all([
      a.keyboard.type(typedA, { delay: 40 }),
      b.keyboard.type(typedB, { delay: 40 }),
    ])
    // Converged: the same text on both, with every character typed, none lost, none twice.
    await expect.poll(async () => await textOf(nb), { timeout: 20_000 }).toBe(await textOf(na))
    await expect
      .poll(async () => missing(typedA + typedB, await textOf(na)), { timeout: 20_000 })
      .toBe('')
    expect(missing(await textOf(na), typedA + typedB)).toBe('')
    await expect.poll(async () => await textOf(nb)).toBe(await textOf(na))
    test.info().annotations.push({ type: 'converged', description: await textOf(na) })
    await expect(na.locator('p')).toHaveCount(1)

    // Each sees the other's cursor, labelled with their name (text, in their colour).
    await expect(a.locator('.collab-caret-label', { hasText: BEN })).toBeVisible()
    await expect(b.locator('.collab-caret-label', { hasText: ANA })).toBeVisible()
    await expect(a.locator('.collab-caret-label', { hasText: ANA })).toHaveCount(0)

    // Undo takes back only one's own edits: A writes a word, B writes one after it, A undoes.
    await na.press('End')
    await a.keyboard.press('Enter')
    await a.keyboard.type('Xylophone')
    await expect(nb).toContainText('Xylophone')
    await nb.press('Control+End')
    await b.keyboard.type(' Quokka')
    await expect(na).toContainText('Xylophone Quokka')
    await na.press('Control+z')
    await expect(na).not.toContainText('Xylophone')
    await expect(nb).not.toContainText('Xylophone')
    await expect(na).toContainText('Quokka')
    await expect(nb).toContainText('Quokka')
    await na.press('Control+Shift+z')
    await expect(nb).toContainText('Xylophone Quokka')

    // A records an action item in the notes; B completes it there; A sees it done.
    await na.press('End')
    await a
      .getByRole('toolbar', { name: M.notes.toolbar })
      .getByRole('button', { name: M.notes.insertAction })
      .click()
    const actionDialog = a.getByRole('dialog', { name: M.actions.actionHeading })
    await actionDialog.getByLabel(M.actions.actionText, { exact: true }).fill('Book the hall')
    await actionDialog.getByRole('button', { name: en.common.save }).click()
    const done = fmt(M.actions.done, { text: 'Book the hall' })
    await expect(nb.getByRole('checkbox', { name: done })).toBeVisible()
    await nb.getByRole('checkbox', { name: done }).check()
    await expect(na.getByRole('checkbox', { name: done })).toBeChecked()
  } finally {
    await laptops.close()
  }
})
