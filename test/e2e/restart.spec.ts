import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import { chromiumLaunchOptions } from '../support/chromium'
import { addPerson, createCircle, expectAllSaved, fmt, personRow } from './helpers'

/** A real restart: the browser process ends and starts again on the same profile directory. */

const PEOPLE = ['Rosa Hernández', 'Amir Khan', 'Berta Schulz']

test('a circle and its people are there after the browser is closed and started again', async ({
  baseURL,
}) => {
  const profile = await mkdtemp(join(tmpdir(), 'rhizome-restart-'))
  try {
    const first = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions(),
      baseURL,
    })
    const page = first.pages()[0] ?? (await first.newPage())
    await page.goto('/')
    const id = await createCircle(page, 'Survives restart')
    for (const name of PEOPLE) await addPerson(page, { name, unit: `Unit of ${name}` })
    await expectAllSaved(page)
    await first.close()

    const second = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions(),
      baseURL,
    })
    const again = second.pages()[0] ?? (await second.newPage())
    await again.goto('/')
    await expect(again.getByRole('link', { name: 'Survives restart' })).toBeVisible()
    await again.getByRole('link', { name: 'Survives restart' }).click()
    await expect(again.getByRole('heading', { level: 1, name: 'Survives restart' })).toBeVisible()
    expect(again.url()).toContain(id)
    await expect(
      again.getByText(fmt(en.people.count_other, { count: PEOPLE.length })),
    ).toBeVisible()
    for (const name of PEOPLE) await expect(personRow(again, name)).toContainText(`Unit of ${name}`)
    await second.close()
  } finally {
    await rm(profile, { recursive: true, force: true })
  }
})
