import { expect, test, type Page } from '@playwright/test'
import { en } from '../../shared/i18n/en'
import { fmt } from './helpers'
import { auditDialog } from './sync/laptop'
import { expectOneOnline, Laptops, pairUp, useSignalServer } from './sync/two-peers'
import { audit, tabs, tabTo } from './today-steps'

/**
 * Urgent alerts between two laptops (separate Chromium processes, WebRTC between them): Ana
 * raises one; Ben's app shows it above everything else, as a system notification too, until
 * he acknowledges it with the keyboard. Once the circle lets only Ana raise alerts, Ben
 * cannot.
 */

const a11n = en.alerts
const CIRCLE = 'Elm Street tenants'
const ANA = 'Ana Lima'
const BEN = 'Ben Okafor'
const WHAT = 'Eviction defense at the Nguyen family'
const WHERE = '12 Elm Street, front door'

const signal = useSignalServer()

/** Records system notifications instead of showing them (titles only). */
function recordNotifications() {
  const shown: string[] = []
  ;(window as unknown as { shownNotifications: string[] }).shownNotifications = shown
  class Recorder {
    static permission = 'granted'
    static requestPermission = () => Promise.resolve('granted')
    constructor(title: string) {
      shown.push(title)
    }
    close() {}
  }
  ;(window as unknown as { Notification: unknown }).Notification = Recorder
}
const notifications = (page: Page) =>
  page.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications)

test('one member raises an urgent alert; the other sees it above everything and acknowledges it', async ({
  baseURL,
}) => {
  test.setTimeout(180_000)
  const laptops = new Laptops(baseURL)
  try {
    const open = () => laptops.open({ init: recordNotifications, signalUrl: signal.url })
    const [a, b] = await Promise.all([open(), open()])
    await pairUp(a, b, { circle: CIRCLE, inviter: ANA, member: BEN })
    await expectOneOnline([a, b])

    // Ana raises an alert. An empty form gets clear errors and loses nothing.
    const raise = a.getByRole('button', { name: a11n.raise.button })
    await tabTo(a, raise)
    await a.keyboard.press('Enter')
    const dialog = a.getByRole('dialog', { name: a11n.raise.title })
    await auditDialog(a, dialog, 'the raise-an-alert dialog')
    await dialog.getByLabel(a11n.raise.where, { exact: true }).fill(WHERE)
    await dialog.getByLabel(a11n.raise.time, { exact: true }).fill('7 in the morning')
    await dialog.getByRole('button', { name: a11n.raise.submit }).click()
    const what = dialog.getByLabel(a11n.raise.what, { exact: true })
    await expect(what).toBeFocused()
    await expect(what).toHaveAccessibleDescription(
      `${a11n.raise.whatHint} ${en.errors.field.required}`,
    )
    const time = dialog.getByLabel(a11n.raise.time, { exact: true })
    await expect(time).toHaveAccessibleDescription(
      `${a11n.raise.timeHint} ${en.errors.field.wrongType}`,
    )
    await expect(dialog.getByLabel(a11n.raise.where, { exact: true })).toHaveValue(WHERE)
    await auditDialog(a, dialog, 'the raise-an-alert dialog with errors')
    await what.fill(WHAT)
    await time.fill('07:00')
    await dialog.getByRole('button', { name: a11n.raise.submit }).click()
    await expect(dialog).toBeHidden()

    // Ben's app shows it above everything else (before the app's own header), and notified.
    const banner = b.getByRole('region', { name: a11n.banner.label, exact: true })
    await expect(banner).toContainText(WHAT, { timeout: 30_000 })
    await expect(banner).toContainText(fmt(a11n.banner.where, { where: WHERE }))
    await expect(banner).toContainText(fmt(a11n.banner.raisedBy, { name: ANA }))
    await expect(banner.getByRole('alert')).toContainText('07:00')
    const bannerBox = (await banner.boundingBox())!
    const headerBox = (await b.locator('.app-header').boundingBox())!
    expect(bannerBox.y).toBeLessThan(headerBox.y)
    await expect.poll(() => notifications(b)).toEqual([a11n.notification])
    // Ana raised it: she is not notified of her own alert, and may cancel it.
    expect(await notifications(a)).toEqual([])
    await expect(
      a.getByRole('button', { name: fmt(a11n.banner.cancelLabel, { what: WHAT }) }),
    ).toBeVisible()
    await audit(b, 'an urgent alert above the circle')

    // It stays across views until acknowledged; Ben acknowledges it with the keyboard.
    await tabs(b).getByRole('link', { name: en.dashboard.title, exact: true }).click()
    await expect(banner).toContainText(WHAT)
    const ack = b.getByRole('button', { name: fmt(a11n.banner.acknowledgeLabel, { what: WHAT }) })
    await tabTo(b, ack)
    await b.keyboard.press('Enter')
    await expect(banner).toBeHidden()
    // Acknowledging is Ben's own: Ana still sees it.
    await expect(a.getByRole('region', { name: a11n.banner.label, exact: true })).toContainText(
      WHAT,
    )

    // The circle decides that only Ana may raise alerts (Setup).
    await tabs(a).getByRole('link', { name: en.setup.title, exact: true }).click()
    const setting = a.getByRole('region', { name: a11n.setting.heading })
    await setting.getByLabel(a11n.setting.listed, { exact: true }).check()
    await setting.getByLabel(ANA, { exact: true }).check()
    await setting.getByRole('button', { name: a11n.setting.save }).click()
    await audit(a, 'the alert setting')
    // Ben can no longer raise one; Ana still can.
    await expect(b.getByRole('button', { name: a11n.raise.button })).toHaveCount(0, {
      timeout: 30_000,
    })
    await expect(a.getByRole('button', { name: a11n.raise.button })).toBeVisible()

    // Ana cancels hers: gone from her screen.
    await a.getByRole('button', { name: fmt(a11n.banner.cancelLabel, { what: WHAT }) }).click()
    await expect(a.getByRole('region', { name: a11n.banner.label, exact: true })).toBeHidden()
  } finally {
    await laptops.close()
  }
})
