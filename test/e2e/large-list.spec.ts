import { expect, test, type Page } from '@playwright/test'
import * as Y from 'yjs'
import { initCircle } from '../../shared/domain/circle/commands'
import { CircleSession } from '../../shared/domain/circle/session'
import { ORIGIN, write } from '../../shared/data/origins'
import { en } from '../../shared/i18n/en'
import { newId } from '../../shared/util/id'
import { fmt, personRow } from './helpers'

/**
 * A circle of 100,000 people, seeded straight into IndexedDB the way the app stores it (no test
 * hooks in the product): the list is virtualized, ordered and filterable. No timings are
 * asserted here; the bench measures speed.
 */

const TOTAL = Number(process.env.LARGE_N ?? 100_000)
const FIRST = 'Aaron Aaronson'
const LAST = 'Zygmunt Zyskowski'
const BUILDINGS = ['north', 'south', 'east', 'west', 'harbor', 'mill', 'depot']

interface Seed {
  name: string
  unit: string
  tags: string[]
}

/** The people to seed: two named ones and 99,998 members, every 10,000th a steward. */
function seedPeople(): Seed[] {
  const people: Seed[] = [{ name: LAST, unit: 'Dock 9', tags: [] }]
  // Listed (and so inserted) out of alphabetical order on purpose: the app must sort.
  for (let i = TOTAL - 3; i >= 0; i--) {
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

/** The circle's Yjs state, built with the app's own domain code. */
function seedCircle(id: string, name: string, people: Seed[]): Uint8Array {
  const doc = new Y.Doc({ guid: id })
  const session = new CircleSession(id, doc)
  const init = initCircle(session, name, 'en', 1_700_000_000_000)
  if (!init.ok) throw new Error('initCircle failed')
  write(doc, ORIGIN.personAdd, () => {
    people.forEach((p, i) => {
      const r = session.people.insert({
        id: newId(),
        name: p.name,
        email: '',
        phone: '',
        address: '',
        unit: p.unit,
        tags: p.tags,
        notes: '',
        createdAt: 1_700_000_000_000 + i,
      })
      if (!r.ok) throw new Error(`insert ${p.name}: ${JSON.stringify(r.errors)}`)
    })
  })
  if (session.people.size !== TOTAL) throw new Error(`seeded ${session.people.size} people`)
  const update = Y.encodeStateAsUpdate(doc)
  session.destroy()
  doc.destroy()
  return update
}

/** Writes the update into the circle's y-indexeddb database and lists the circle in Dexie. */
async function storeCircle(page: Page, id: string, name: string, update: Uint8Array) {
  const base64 = Buffer.from(update).toString('base64')
  const CHUNK = 4 * 1024 * 1024 // a multiple of 4, so each chunk decodes on its own
  await page.evaluate(() => {
    ;(window as unknown as { seed: string[] }).seed = []
  })
  for (let at = 0; at < base64.length; at += CHUNK) {
    await page.evaluate(
      (chunk) => {
        ;(window as unknown as { seed: string[] }).seed.push(chunk)
      },
      base64.slice(at, at + CHUNK),
    )
  }
  await page.evaluate(
    async ({ id, name }) => {
      const chunks = (window as unknown as { seed: string[] }).seed
      const parts = chunks.map((c) => Uint8Array.from(atob(c), (ch) => ch.charCodeAt(0)))
      const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
      let offset = 0
      for (const p of parts) {
        bytes.set(p, offset)
        offset += p.length
      }
      const openDb = (dbName: string, upgrade?: (db: IDBDatabase) => void) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const req = upgrade ? indexedDB.open(dbName, 1) : indexedDB.open(dbName)
          if (upgrade) req.onupgradeneeded = () => upgrade(req.result)
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
      const put = (db: IDBDatabase, store: string, value: unknown) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite')
          tx.objectStore(store).put(value)
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
          tx.onabort = () => reject(tx.error)
        })
      const circle = await openDb(`rhizome-circle-${id}`, (db) => {
        db.createObjectStore('updates', { autoIncrement: true })
        db.createObjectStore('custom')
      })
      await put(circle, 'updates', bytes)
      circle.close()
      const local = await openDb('rhizome-local')
      const now = Date.now()
      await put(local, 'circles', { id, name, language: 'en', createdAt: now, openedAt: now })
      local.close()
      delete (window as unknown as { seed?: string[] }).seed
    },
    { id, name },
  )
}

test('100,000 people: counted, virtualized, sorted to the last one, and filtered', async ({
  page,
}) => {
  test.setTimeout(280_000)
  const id = newId()
  const people = seedPeople()
  const update = seedCircle(id, 'Big local', people)

  // Let the app create its Dexie schema once, then store the circle behind its back.
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()
  await storeCircle(page, id, 'Big local', update)
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)))
  page.on('pageerror', (e) => console.log('pageerror', e.message))
  await page.reload()
  const t0 = Date.now()
  if (process.env.CSSFIX)
    await page.evaluate(() =>
      document.styleSheets[0]!.insertRule('.people-screen { flex: none !important }', 0),
    )
  await page.getByRole('link', { name: 'Big local' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Big local' })).toBeVisible({
    timeout: 170_000,
  })
  console.log('opened in', Date.now() - t0)

  const counts = [TOTAL, new Intl.NumberFormat('en').format(TOTAL)].map((n) =>
    fmt(en.people.count_other, { count: n }),
  )
  await expect(page.getByText(new RegExp(`^(${counts.join('|')})$`))).toBeVisible()

  // Only the rows in view (plus a few) are in the DOM.
  const list = page.getByRole('list', { name: en.people.listLabel })
  const rows = list.getByRole('listitem')
  await expect(personRow(page, FIRST)).toBeVisible()
  const inDom = await rows.count()
  console.log(
    'DIAG',
    await page.evaluate(() => {
      const el = document.querySelector('.people-scroll')!
      const sc = document.querySelector('.people-screen')!
      return JSON.stringify({
        rows: document.querySelectorAll('[role=listitem]').length,
        scrollClient: el.clientHeight,
        scrollH: el.scrollHeight,
        screenH: sc.getBoundingClientRect().height,
        docH: document.documentElement.scrollHeight,
        vh: innerHeight,
      })
    }),
  )
  expect(inDom).toBeGreaterThan(0)
  expect(inDom).toBeLessThan(200)
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(TOTAL))
  await expect(rows.first()).toHaveAttribute('aria-posinset', '1')

  // Scrolled to the end, the list shows the last person in alphabetical order.
  const scroller = page.locator('.people-scroll')
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
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
