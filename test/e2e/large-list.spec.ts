import { expect, test, type Page } from '@playwright/test'
import * as Y from 'yjs'
import { initCircle } from '../../shared/domain/circle/commands'
import { CircleSession } from '../../shared/domain/circle/session'
import { emptyPersonInput } from '../../shared/domain/people/person'
import { ensureUnitPath } from '../../shared/domain/units/commands'
import { ORIGIN, write } from '../../shared/data/origins'
import { en } from '../../shared/i18n/en'
import { newId } from '../../shared/util/id'
import { createCircle, fmt, personRow, start } from './helpers'
import { circleSeeder, openStoredCircle } from './seed-circle'

/**
 * A circle of 100,000 people, built in Node with the app's own domain code, sealed with the
 * app's own storage code under this profile's data key, and written straight into IndexedDB
 * (no test hooks in the product). The list must be virtualized, ordered and filterable. No
 * timings are asserted here; the bench measures speed.
 */

const TOTAL = 100_000
const FIRST = 'Aaron Aaronson'
const LAST = 'Zygmunt Zyskowski'
const BUILDINGS = ['north', 'south', 'east', 'west', 'harbor', 'mill', 'depot']

interface Seed {
  name: string
  unit: string
  tags: string[]
}

/** `count` people: two named ones and members, every 10,000th member a steward. */
function seedPeople(count: number): Seed[] {
  const people: Seed[] = [{ name: LAST, unit: 'Dock 9', tags: [] }]
  // Listed (and so inserted) out of alphabetical order on purpose: the app must sort.
  for (let i = count - 3; i >= 0; i--) {
    people.push({
      name: `Member ${String(i).padStart(6, '0')}`,
      unit: `Building ${BUILDINGS[i % BUILDINGS.length]}`,
      tags: i % 10_000 === 0 ? ['steward'] : [],
    })
  }
  people.push({ name: FIRST, unit: 'Office', tags: [] })
  return people
}

/** Who a filter should show: everyone whose name, unit or tags hold every word, by name. */
function expectedMatches(people: Seed[], query: string): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return people
    .filter((p) => {
      const text = [p.name, p.unit, ...p.tags].join('\n').toLowerCase()
      return words.every((w) => text.includes(w))
    })
    .map((p) => p.name)
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
}

/** The circle's Y.Doc, built with the app's own domain code. */
function buildCircle(id: string, name: string, people: Seed[]): Y.Doc {
  const doc = new Y.Doc({ guid: id })
  const session = new CircleSession(id, doc)
  const init = initCircle(session, name, 'en', 1_700_000_000_000)
  if (!init.ok) throw new Error('initCircle failed')
  write(doc, ORIGIN.personAdd, () => {
    people.forEach((p, i) => {
      const r = session.people.insert({
        ...emptyPersonInput(),
        id: newId(),
        name: p.name,
        email: '',
        phone: '',
        address: '',
        unit: '',
        unitId: ensureUnitPath(session, [p.unit]),
        tags: p.tags,
        notes: '',
        createdAt: 1_700_000_000_000 + i,
      })
      if (!r.ok) throw new Error(`insert ${p.name}: ${JSON.stringify(r.errors)}`)
    })
  })
  if (session.people.size !== people.length) throw new Error(`built ${session.people.size}`)
  session.destroy()
  return doc
}

/**
 * Sets the app up, then stores circles behind its back, sealed under its data key (both of its
 * databases exist by then). Returns `seed(name, people)`, which stores a circle, reloads,
 * unlocks and opens it.
 */
async function prepare(page: Page) {
  await start(page)
  const store = await circleSeeder(page, await createCircle(page, 'Made by hand'))
  return async (name: string, people: Seed[]) => {
    await store(name, () => buildCircle(newId(), name, people))
    await openStoredCircle(page, name, 60_000)
  }
}

/** The people count as shown: i18next's plural, with the number formatted or not. */
const countText = (n: number) =>
  new RegExp(
    `^(${[n, new Intl.NumberFormat('en').format(n)]
      .map((v) => fmt(en.people.count_other, { count: v }))
      .join('|')})$`,
  )

test('a circle stored outside the app opens with its count, order and filters', async ({
  page,
}) => {
  const people = seedPeople(2_000)
  const seed = await prepare(page)
  await seed('Seeded', people)
  await expect(page.getByText(countText(people.length))).toBeVisible()
  const list = page.getByRole('list', { name: en.people.listLabel })
  await expect(list.locator('[aria-posinset="1"]')).toContainText(FIRST)
  await expect(list.locator('[aria-posinset="2"]')).toContainText('Member 000000')
  // End (the list's own key) reaches the last person, whether or not the list is virtualized.
  await personRow(page, FIRST).focus()
  await page.keyboard.press('End')
  await expect(personRow(page, LAST)).toBeFocused()
  await expect(list.locator(`[aria-posinset="${people.length}"]`)).toContainText(LAST)
  const filter = page.getByLabel(en.people.filter)
  for (const query of ['harbor 0123', 'steward', 'Aaronson']) {
    const expected = expectedMatches(people, query)
    expect(expected.length, `"${query}" should match a few people`).toBeGreaterThan(0)
    expect(expected.length, `"${query}" should match a few people`).toBeLessThan(12)
    await filter.fill(query)
    await expect(
      page.getByText(fmt(en.people.shown, { shown: expected.length, total: people.length })),
    ).toBeVisible()
    await expect(list.locator('.person-name')).toHaveText(expected)
  }
})

// Regression: the list once grew to the height of all its rows (the scroll container was not
// height-constrained), so TanStack Virtual rendered every row and 100,000 people never loaded.
test('100,000 people: counted, virtualized, sorted to the last one, and filtered', async ({
  page,
}) => {
  test.setTimeout(180_000)

  const seed = await prepare(page)
  const list = page.getByRole('list', { name: en.people.listLabel })
  const rows = list.getByRole('listitem')

  // First a small circle, so that a list that is not virtualized fails here in seconds.
  await seed('Small local', seedPeople(2_000))
  await expect(personRow(page, FIRST)).toBeVisible()
  expect(await rows.count(), 'rows in the DOM for 2,000 people').toBeLessThan(200)

  const people = seedPeople(TOTAL)
  await seed('Big local', people)
  await expect(page.getByText(countText(TOTAL))).toBeVisible()

  // Only the rows in view (plus a few) are in the DOM.
  await expect(personRow(page, FIRST)).toBeVisible()
  const inDom = await rows.count()
  expect(inDom).toBeGreaterThan(0)
  expect(inDom).toBeLessThan(200)
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(TOTAL))
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1')

  // Scrolled to the end, the list shows the last person in alphabetical order.
  await page.locator('.people-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(personRow(page, LAST)).toBeInViewport()
  await expect(list.locator(`[aria-posinset="${TOTAL}"]`)).toContainText(LAST)
  await expect(list.locator(`[aria-posinset="${TOTAL - 1}"]`)).toContainText('Member 099997')
  expect(await rows.count()).toBeLessThan(200)

  // A filter narrows the list to exactly the matching people, in order.
  const filter = page.getByLabel(en.people.filter)
  for (const query of ['steward', 'depot 09999', 'ZYSKOWSKI', 'harbor 01234 member']) {
    const expected = expectedMatches(people, query)
    expect(expected.length, `"${query}" should match a few people`).toBeGreaterThan(0)
    expect(expected.length, `"${query}" should match a few people`).toBeLessThan(12)
    await filter.fill(query)
    await expect(
      page.getByText(fmt(en.people.shown, { shown: expected.length, total: TOTAL })),
    ).toBeVisible()
    await expect(list.locator('.person-name')).toHaveText(expected)
  }
  await filter.fill('nobody-here')
  await expect(page.getByText(fmt(en.people.noMatch, { query: 'nobody-here' }))).toBeVisible()
  await expect(rows).toHaveCount(0)
  await filter.fill('')
  await expect(personRow(page, FIRST)).toBeVisible()
})
