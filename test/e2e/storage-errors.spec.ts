import { expect, test, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import {
  addPerson,
  createCircle,
  expectAllSaved,
  fmt,
  personRow,
  reloadAndUnlock,
  start,
} from './helpers'

/**
 * A full disk: IndexedDB refuses every write with QuotaExceededError while a flag is set. The
 * app must say so, keep the edit on screen, retry with backoff, and store it once the disk has
 * room again.
 */

/**
 * How IndexedDB refuses a write: `throw` from add/put itself, or `event`, the way Chromium
 * reports a full disk, through the request's error event after the call returned.
 */
type Refusal = 'throw' | 'event'

/** Makes IDBObjectStore add/put fail with QuotaExceededError while `window.diskFull` is true. */
function simulateFullDisk(page: Page, how: Refusal) {
  return page.addInitScript((how) => {
    const w = window as unknown as { diskFull?: boolean; refusedWrites?: number }
    w.refusedWrites = 0
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method]
      Object.defineProperty(IDBObjectStore.prototype, method, {
        configurable: true,
        writable: true,
        value: function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
          if (!w.diskFull) return original.apply(this, args)
          w.refusedWrites = (w.refusedWrites ?? 0) + 1
          const error = new DOMException('The disk is full.', 'QuotaExceededError')
          if (how === 'throw') throw error
          // A request that fails on its own, later, like a real one.
          const request = Object.assign(new EventTarget(), {
            error,
            result: undefined,
            readyState: 'done',
            source: this,
            transaction: this.transaction,
            onsuccess: null,
            onerror: null as ((e: Event) => void) | null,
          })
          setTimeout(() => {
            const event = new Event('error', { bubbles: true, cancelable: true })
            request.dispatchEvent(event)
            request.onerror?.call(request, event)
          })
          return request as unknown as IDBRequest
        },
      })
    }
  }, how)
}

const refusedWrites = (page: Page) =>
  page.evaluate(() => (window as unknown as { refusedWrites: number }).refusedWrites)

const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((value) => {
    ;(window as unknown as { diskFull?: boolean }).diskFull = value
  }, full)

for (const how of ['throw', 'event'] as const) {
  test(`a full disk (${how}) is reported, the edit is kept and saved once there is room again`, async ({
    page,
  }) => {
    await simulateFullDisk(page, how)
    await start(page)
    await createCircle(page, 'Full disk')
    await addPerson(page, { name: 'Rosa Hernández', unit: 'Night shift' })
    await expectAllSaved(page)

    await setDiskFull(page, true)
    await personRow(page, 'Rosa Hernández').click()
    const edit = page.getByRole('dialog', {
      name: fmt(en.people.editHeading, { name: 'Rosa Hernández' }),
    })
    await edit.getByLabel(en.people.phone).fill('+49 30 123456')
    await edit.getByRole('button', { name: en.common.save }).click()
    await expect(edit).toBeHidden()

    // The indicator turns into an alert naming the cause; the edit stays in the list.
    const alert = page.getByRole('alert').filter({ hasText: en.save.error })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(en.errors.storage.quotaExceeded)
    await expect(page.getByRole('status').filter({ hasText: en.save.saved })).toHaveCount(0)
    await expect(personRow(page, 'Rosa Hernández')).toContainText('+49 30 123456')

    // The app keeps retrying while the disk is full: still not saved, still shown.
    const before = await refusedWrites(page)
    await expect.poll(() => refusedWrites(page), { timeout: 15_000 }).toBeGreaterThan(before + 1)
    await expect(alert).toBeVisible()
    await expect(personRow(page, 'Rosa Hernández')).toContainText('+49 30 123456')

    // Room again: a retry (0.25–10 s backoff) stores it without anything else happening.
    await setDiskFull(page, false)
    await expect(alert).toBeHidden({ timeout: 15_000 })
    await expectAllSaved(page)

    await reloadAndUnlock(page)
    await expect(personRow(page, 'Rosa Hernández')).toContainText('+49 30 123456')
  })
}

test('an edit made while the disk is full is not lost by more edits before it frees up', async ({
  page,
}) => {
  await simulateFullDisk(page, 'throw')
  await start(page)
  await createCircle(page, 'Still full')
  await setDiskFull(page, true)
  await addPerson(page, { name: 'Amir Khan' })
  await addPerson(page, { name: 'Berta Schulz' })
  await expect(page.getByRole('alert').filter({ hasText: en.save.error })).toBeVisible()
  await setDiskFull(page, false)
  await expectAllSaved(page)
  await reloadAndUnlock(page)
  await expect(personRow(page, 'Amir Khan')).toBeVisible()
  await expect(personRow(page, 'Berta Schulz')).toBeVisible()
})
