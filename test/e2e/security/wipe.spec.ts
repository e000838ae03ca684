import { expect, test, type BrowserContext } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { setUpProtection } from '../../support/first-run'
import {
  launchProfile,
  makeCanary,
  makeProfileDir,
  removeProfileDir,
  scanFiles,
} from '../../support/profile'
import {
  addPerson,
  appUrl,
  createCircle,
  databaseNames,
  editPerson,
  expectAllSaved,
  gotoApp,
  note,
  pageText,
  wipeEverything,
} from './steps'

/** Panic wipe: back to first run at once, no databases, no member data left on disk. */
test('wiping returns to first run and leaves no member data behind', async ({ baseURL }) => {
  test.setTimeout(90_000)
  const canary = makeCanary()
  const profile = await makeProfileDir('wipe')
  let context: BrowserContext | undefined
  try {
    const launched = await launchProfile(profile)
    context = launched.context
    const page = launched.page
    await gotoApp(page, appUrl(baseURL))
    await setUpProtection(page)
    await createCircle(page, `Circle ${canary}`, `Me ${canary}`)
    const person = `Person ${canary}`
    await addPerson(page, { name: person, notes: `notes ${canary}`, tags: canary })
    await editPerson(page, person, { unit: `Unit ${canary}` })
    await expectAllSaved(page)
    expect(await databaseNames(page)).toContain('rhizome-data')

    const { ms, reloaded } = await wipeEverything(page)
    note(
      'wipe duration',
      `${ms} ms from the confirming click to the first-run screen` +
        (reloaded ? ' (not timed: the preview server was being rebuilt, the page reloaded)' : ''),
    )
    if (!reloaded) expect(ms).toBeLessThan(5000)

    // First run again: the data database is gone and the local one holds nothing.
    await expect(page.getByRole('heading', { name: en.security.setupHeading })).toBeVisible()
    expect(await databaseNames(page)).not.toContain('rhizome-data')
    const local = await page.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'rhizome-local')) return null
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('rhizome-local')
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      const count = (store: string) =>
        new Promise<number>((resolve, reject) => {
          if (!db.objectStoreNames.contains(store)) return resolve(0)
          const req = db.transaction(store).objectStore(store).count()
          req.onsuccess = () => resolve(req.result)
          req.onerror = () => reject(req.error)
        })
      const counts = { circles: await count('circles'), vault: await count('vault') }
      db.close()
      return counts
    })
    expect(local === null || (local.circles === 0 && local.vault === 0)).toBe(true)
    expect(await pageText(page)).not.toContain(canary)

    await setUpProtection(page, 'a different passphrase after the wipe')
    await expect(page.getByText(en.circles.empty)).toBeVisible()
    await context.close()
    context = undefined

    const { files, hits } = await scanFiles(profile, [canary, canary.toLowerCase()])
    for (const hit of hits)
      note('canary found', `${hit.file} (${hit.encoding}, ${hit.count}×): ${hit.context}`)
    expect(files).toBeGreaterThan(0)
    expect(hits).toEqual([])
  } finally {
    await context?.close()
    await removeProfileDir(profile)
  }
})
