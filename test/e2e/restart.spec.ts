import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import { chromiumLaunchOptions } from '../support/chromium'
import { addPerson, createCircle, expectAllSaved, fmt, personRow, setUp, unlock } from './helpers'

/** A real restart: the browser process ends and starts again on the same profile directory. */

const PEOPLE = ['Rosa Hernández', 'Amir Khan', 'Berta Schulz']

test('a circle and its people are there after the browser is closed and started again', async ({
  baseURL,
}) => {
  const profile = await mkdtemp(join(tmpdir(), 'rhizome-restart-'))
  const launch = () =>
    chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions(), baseURL })
  let context: BrowserContext | null = null
  try {
    context = await launch()
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    await setUp(page)
    const id = await createCircle(page, 'Survives restart')
    for (const name of PEOPLE) await addPerson(page, { name, unit: `Unit of ${name}` })
    await expectAllSaved(page)
    await context.close()
    context = null

    context = await launch()
    const again = context.pages()[0] ?? (await context.newPage())
    await again.goto('/')
    await unlock(again)
    const link = again.getByRole('link', { name: 'Survives restart' })
    await link.click()
    await expect(again.getByRole('heading', { level: 1, name: 'Survives restart' })).toBeVisible()
    expect(again.url()).toContain(id)
    await expect(
      again.getByText(fmt(en.people.count_other, { count: PEOPLE.length })),
    ).toBeVisible()
    for (const name of PEOPLE) await expect(personRow(again, name)).toContainText(`Unit of ${name}`)
  } finally {
    await context?.close()
    await rm(profile, { recursive: true, force: true })
  }
})
