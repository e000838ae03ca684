import { expect, test } from '@playwright/test'
import { setUpProtection } from '../../support/first-run'
import {
  launchProfile,
  makeCanary,
  makeProfileDir,
  removeProfileDir,
  scanFiles,
} from '../../support/profile'
import { addPerson, appUrl, createCircle, editPerson, expectAllSaved } from './steps'

/**
 * Encryption at rest: member data typed into the app never reaches the browser profile on
 * disk in the clear — not in IndexedDB, not in caches, session files or anything else.
 */
test('no plaintext member data anywhere in the profile directory', async ({ baseURL }) => {
  test.setTimeout(90_000)
  const canary = makeCanary()
  const profile = await makeProfileDir('canary')
  try {
    const { context, page } = await launchProfile(profile)
    await page.goto(appUrl(baseURL))
    await setUpProtection(page)
    await createCircle(page, `Circle ${canary}`)
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

    const needles = [canary, canary.toLowerCase()]
    const { files, bytes, hits } = await scanFiles(profile, needles)
    console.log(`canary scan: ${files} files, ${bytes} bytes, ${hits.length} hits`)
    for (const hit of hits)
      console.log(
        `canary found: ${hit.file} (${hit.encoding}, "${hit.needle}", ${hit.count}×): ${hit.context}`,
      )
    expect(files).toBeGreaterThan(0)
    expect(hits).toEqual([])
  } finally {
    await removeProfileDir(profile)
  }
})
