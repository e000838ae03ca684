import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { de } from '../../shared/i18n/de'
import { en } from '../../shared/i18n/en'
import { addPerson, createCircle, fmt, personRow, start } from './helpers'
import { Laptops, pairUp, useSignalServer } from './sync/two-peers'

const m = en.maps

/** Opens the power maps tab and creates a map; ends on the new map. */
async function newMap(page: Page, name: string) {
  await page.getByRole('link', { name: m.title }).click()
  await expect(page.getByText(m.noMaps)).toBeVisible()
  await page.getByRole('button', { name: m.newMap }).click()
  const dialog = page.getByRole('dialog', { name: m.newMapHeading })
  await dialog.getByLabel(m.name, { exact: true }).fill(name)
  await dialog.getByLabel(m.issue, { exact: true }).fill('The 9 % rent increase')
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
}

interface Added {
  who: 'circle' | 'person' | 'organization' | 'institution'
  name: string
  stance: keyof typeof m.stances
  power: number
}

/** Adds a stakeholder through the add dialog. */
async function addStakeholder(page: Page, s: Added) {
  await page.getByRole('button', { name: m.add }).click()
  const dialog = page.getByRole('dialog', { name: m.addHeading })
  await dialog.getByLabel(m.who).selectOption({ label: m.kinds[s.who] })
  if (s.who === 'circle') await dialog.getByLabel(m.person).selectOption({ label: s.name })
  else await dialog.getByLabel(m.stakeholderName, { exact: true }).fill(s.name)
  await dialog.getByLabel(m.stance, { exact: true }).selectOption({ label: m.stances[s.stance] })
  await dialog.getByLabel(m.power, { exact: true }).fill(String(s.power))
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
}

const row = (page: Page, name: string) =>
  page
    .locator('.map-table tbody tr')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) })

async function relate(page: Page, from: string, to: string, kind: keyof typeof m.links) {
  await page.getByRole('button', { name: fmt(m.link, { name: from }) }).click()
  const dialog = page.getByRole('dialog', { name: fmt(m.linkHeading, { name: from }) })
  await dialog.getByLabel(m.linkKind).selectOption({ label: m.links[kind] })
  await dialog.getByLabel(m.linkTo).selectOption({ label: to })
  await dialog.getByLabel(m.strength).selectOption({ label: m.strengths['3'] })
  await dialog.getByRole('button', { name: en.common.save }).click()
  await expect(dialog).toBeHidden()
}

test('power map: create, add, move by table and by drag, relate, find who can reach, axe', async ({
  page,
}) => {
  await start(page)
  await createCircle(page, 'Tenants of Elm Street')
  await addPerson(page, { name: 'Rosa Hernández' })
  await newMap(page, 'Rent increase')

  await page.getByRole('button', { name: m.tableView }).click()
  await expect(page.getByText(m.empty)).toBeVisible()
  await addStakeholder(page, {
    who: 'circle',
    name: 'Rosa Hernández',
    stance: 'champion',
    power: 20,
  })
  await addStakeholder(page, { who: 'person', name: 'Mayor Weber', stance: 'opponent', power: 95 })
  await addStakeholder(page, {
    who: 'institution',
    name: 'City council',
    stance: 'undecided',
    power: 80,
  })
  await expect(row(page, 'Rosa Hernández')).toContainText(m.kindShort.circle)
  await expect(row(page, 'Mayor Weber')).toContainText(m.stances.opponent)

  // Move through the table view's form.
  await page.getByRole('button', { name: fmt(m.move, { name: 'Mayor Weber' }) }).click()
  const move = page.getByRole('dialog', { name: fmt(m.moveHeading, { name: 'Mayor Weber' }) })
  await move.getByLabel(m.stance, { exact: true }).selectOption({ label: m.stances.leaningAgainst })
  await move.getByLabel(m.power, { exact: true }).fill('90')
  await move.getByRole('button', { name: en.common.save }).click()
  await expect(move).toBeHidden()
  await expect(row(page, 'Mayor Weber')).toContainText(m.stances.leaningAgainst)
  await expect(
    row(page, 'Mayor Weber').getByRole('cell', { name: '90', exact: true }),
  ).toBeVisible()

  // Relate: Rosa influences the council, the council influences the mayor.
  await relate(page, 'Rosa Hernández', 'City council', 'influences')
  await relate(page, 'City council', 'Mayor Weber', 'influences')
  await expect(page.locator('.map-table table').nth(1).locator('tbody tr')).toHaveCount(2)

  // Who can reach the mayor? Rosa, in two steps.
  await page.getByLabel(m.pathTarget).selectOption({ label: 'Mayor Weber' })
  await page.getByRole('button', { name: m.pathFind }).click()
  const finder = page.locator('.path-finder')
  await expect(finder).toContainText(fmt(m.pathFound_one, { count: 1, name: 'Mayor Weber' }))
  await expect(finder.locator('.path-steps li')).toHaveCount(2)
  await expect(finder.locator('.path-steps li').first()).toContainText(
    fmt(m.pathStep, { from: 'Rosa Hernández', kind: m.links.influences, to: 'City council' }),
  )
  await expect(row(page, 'Mayor Weber')).toHaveClass(/on-path/)

  // The mayor's history: placed, then moved.
  await page.getByRole('button', { name: fmt(m.details, { name: 'Mayor Weber' }) }).click()
  await expect(page.locator('.stakeholder-details .timeline li')).toHaveCount(2)

  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])

  // Drag Rosa on the canvas, far to the left: she is no longer a champion.
  await page.getByRole('button', { name: m.canvasView }).click()
  const canvas = page.locator('.power-canvas')
  const rosa = canvas.locator('.react-flow__node').filter({ hasText: 'Rosa Hernández' })
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await expect(rosa).toBeInViewport()
  const canvasScan = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    canvasScan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([])
  await expect(canvas.getByText(m.quadrants.highFor, { exact: true })).toBeAttached()
  const box = (await rosa.boundingBox())!
  const paneBox = (await canvas.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  const targetX = paneBox.x + paneBox.width * 0.2
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(
      box.x + box.width / 2 + ((targetX - box.x - box.width / 2) * i) / 10,
      box.y + box.height / 2,
    )
  await page.mouse.up()
  await page.getByRole('button', { name: m.tableView }).click()
  await expect(row(page, 'Rosa Hernández')).not.toContainText(m.stances.champion)
  await page.getByRole('button', { name: fmt(m.details, { name: 'Rosa Hernández' }) }).click()
  await expect(page.locator('.stakeholder-details .timeline li')).toHaveCount(2)

  // Draw a relationship on the canvas: from Rosa's dot to the mayor; the form opens for it.
  await page.getByRole('button', { name: m.canvasView }).click()
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  const handle = canvas
    .locator('.react-flow__node')
    .filter({ hasText: 'Rosa Hernández' })
    .locator('.react-flow__handle.source')
  const mayor = canvas.locator('.react-flow__node').filter({ hasText: 'Mayor Weber' })
  const from = (await handle.boundingBox())!
  const to = (await mayor.boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(
      from.x + ((to.x + to.width / 2 - from.x) * i) / 10,
      from.y + ((to.y + to.height / 2 - from.y) * i) / 10,
    )
  await page.mouse.up()
  const drawn = page.getByRole('dialog', { name: fmt(m.linkHeading, { name: 'Rosa Hernández' }) })
  await expect(drawn.getByLabel(m.linkTo)).toHaveValue(/.+/)
  await expect(drawn.getByLabel(m.linkTo).locator('option:checked')).toHaveText('Mayor Weber')
  await drawn.getByLabel(m.linkKind).selectOption({ label: m.links.friend })
  await drawn.getByRole('button', { name: en.common.save }).click()
  await expect(drawn).toBeHidden()
  await page.getByRole('button', { name: m.tableView }).click()
  await expect(page.locator('.map-table table').nth(1).locator('tbody tr')).toHaveCount(3)
})

test('in German at 200 % text: the table view is translated, fits and passes axe', async ({
  page,
}) => {
  await start(page)
  await page.getByRole('link', { name: en.nav.settings, exact: true }).click()
  await page.getByLabel(en.settings.language).selectOption('de')
  await page.getByLabel(de.settings.textSize).fill('200')
  await page.getByRole('link', { name: de.nav.circles, exact: true }).click()
  await createCircle(page, 'Mieterinitiative Ulmenstraße', de)
  await page.getByRole('link', { name: de.maps.title }).click()
  await page.getByRole('button', { name: de.maps.newMap }).click()
  const dialog = page.getByRole('dialog', { name: de.maps.newMapHeading })
  await dialog.getByLabel(de.maps.name, { exact: true }).fill('Mieterhöhung')
  await dialog.getByRole('button', { name: de.common.save }).click()
  await page.getByRole('button', { name: de.maps.tableView }).click()
  await page.getByRole('button', { name: de.maps.add }).click()
  const add = page.getByRole('dialog', { name: de.maps.addHeading })
  await add.getByLabel(de.maps.who).selectOption({ label: de.maps.kinds.institution })
  await add.getByLabel(de.maps.stakeholderName, { exact: true }).fill('Wohnungsbaugesellschaft')
  await add
    .getByLabel(de.maps.stance, { exact: true })
    .selectOption({ label: de.maps.stances.opponent })
  await add.getByRole('button', { name: de.common.save }).click()
  await expect(add).toBeHidden()
  await expect(row(page, 'Wohnungsbaugesellschaft')).toContainText(de.maps.stances.opponent)
  await expect(row(page, 'Wohnungsbaugesellschaft')).toContainText(de.maps.kindShort.institution)
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main')!
    return [
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main.scrollWidth - main.clientWidth,
    ]
  })
  expect(overflow).toEqual([0, 0])
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
})

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** Chooses an option of the focused select with the arrow keys, like a keyboard user. */
async function choose(page: Page, select: Locator, label: string) {
  await expect(select).toBeFocused()
  const labels = await select.locator('option').allTextContents()
  const want = labels.indexOf(label)
  expect(want, `no option ${label}`).toBeGreaterThanOrEqual(0)
  const now = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex)
  const key = want > now ? 'ArrowDown' : 'ArrowUp'
  for (let i = 0; i < Math.abs(want - now); i++) await page.keyboard.press(key)
  await expect(select.locator('option:checked')).toHaveText(label)
}

test('the table view with the keyboard alone: add, move, relate, find a path', async ({ page }) => {
  await start(page)
  await createCircle(page, 'Harbour drive')
  await addPerson(page, { name: 'Ana Lopes' })
  await newMap(page, 'Port authority')

  await tabTo(page, page.getByRole('button', { name: m.tableView }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: m.tableView })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  // Add Ana (a person of the circle) and the port director, by keyboard only.
  const add = async (who: Added['who'], name: string, stance: keyof typeof m.stances) => {
    await tabTo(page, page.getByRole('button', { name: m.add }))
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: m.addHeading })
    await expect(dialog).toBeVisible()
    const whoField = dialog.getByLabel(m.who)
    await tabTo(page, whoField)
    await choose(page, whoField, m.kinds[who])
    if (who === 'circle') {
      const personField = dialog.getByLabel(m.person)
      await tabTo(page, personField)
      await choose(page, personField, name)
    } else {
      await tabTo(page, dialog.getByLabel(m.stakeholderName, { exact: true }))
      await page.keyboard.type(name)
    }
    const stanceField = dialog.getByLabel(m.stance, { exact: true })
    await tabTo(page, stanceField)
    await choose(page, stanceField, m.stances[stance])
    await page.keyboard.press('Tab')
    await expect(dialog.getByLabel(m.power, { exact: true })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(row(page, name)).toBeVisible()
  }
  await add('circle', 'Ana Lopes', 'champion')
  await add('person', 'Port director', 'opponent')

  // Move the director up to undecided.
  await tabTo(page, page.getByRole('button', { name: fmt(m.move, { name: 'Port director' }) }))
  await page.keyboard.press('Enter')
  const move = page.getByRole('dialog', { name: fmt(m.moveHeading, { name: 'Port director' }) })
  const stance = move.getByLabel(m.stance, { exact: true })
  await tabTo(page, stance)
  await choose(page, stance, m.stances.undecided)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('85')
  await page.keyboard.press('Enter')
  await expect(move).toBeHidden()
  await expect(row(page, 'Port director')).toContainText(m.stances.undecided)

  // Ana is a friend of the director.
  await tabTo(page, page.getByRole('button', { name: fmt(m.link, { name: 'Ana Lopes' }) }))
  await page.keyboard.press('Enter')
  const link = page.getByRole('dialog', { name: fmt(m.linkHeading, { name: 'Ana Lopes' }) })
  const kind = link.getByLabel(m.linkKind)
  await tabTo(page, kind)
  await choose(page, kind, m.links.friend)
  const to = link.getByLabel(m.linkTo)
  await tabTo(page, to)
  await choose(page, to, 'Port director')
  await tabTo(page, link.getByRole('button', { name: en.common.save }))
  await page.keyboard.press('Enter')
  await expect(link).toBeHidden()

  // Who can reach the director?
  const target = page.getByLabel(m.pathTarget)
  await tabTo(page, target)
  await choose(page, target, 'Port director')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('.path-finder')).toContainText(
    fmt(m.pathSummary_one, { start: 'Ana Lopes', count: 1, weakest: m.strengths['2'] }),
  )
})

test('maps: rename, duplicate, archive, export; erasing a person takes them off every map', async ({
  page,
}) => {
  await start(page)
  await createCircle(page, 'Riverside tenants')
  await addPerson(page, { name: 'Rosa Hernández' })
  await newMap(page, 'Rent increase')
  await page.getByRole('button', { name: m.tableView }).click()
  await addStakeholder(page, {
    who: 'circle',
    name: 'Rosa Hernández',
    stance: 'champion',
    power: 20,
  })
  await addStakeholder(page, {
    who: 'organization',
    name: 'Landlord LLC',
    stance: 'opponent',
    power: 90,
  })
  await relate(page, 'Rosa Hernández', 'Landlord LLC', 'worksFor')

  // Edit the relationship: its strength becomes weak.
  await page
    .getByRole('button', { name: /^Edit relationship/ })
    .first()
    .click()
  const edit = page.getByRole('dialog', {
    name: fmt(m.linkEditHeading, { from: 'Rosa Hernández', to: 'Landlord LLC' }),
  })
  await edit.getByLabel(m.strength).selectOption({ label: m.strengths['1'] })
  await edit.getByRole('button', { name: en.common.save }).click()
  await expect(edit).toBeHidden()
  await expect(page.locator('.map-table table').nth(1)).toContainText(m.strengths['1'])

  // Rename, then duplicate: the copy has the same stakeholders.
  await page.getByRole('button', { name: m.renameMap }).click()
  const rename = page.getByRole('dialog', { name: fmt(m.renameHeading, { name: 'Rent increase' }) })
  await rename.getByLabel(m.name, { exact: true }).fill('Rent 2027')
  await rename.getByRole('button', { name: en.common.save }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Rent 2027', exact: true }),
  ).toBeVisible()
  await page.getByRole('button', { name: m.duplicate }).click()
  const copy = fmt(m.duplicateName, { name: 'Rent 2027' })
  await expect(page.getByRole('heading', { level: 2, name: copy, exact: true })).toBeVisible()
  await expect(row(page, 'Landlord LLC')).toBeVisible()
  await expect(row(page, 'Rosa Hernández')).toBeVisible()

  // Export the copy as SVG and PNG.
  let downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: m.exportSvg }).click()
  const svg = await readFile((await (await downloading).path())!, 'utf8')
  expect(svg).toContain('Landlord LLC')
  expect(svg).toContain('Rosa Hernández')
  downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: m.exportPng }).click()
  const png = await readFile((await (await downloading).path())!)
  expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])

  // Archive the copy: it leaves the list until archived maps are shown.
  await page.getByRole('button', { name: m.archive }).click()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Rent 2027', exact: true }),
  ).toBeVisible()
  const maps = page.getByLabel(m.mapLabel, { exact: true })
  await expect(maps.locator('option')).toHaveText(['Rent 2027'])
  await page.getByLabel(m.showArchived).check()
  await expect(maps.locator('option')).toHaveText([
    'Rent 2027',
    fmt(m.archivedMark, { name: copy }),
  ])

  // Erase Rosa on the people screen: she and her relationship leave both maps.
  await page.getByRole('link', { name: en.nav.people, exact: true }).click()
  await personRow(page, 'Rosa Hernández').click()
  await page.getByRole('button', { name: en.person.rights.erase }).click()
  await page.getByRole('button', { name: en.person.erase.confirm }).click()
  await expect(personRow(page, 'Rosa Hernández')).toHaveCount(0)
  await page.getByRole('link', { name: m.title }).click()
  await page.getByRole('button', { name: m.tableView }).click()
  await expect(row(page, 'Landlord LLC')).toBeVisible()
  await expect(row(page, 'Rosa Hernández')).toHaveCount(0)
  await expect(page.getByText(m.noLinks)).toBeVisible()
  await page.getByLabel(m.showArchived).check()
  await maps.selectOption({ label: fmt(m.archivedMark, { name: copy }) })
  await expect(page.getByText(m.archivedBanner)).toBeVisible()
  await expect(row(page, 'Rosa Hernández')).toHaveCount(0)
  await expect(page.getByRole('button', { name: m.add })).toBeDisabled()
})

test.describe('two laptops on one power map, over WebRTC', () => {
  const signal = useSignalServer()

  test("each sees the other's pointer and moves live", async ({ baseURL }) => {
    test.setTimeout(180_000)
    const laptops = new Laptops(baseURL)
    try {
      const [a, b] = await laptops.openPair(signal.url)

      // A makes the circle and invites B.
      await pairUp(a, b, {
        circle: 'Elm Street tenants',
        inviter: 'Ana Lima',
        member: 'Ben Okafor',
      })

      // A draws a map; B sees it arrive.
      await newMap(a, 'Rent increase')
      await a.getByRole('button', { name: m.tableView }).click()
      await addStakeholder(a, { who: 'person', name: 'Mayor Weber', stance: 'opponent', power: 90 })
      await b.getByRole('link', { name: m.title }).click()
      await expect(b.getByRole('heading', { level: 2, name: 'Rent increase' })).toBeVisible({
        timeout: 30_000,
      })
      const mayorOnB = b.locator('.react-flow__node').filter({ hasText: 'Mayor Weber' })
      await expect(mayorOnB).toBeVisible()

      // A's pointer over the canvas shows on B, with A's name.
      await a.getByRole('button', { name: m.canvasView }).click()
      const canvasA = a.locator('.power-canvas')
      await canvasA.evaluate((el) => el.scrollIntoView({ block: 'start' }))
      const box = (await canvasA.boundingBox())!
      await a.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await a.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10)
      await expect(b.locator('.peer-pointer')).toHaveText('Ana Lima')

      // While A drags the mayor, B sees the node move; the place is stored on the drop.
      const before = await mayorOnB.getAttribute('style')
      const stored = (await mayorOnB.getAttribute('aria-label'))!
      const mayorOnA = canvasA.locator('.react-flow__node').filter({ hasText: 'Mayor Weber' })
      const at = (await mayorOnA.boundingBox())!
      await a.mouse.move(at.x + at.width / 2, at.y + at.height / 2)
      await a.mouse.down()
      for (let i = 1; i <= 8; i++)
        await a.mouse.move(at.x + at.width / 2 + i * 15, at.y + at.height / 2 + i * 12)
      await expect.poll(() => mayorOnB.getAttribute('style')).not.toBe(before)
      await expect(mayorOnB).toHaveAttribute('aria-label', stored)
      await a.mouse.up()
      await expect(mayorOnB).not.toHaveAttribute('aria-label', stored)

      // A moves the mayor (table form); B's canvas and table follow.
      await a.getByRole('button', { name: m.tableView }).click()
      await a.getByRole('button', { name: fmt(m.move, { name: 'Mayor Weber' }) }).click()
      const move = a.getByRole('dialog', { name: fmt(m.moveHeading, { name: 'Mayor Weber' }) })
      await move.getByLabel(m.stance, { exact: true }).selectOption({ label: m.stances.undecided })
      await move.getByRole('button', { name: en.common.save }).click()
      await expect(mayorOnB).toHaveAttribute('aria-label', new RegExp(m.stances.undecided))
      await b.getByRole('button', { name: m.tableView }).click()
      await expect(row(b, 'Mayor Weber')).toContainText(m.stances.undecided)
    } finally {
      await laptops.close()
    }
  })
})
