import { chromium, expect, test, type Browser, type Page } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { INVITE_PREFIX } from '../../../shared/sync/invite'
import { startSignalServer, type SignalServer } from '../../../signal/server'
import { chromiumLaunchOptions } from '../../support/chromium'
import { circleIdOf, createForm, fillMemberName, fmt, setUp } from '../helpers'
import { auditDialog, closeDialog, goToCircles, setSignaling, syncButton } from './laptop'

/**
 * The setup the two-laptop specs share: the Rhizome signaling server on a free loopback port,
 * one Chromium process (and so one profile) per laptop, a circle made on one laptop, and the
 * other joining it with an invite code.
 */

export interface Signal {
  readonly server: SignalServer
  /** ws://127.0.0.1:<port> */
  readonly url: string
}

/**
 * Starts the signaling server before the tests of this file (or describe block) and closes it
 * after them (signal/server.ts on a free port, so that no other server on 4444 can stand in
 * for it and its counters can be read).
 */
export function useSignalServer(): Signal {
  let server: SignalServer | undefined
  test.beforeAll(async () => {
    server = await startSignalServer({ host: '127.0.0.1', port: 0 })
  })
  test.afterAll(async () => {
    await server?.close()
  })
  const started = () => {
    if (!server) throw new Error('the signaling server is not running (outside a test?)')
    return server
  }
  return {
    get server() {
      return started()
    },
    get url() {
      return `ws://127.0.0.1:${started().port}`
    },
  }
}

/** Laptops, each its own Chromium process with its own profile; `close()` quits them all. */
export class Laptops {
  private readonly browsers: Browser[] = []

  constructor(private readonly baseURL: string | undefined) {}

  /** A new laptop's page, not yet navigated; `init` runs in every page before the app. */
  async launch(init?: () => void): Promise<Page> {
    const browser = await chromium.launch(chromiumLaunchOptions())
    this.browsers.push(browser)
    const context = await browser.newContext({ baseURL: this.baseURL })
    if (init) await context.addInitScript(init)
    return context.newPage()
  }

  /** A new laptop with the app set up (see `openApp`). */
  async open(options: { init?: () => void; signalUrl?: string } = {}): Promise<Page> {
    const page = await this.launch(options.init)
    await openApp(page, options.signalUrl)
    return page
  }

  /** Two laptops: `a` with the signaling server set (on the circles screen), `b` only set up. */
  async openPair(signalUrl: string): Promise<[Page, Page]> {
    const a = await this.launch()
    const b = await this.launch()
    await openApp(a, signalUrl)
    await openApp(b)
    return [a, b]
  }

  async close(): Promise<void> {
    for (const browser of this.browsers.splice(0)) await browser.close()
  }
}

/**
 * Opens the app on a fresh profile and sets it up; with `signalUrl`, also sets that signaling
 * server in Settings and ends on the circles screen.
 */
export async function openApp(page: Page, signalUrl?: string): Promise<void> {
  await page.goto('/')
  await setUp(page)
  if (signalUrl === undefined) return
  await setSignaling(page, signalUrl)
  await goToCircles(page)
}

export interface Pairing {
  circle: string
  /** The member name of the laptop that makes the circle and the invite. */
  inviter: string
  /** The member name of the laptop that joins. */
  member: string
  /** Runs axe on the invite and join dialogs, in each of their states. */
  audit?: boolean
}

/** Creates the circle from the circles screen, with the inviter's member name; returns its id. */
export async function createSharedCircle(page: Page, p: Pairing): Promise<string> {
  const form = createForm(page)
  await form.getByLabel(en.circles.name, { exact: true }).fill(p.circle)
  await fillMemberName(page, en, p.inviter)
  await form.getByRole('button', { name: en.circles.create }).click()
  await expect(page.getByRole('heading', { level: 1, name: p.circle })).toBeVisible()
  return circleIdOf(page)
}

/** Invite → create code (with its QR code) → read it → close; returns the code. */
export async function makeInviteCode(page: Page, p: Pairing): Promise<string> {
  await page.getByRole('button', { name: en.sync.inviteButton, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: fmt(en.sync.inviteHeading, { name: p.circle }) })
  if (p.audit) await auditDialog(page, dialog, 'the invite dialog')
  await dialog.getByRole('button', { name: en.sync.makeCode }).click()
  const field = dialog.getByLabel(en.sync.code, { exact: true })
  await expect(field).toHaveValue(new RegExp(`^${INVITE_PREFIX.replace('.', '\\.')}`))
  await expect(dialog.getByRole('img', { name: en.sync.qr })).toBeVisible()
  if (p.audit) await auditDialog(page, dialog, 'the invite dialog with a code')
  const code = await field.inputValue()
  await closeDialog(dialog)
  return code
}

/**
 * Join a circle with an invite → paste → check (the circle and the inviter are named) → member
 * name → join; ends on the circle's screen.
 */
export async function joinWithCode(page: Page, code: string, p: Pairing): Promise<void> {
  await page.getByRole('button', { name: en.sync.joinButton }).click()
  const join = page.getByRole('dialog', { name: en.sync.joinHeading })
  if (p.audit) await auditDialog(page, join, 'the join dialog')
  await join.getByLabel(en.sync.pasteCode).fill(code)
  await join.getByRole('button', { name: en.sync.check }).click()
  await expect(
    join.getByText(fmt(en.sync.invitation, { name: p.circle, by: p.inviter })),
  ).toBeVisible()
  if (p.audit) await auditDialog(page, join, 'the join dialog after checking a code')
  await join.getByLabel(en.circles.memberName, { exact: true }).fill(p.member)
  await join.getByRole('button', { name: en.sync.join }).click()
  await expect(join).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: p.circle })).toBeVisible()
}

/** `a` invites, `b` joins the circle open on `a`; returns the invite code. */
export async function inviteAndJoin(a: Page, b: Page, p: Pairing): Promise<string> {
  const code = await makeInviteCode(a, p)
  await joinWithCode(b, code, p)
  expect(circleIdOf(b)).toBe(circleIdOf(a))
  return code
}

/** `a` creates the circle and invites, `b` joins; returns the circle's id. */
export async function pairUp(a: Page, b: Page, p: Pairing): Promise<string> {
  const circleId = await createSharedCircle(a, p)
  await inviteAndJoin(a, b, p)
  return circleId
}

/** Waits until each page's sync button says one other member is online. */
export async function expectOneOnline(pages: Page[], timeout = 30_000): Promise<void> {
  for (const page of pages) await expect(syncButton(page, 1)).toBeVisible({ timeout })
}
