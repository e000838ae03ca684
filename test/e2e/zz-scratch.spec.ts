import { expect, test } from '@playwright/test'
import { addPerson, createCircle, expectAllSaved, personRow } from './helpers'
for (const mode of ['async', 'sync']) {
test('scratch ' + mode, async ({ page }) => {
  page.on('pageerror', (e) => console.log(mode, 'pageerror', e.message))
  page.on('console', (m) => console.log(mode, 'console', m.type(), m.text().slice(0, 200)))
  await page.addInitScript((mode) => {
    const w = window as unknown as { failWrites?: boolean }
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if (!w.failWrites) return original.apply(this, args)
        const error = new DOMException('The disk is full.', 'QuotaExceededError')
        if (mode === 'sync') throw error
        const request = { error, result: undefined, readyState: 'done', source: this, transaction: this.transaction, onerror: null as null | ((e: unknown) => void), onsuccess: null }
        setTimeout(() => request.onerror?.({ type: 'error', target: request, preventDefault() {} }))
        return request as unknown as IDBRequest
      }
    }
  }, mode)
  await page.goto('/')
  await createCircle(page, 'Quota')
  await addPerson(page, { name: 'Rosa' })
  await expectAllSaved(page)
  await page.evaluate(() => { (window as unknown as { failWrites?: boolean }).failWrites = true })
  await personRow(page, 'Rosa').click()
  await page.getByRole('dialog').getByLabel('Phone').fill('12345')
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click()
  for (let i = 0; i < 4; i++) {
    console.log(mode, i, JSON.stringify(await page.evaluate(() => ({ save: document.querySelector('.save')?.textContent, alerts: [...document.querySelectorAll('[role=alert]')].map(a => a.textContent), dialog: !!document.querySelector('dialog[open]'), row: document.querySelector('.person-row')?.textContent }))))
    await page.waitForTimeout(1000)
  }
  await page.evaluate(() => { (window as unknown as { failWrites?: boolean }).failWrites = false })
  for (let i = 0; i < 12; i++) {
    console.log(mode, 'cleared', i, JSON.stringify(await page.evaluate(() => ({ save: document.querySelector('.save')?.textContent, alerts: [...document.querySelectorAll('[role=alert]')].map(a => a.textContent) }))))
    await page.waitForTimeout(1000)
  }
  await page.reload()
  await expect(personRow(page, 'Rosa')).toBeVisible()
  console.log(mode, 'after reload', await personRow(page, 'Rosa').textContent())
})
}
