import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import type * as Y from 'yjs'
import { ORIGIN, write } from '../../shared/data/origins'
import type { Conversation } from '../../shared/domain/conversations/conversation'
import { addPerson } from '../../shared/domain/people/commands'
import { emptyPersonInput, type PersonInput } from '../../shared/domain/people/person'
import { en } from '../../shared/i18n/en'
import { addDays, dayOf } from '../../shared/util/day'
import { newId } from '../../shared/util/id'
import { blankConversation } from '../support/records'
import { fmt } from './helpers'
import { newSeedCircle, openSeededCircle } from './seed-circle'

/** Steps and the seeded circle of today.spec.ts. */

const s = en.today
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
export const TODAY = dayOf(Date.now())
export const CIRCLE = 'Harbour drive'

export async function audit(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const report = violations
    .map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n')
  expect.soft(violations.length, `axe found violations on "${screen}":\n${report}`).toBe(0)
}

export const plural = (one: string, other: string, count: number, values = {}) =>
  fmt(count === 1 ? one : other, { count, ...values })

/** The seeded circle: Sam's people, their conversations, and a second member, Kim. */
export function buildCircle(me: string): Y.Doc {
  const now = Date.now()
  const { doc, session } = newSeedCircle(CIRCLE, now)
  const person = (name: string, over: Partial<PersonInput> = {}) => {
    const r = addPerson(session, { ...emptyPersonInput(), name, organizerId: me, ...over }, now)
    if (!r.ok) throw new Error(name)
    return r.value
  }
  const talk = (personId: string, over: Partial<Conversation>) =>
    write(doc, ORIGIN.conversationLog, () =>
      session.conversations.insert(
        blankConversation({
          id: newId(),
          personId,
          date: addDays(TODAY, -10),
          members: [me],
          loggedBy: me,
          createdAt: now,
          ...over,
        }),
      ),
    )
  talk(person('Rosa Hernández'), { followUpOn: addDays(TODAY, -3) })
  talk(person('Amir Khan'), {
    commitment: 'Bring two coworkers to the meeting',
    commitmentStatus: 'open',
    commitmentDue: addDays(TODAY, 2),
  })
  person('Lena Vogel', { leader: true, organizerId: '' })
  person('Jonas Berg')
  session.destroy()
  return doc
}

export async function openSeeded(page: Page) {
  await openSeededCircle(page, CIRCLE, buildCircle)
}

export const tabs = (page: Page) => page.getByRole('navigation', { name: en.nav.circleViews })
export const badge = (count: number) => ` (${plural(s.tabBadge_one, s.tabBadge_other, count)})`

/** Focuses a control by pressing Tab (keyboard only), then checks it has focus. */
export async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}
