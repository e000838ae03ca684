import { expect, test, type Locator, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import { fmt } from './helpers'
import { expectOneOnline, Laptops, pairUp, useSignalServer } from './sync/two-peers'
import { audit } from './today-steps'

/**
 * Proposals and votes between two laptops: two Chromium processes with their own profiles,
 * synced over WebRTC through the Rhizome signaling server on loopback. Both vote at the same
 * moment; both see every vote counted; a changed vote replaces the earlier one; closing makes
 * a decision of the meeting. The voting is done with the keyboard alone.
 */

const p = en.proposals
const CIRCLE = 'Tenants of Elm Street'
const ANA = 'Ana Lima'
const BEN = 'Ben Okafor'
const MEETING = 'General assembly June'
const PROPOSAL = 'Start a rent strike on 1 July'

const signal = useSignalServer()

/** The proposal's card. */
const card = (page: Page) => page.getByRole('article', { name: PROPOSAL })

/** The tally table of the proposal, as choice → count. */
async function tally(page: Page): Promise<Record<string, number>> {
  const table = card(page).getByRole('table', { name: fmt(p.tallyLabel, { text: PROPOSAL }) })
  const out: Record<string, number> = {}
  for (const row of await table.getByRole('row').all()) {
    const head = row.getByRole('rowheader')
    if ((await head.count()) === 0) continue
    out[(await head.innerText()).trim()] = Number((await row.getByRole('cell').innerText()).trim())
  }
  return out
}

const counts = (agree: number, abstain: number, object: number, block: number) => ({
  [p.choices.agree]: agree,
  [p.choices.abstain]: abstain,
  [p.choices.object]: object,
  [p.choices.block]: block,
})

/** Presses Tab until `target` has the focus (at most 20 times). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 20; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** Chooses an answer and votes with the keyboard only: Tab into the group, arrows, Enter. */
async function voteByKeyboard(page: Page, choice: keyof typeof p.choices) {
  const group = card(page).getByRole('group', { name: p.yourVote })
  const radios = group.getByRole('radio')
  const names = await radios.evaluateAll((els) =>
    els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
  )
  const target = names.indexOf(p.choices[choice])
  // Focus lands on the checked radio (or the first); arrows move and check.
  await radios.first().focus()
  const checked = await radios.evaluateAll((els) =>
    els.findIndex((e) => (e as HTMLInputElement).checked),
  )
  let at = checked < 0 ? 0 : checked
  if (checked >= 0) await radios.nth(checked).focus()
  else await page.keyboard.press('Space')
  while (at < target) {
    await page.keyboard.press('ArrowDown')
    at++
  }
  while (at > target) {
    await page.keyboard.press('ArrowUp')
    at--
  }
  await expect(radios.nth(target)).toBeChecked()
  await expect(radios.nth(target)).toBeFocused()
  // Tab to the vote button and press Enter.
  await page.keyboard.press('Tab')
  const button = card(page).getByRole('button', {
    name: new RegExp(`^(${p.vote}|${p.changeVote})$`),
  })
  await expect(button).toBeFocused()
  return () => page.keyboard.press('Enter')
}

test('two members vote at the same moment, change their votes, and close the proposal into a decision', async ({
  baseURL,
}) => {
  test.setTimeout(240_000)
  const laptops = new Laptops(baseURL)
  try {
    const [a, b] = await laptops.openPair(signal.url)
    // A: signaling server, a circle, an invite for B; B joins.
    const circleId = await pairUp(a, b, { circle: CIRCLE, inviter: ANA, member: BEN })
    await expectOneOnline([a, b], 60_000)

    // A: Meetings → New meeting → the meeting opens; a consent proposal in it.
    const tabs = (page: Page) => page.getByRole('navigation', { name: en.nav.circleViews })
    await tabs(a).getByRole('link', { name: en.archive.tab, exact: true }).click()
    await a.getByRole('button', { name: en.archive.newMeeting }).click()
    const newMeeting = a.getByRole('dialog', { name: en.meetings.newHeading })
    await newMeeting.getByLabel(en.meetings.meetingTitle, { exact: true }).fill(MEETING)
    await newMeeting.getByRole('button', { name: en.meetings.create }).click()
    await expect(a.getByRole('heading', { level: 2, name: MEETING })).toBeVisible()
    // By keyboard: open the dialog, type, Tab to the quorum, Enter submits.
    await a.getByRole('button', { name: p.new }).focus()
    await a.keyboard.press('Enter')
    const dialog = a.getByRole('dialog', { name: p.addHeading })
    await expect(dialog.getByLabel(p.text, { exact: true })).toBeFocused()
    await a.keyboard.type(PROPOSAL)
    const quorum = dialog.getByLabel(p.quorum, { exact: true })
    await tabTo(a, quorum)
    // A bad quorum is refused with a message, and nothing typed is lost.
    await a.keyboard.press('ControlOrMeta+a')
    await a.keyboard.type('-3')
    await a.keyboard.press('Enter')
    await expect(dialog.getByRole('alert')).toHaveText(en.errors.domain.invalid)
    await expect(dialog.getByLabel(p.text, { exact: true })).toHaveValue(PROPOSAL)
    await expect(quorum).toBeFocused()
    await expect(quorum).toHaveAccessibleDescription(
      new RegExp(en.errors.field.outOfRange.replace('.', '\\.')),
    )
    await a.keyboard.press('ControlOrMeta+a')
    await a.keyboard.type('2')
    await a.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(card(a)).toBeVisible()
    await audit(a, 'a meeting with an open proposal')

    // B opens the same meeting from the archive (by its route, as a link would).
    await b.goto(`/#/circle/${circleId}/meetings`)
    await b.getByRole('link', { name: new RegExp(MEETING) }).click()
    await expect(card(b)).toBeVisible({ timeout: 30_000 })

    // Both vote at the same moment: A agrees, B blocks.
    const sendA = await voteByKeyboard(a, 'agree')
    const sendB = await voteByKeyboard(b, 'block')
    await Promise.all([sendA(), sendB()])
    for (const page of [a, b]) {
      await expect.poll(() => tally(page)).toEqual(counts(1, 0, 0, 1))
      await expect(card(page)).toContainText(fmt(p.result, { result: p.results.blocked }))
    }

    // B changes their vote: only B's latest counts.
    await (
      await voteByKeyboard(b, 'agree')
    )()
    for (const page of [a, b]) {
      await expect.poll(() => tally(page)).toEqual(counts(2, 0, 0, 0))
      await expect(card(page)).toContainText(fmt(p.result, { result: p.results.adopted }))
      await expect(card(page)).toContainText(fmt(p.voters_other, { count: 2 }))
    }
    await expect(card(b)).toContainText(fmt(p.currentVote, { choice: p.choices.agree }))

    // Both change at the same moment again: both changes count, neither overwrites the other.
    const againA = await voteByKeyboard(a, 'abstain')
    const againB = await voteByKeyboard(b, 'object')
    await Promise.all([againA(), againB()])
    for (const page of [a, b]) await expect.poll(() => tally(page)).toEqual(counts(0, 1, 1, 0))

    // A discusses and closes; the result becomes a decision of the meeting for both.
    await card(a).getByLabel(p.comment, { exact: true }).fill('We need a strike fund first.')
    await card(a).getByRole('button', { name: p.addComment }).click()
    await expect(card(b)).toContainText('We need a strike fund first.')
    await card(a).getByRole('button', { name: p.close }).focus()
    await a.keyboard.press('Enter')
    const confirm = a.getByRole('dialog', { name: p.closeHeading })
    await expect(confirm.getByRole('button', { name: en.common.cancel })).toBeFocused()
    await a.keyboard.press('Tab')
    await expect(confirm.getByRole('button', { name: p.closeConfirm })).toBeFocused()
    await a.keyboard.press('Enter')
    const DECISION = fmt(p.decisionText, {
      text: PROPOSAL,
      result: p.results.rejected,
      counts: [
        [p.choices.agree, 0],
        [p.choices.abstain, 1],
        [p.choices.object, 1],
        [p.choices.block, 0],
      ]
        .map(([choice, count]) => fmt(p.decisionCount, { choice: choice!, count: count! }))
        .join(', '),
    })
    for (const page of [a, b]) {
      await expect(card(page)).toContainText(p.decisionRecorded)
      await expect(card(page)).toContainText(fmt(p.result, { result: p.results.rejected }))
      await expect(card(page).getByRole('group', { name: p.yourVote })).toHaveCount(0)
      await expect(page.getByText(DECISION, { exact: true }).first()).toBeVisible()
    }
    await audit(b, 'a meeting with a decided proposal')
  } finally {
    await laptops.close()
  }
})
