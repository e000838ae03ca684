import { chromium, expect, test } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { startSignalServer } from '../../../signal/server'
import { chromiumLaunchOptions } from '../../support/chromium'
import { addPerson, createForm, fillMemberName, fmt, personRow, setUp, unlock } from '../helpers'
import { goToCircles, instrumentWebRtc, openSyncPanel, setSignaling, syncButton } from './laptop'

test('explore: goodbye and stale sessions', async ({ baseURL }) => {
  test.setTimeout(300_000)
  const signal = await startSignalServer({ host: '127.0.0.1', port: 0 })
  const url = `ws://127.0.0.1:${signal.port}`
  const A = await chromium.launch(chromiumLaunchOptions())
  const B = await chromium.launch(chromiumLaunchOptions())
  const ca = await A.newContext({ baseURL })
  const cb = await B.newContext({ baseURL })
  await cb.addInitScript(instrumentWebRtc)
  const a = await ca.newPage()
  let b = await cb.newPage()
  await a.goto('/')
  await setUp(a)
  await b.goto('/')
  await setUp(b)
  await setSignaling(a, url)
  await goToCircles(a)
  await createForm(a).getByLabel(en.circles.name, { exact: true }).fill('Explore Circle')
  await fillMemberName(a, en, 'Ana Lima')
  await createForm(a).getByRole('button', { name: en.circles.create }).click()
  await addPerson(a, { name: 'Rosa Hernández' })
  await a.getByRole('button', { name: en.sync.inviteButton, exact: true }).click()
  await a.getByRole('button', { name: en.sync.makeCode }).click()
  const code = await a.getByRole('dialog').getByLabel(en.sync.code, { exact: true }).inputValue()
  await a.getByRole('dialog').getByRole('button', { name: en.common.close }).click()
  await b.getByRole('button', { name: en.sync.joinButton }).click()
  await b.getByRole('dialog').getByLabel(en.sync.pasteCode).fill(code)
  await b.getByRole('dialog').getByRole('button', { name: en.sync.check }).click()
  await b.getByRole('dialog').getByLabel(en.circles.memberName, { exact: true }).fill('Ben Okafor')
  await b.getByRole('dialog').getByRole('button', { name: en.sync.join }).click()
  await expect(personRow(b, 'Rosa Hernández')).toBeVisible({ timeout: 30_000 })
  await expect(syncButton(a, 1)).toBeVisible()

  // 1. B closes its peer connections explicitly (what a pagehide handler could do).
  let t = Date.now()
  await b.evaluate(() =>
    (window as unknown as { __rhizomePcs: RTCPeerConnection[] }).__rhizomePcs.forEach((pc) =>
      pc.close(),
    ),
  )
  await expect(syncButton(a, 0)).toBeVisible({ timeout: 60_000 })
  console.warn('A noticed explicit pc.close() after', Date.now() - t)
  // B's mesh reconnects by itself? (its session closed)
  t = Date.now()
  await expect(syncButton(a, 1)).toBeVisible({ timeout: 60_000 }).then(
    () => console.warn('B came back by itself after', Date.now() - t),
    () => console.warn('B did not come back within 60 s'),
  )

  // 2. B's tab closes abruptly and opens again at once: a stale session on A.
  await b.close()
  const closedAt = Date.now()
  b = await cb.newPage()
  await b.goto('/')
  await unlock(b)
  await b.getByRole('link', { name: 'Explore Circle' }).click()
  await expect(personRow(b, 'Rosa Hernández')).toBeVisible()
  for (let i = 0; i < 40; i++) {
    const label = await a.locator('button.sync-button').getAttribute('aria-label')
    const text = await a.locator('button.sync-button').textContent()
    const panel = await openSyncPanel(a)
    const items = await panel.getByRole('listitem').allInnerTexts()
    await panel.getByRole('button', { name: en.common.close, exact: true }).click()
    console.warn(Date.now() - closedAt, label, '|', text, '|', JSON.stringify(items.filter((x) => x.includes(' · '))))
    await a.waitForTimeout(1000)
  }
  void fmt
  await A.close()
  await B.close()
  await signal.close()
})
