import { expect, test, type BrowserContext } from '@playwright/test'
import { setUpProtection, TEST_PASSPHRASE } from '../../support/first-run'
import {
  launchProfile,
  makeCanary,
  makeProfileDir,
  removeProfileDir,
  scanFiles,
} from '../../support/profile'
import { addPerson, appUrl, createCircle, editPerson, expectAllSaved, gotoApp, note } from './steps'

/**
 * Encryption at rest: member data typed into the app never reaches the browser profile on
 * disk in the clear — not in IndexedDB, not in caches, session files or anything else.
 */
test('no plaintext member data anywhere in the profile directory', async ({ baseURL }) => {
  test.setTimeout(90_000)
  const canary = makeCanary()
  const profile = await makeProfileDir('canary')
  let context: BrowserContext | undefined
  try {
    const launched = await launchProfile(profile)
    context = launched.context
    const page = launched.page
    await gotoApp(page, appUrl(baseURL))
    await setUpProtection(page)
    const circleId = await createCircle(page, `Circle ${canary}`, `Me ${canary}`)
    const name = `Person ${canary}`
    await addPerson(page, {
      name,
      email: 'someone@example.org',
      unit: 'Night shift',
      tags: `committee, ${canary}`,
      notes: `First notes about ${canary}.`,
    })
    await expectAllSaved(page)
    for (let i = 1; i <= 3; i++) {
      await editPerson(page, name, {
        notes: `Notes, edit ${i}: ${canary} said something.`,
        tags: `committee, ${canary}, edit-${i}`,
        phone: `+49 30 ${canary} ${i}`,
      })
      await expectAllSaved(page)
    }
    await context.close()
    context = undefined

    const needles = [canary, canary.toLowerCase(), TEST_PASSPHRASE]
    const { files, bytes, hits } = await scanFiles(profile, [...needles, circleId])
    const leaks = hits.filter((h) => h.needle !== circleId)
    note('canary scan', `${files} files, ${bytes} bytes, ${leaks.length} plaintext hits`)
    for (const hit of leaks)
      note(
        'canary found',
        `${hit.file} (${hit.encoding}, "${hit.needle}", ${hit.count}×): ${hit.context}`,
      )
    // Control: the circle's random id is stored in the clear (as a key), so finding it shows
    // the scan really reads the IndexedDB files.
    expect(hits.filter((h) => h.needle === circleId).length).toBeGreaterThan(0)
    expect(leaks).toEqual([])
  } finally {
    await context?.close()
    await removeProfileDir(profile)
  }
})
