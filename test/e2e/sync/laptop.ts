import AxeBuilder from '@axe-core/playwright'
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { fmt } from '../helpers'

/**
 * Steps and probes for the two-laptop sync tests. Each "laptop" is its own Chromium process
 * with its own profile; the only ways between them are the signaling server (WebSocket) and
 * WebRTC.
 */

/** Counts and keeps every RTCPeerConnection the page creates (runs before the app's code). */
export function instrumentWebRtc(): void {
  const w = window as unknown as { __rhizomePcs?: RTCPeerConnection[] }
  if (w.__rhizomePcs) return
  const pcs: RTCPeerConnection[] = []
  w.__rhizomePcs = pcs
  const Native = window.RTCPeerConnection
  window.RTCPeerConnection = new Proxy(Native, {
    construct(target, args, newTarget) {
      const pc = Reflect.construct(target, args, newTarget) as RTCPeerConnection
      pcs.push(pc)
      return pc
    },
  })
}

export interface WebRtcUse {
  /** RTCPeerConnections this page created. */
  created: number
  states: RTCPeerConnectionState[]
  /** Over all data channels of the page's connections that are still open. */
  dataChannelBytesReceived: number
  dataChannelBytesSent: number
}

/** What the page's peer connections did, from their own getStats(). */
export function webRtcUse(page: Page): Promise<WebRtcUse> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { __rhizomePcs?: RTCPeerConnection[] }).__rhizomePcs ?? []
    let received = 0
    let sent = 0
    for (const pc of pcs) {
      if (pc.connectionState === 'closed') continue
      const report = await pc.getStats()
      report.forEach((s: { type: string; bytesReceived?: number; bytesSent?: number }) => {
        if (s.type !== 'data-channel') return
        received += s.bytesReceived ?? 0
        sent += s.bytesSent ?? 0
      })
    }
    return {
      created: pcs.length,
      states: pcs.map((pc) => pc.connectionState),
      dataChannelBytesReceived: received,
      dataChannelBytesSent: sent,
    }
  })
}

/** Every WebSocket frame a page sends or receives, as text (binary frames as latin1). */
export class FrameLog {
  readonly frames: { page: string; dir: 'sent' | 'received'; text: string; at: number }[] = []
  readonly sockets: string[] = []

  watch(page: Page, label: string): void {
    page.on('websocket', (ws) => {
      this.sockets.push(`${label} ${ws.url()}`)
      const add = (dir: 'sent' | 'received') => (f: { payload: string | Buffer }) =>
        this.frames.push({
          page: label,
          dir,
          at: Date.now(),
          text: typeof f.payload === 'string' ? f.payload : f.payload.toString('latin1'),
        })
      ws.on('framesent', add('sent'))
      ws.on('framereceived', add('received'))
    })
  }

  /** Frames containing any of `needles` (also as UTF-8 bytes read as latin1, and JSON-escaped). */
  leaks(needles: readonly string[]): string[] {
    const forms = needles.flatMap((n) => [
      n,
      Buffer.from(n, 'utf8').toString('latin1'),
      JSON.stringify(n).slice(1, -1),
    ])
    return this.frames
      .filter((f) => forms.some((n) => f.text.includes(n)))
      .map((f) => `${f.page} ${f.dir}: ${f.text.slice(0, 200)}`)
  }
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** axe-core (WCAG 2.x A and AA) on one open dialog; a soft failure, so every dialog reports. */
export async function auditDialog(page: Page, dialog: Locator, what: string): Promise<void> {
  await expect(dialog).toBeVisible()
  const { violations } = await new AxeBuilder({ page })
    .include('dialog[open]')
    .withTags(TAGS)
    .analyze()
  const text = violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n')
  expect.soft(violations.length, `axe violations in ${what}:\n${text}`).toBe(0)
}

/** The sync button of the open circle: its accessible name says how many members are online. */
export function syncButton(page: Page, online: number): Locator {
  const label =
    online === 0
      ? en.sync.buttonLabel_zero
      : fmt(online === 1 ? en.sync.buttonLabel_one : en.sync.buttonLabel_other, { count: online })
  return page.getByRole('button', { name: label, exact: true })
}

/** Opens the sync panel from the sync button (whatever the number online). */
export async function openSyncPanel(page: Page): Promise<Locator> {
  await page.locator('button.sync-button').click()
  const panel = page.getByRole('dialog', { name: en.sync.panelHeading })
  await expect(panel).toBeVisible()
  return panel
}

export async function closeDialog(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: en.common.close, exact: true }).click()
  await expect(dialog).toBeHidden()
}

/** The status line of the sync panel about changes no other member has yet. */
export async function unsharedText(page: Page): Promise<string> {
  const panel = await openSyncPanel(page)
  const text = (await panel.getByRole('status').textContent()) ?? ''
  await closeDialog(panel)
  return text
}

/** Sets the signaling servers in Settings → Sync and saves. */
export async function setSignaling(page: Page, url: string): Promise<void> {
  await page
    .getByRole('navigation', { name: en.app.mainNav })
    .getByRole('link', { name: en.nav.settings, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: en.settings.heading })).toBeVisible()
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('heading', { name: en.sync.settingsHeading, exact: true }) })
  await form.getByLabel(en.sync.servers, { exact: true }).fill(url)
  await form.getByRole('button', { name: en.common.save, exact: true }).click()
  await expect(page.getByText(en.sync.saved)).toBeVisible()
}

export async function goToCircles(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: en.app.mainNav })
    .getByRole('link', { name: en.nav.circles, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: en.circles.heading })).toBeVisible()
}

/** Opens a person's edit dialog, changes some fields, saves. */
export async function editPerson(
  page: Page,
  name: string,
  fields: { unit?: string; phone?: string },
): Promise<void> {
  await page.getByRole('button', { name: fmt(en.people.details, { name }), exact: true }).click()
  const dialog = page.getByRole('dialog', { name: fmt(en.people.editHeading, { name }) })
  if (fields.unit !== undefined) await dialog.getByLabel(en.people.unit).fill(fields.unit)
  if (fields.phone !== undefined) await dialog.getByLabel(en.people.phone).fill(fields.phone)
  await dialog.getByRole('button', { name: en.common.save, exact: true }).click()
  await expect(dialog).toBeHidden()
}

/** The rows of the people list, as shown (name, unit, contact), in list order. */
export function peopleRows(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: en.people.listLabel }).getByRole('listitem').allInnerTexts()
}

/** Until the next navigation, the page's WebSockets go to the signaling server or nowhere. */
export class SignalingSwitch {
  private blocked = true
  private readonly held: { close(): Promise<void> }[] = []

  async install(context: BrowserContext, port: number): Promise<void> {
    await context.routeWebSocket(
      (url) => url.port === String(port),
      (ws) => {
        if (!this.blocked) return ws.connectToServer()
        // Not connected to the server: the page's socket opens and talks to no one.
        this.held.push(ws)
      },
    )
  }

  /** Lets new sockets through and closes the held ones, so that the app reconnects. */
  async unblock(): Promise<void> {
    this.blocked = false
    for (const ws of this.held.splice(0)) await ws.close()
  }

  get heldSockets(): number {
    return this.held.length
  }
}
