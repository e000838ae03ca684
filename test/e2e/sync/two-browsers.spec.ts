import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test, type BrowserContext } from '@playwright/test'
import { en } from '../../../shared/i18n/en'
import { encodeInvite, INVITE_PREFIX } from '../../../shared/sync/invite'
import { chromiumLaunchOptions } from '../../support/chromium'
import { addPerson, expectAllSaved, fmt, personRow, setUp, unlock } from '../helpers'
import {
  auditDialog,
  closeDialog,
  editPerson,
  FrameLog,
  instrumentWebRtc,
  openSyncPanel,
  peopleRows,
  SignalingSwitch,
  syncButton,
  unsharedText,
  webRtcUse,
} from './laptop'
import { createSharedCircle, inviteAndJoin, Laptops, openApp, useSignalServer } from './two-peers'

/**
 * Two laptops in one circle: two separate Chromium processes with their own profiles (no
 * BroadcastChannel or storage between them), the Rhizome signaling server (signal/server.ts,
 * started in this worker on a free port, so that no other server on 4444 can stand in for
 * it and its counters can be read) on loopback, and nothing else in common.
 *
 * Every name below has a space or a non-ASCII letter, so that it can never turn up by chance
 * in hex topics or base64 ciphertext: finding one in a WebSocket frame would be a real leak.
 */

const CIRCLE = 'Harbour Night Shift'
const ANA = 'Ana Lima'
const BEN = 'Ben Okafor'
const ROSA = 'Rosa Hernández'
const CLARA = 'Clara Nunes'
const XAVIER = 'Xavier Mbeki'
const YARA = 'Yara Solberg'
const UNITS = ['Night shift', 'Loading dock 7', 'Cold store B', 'Day shift', 'Gate house 2']
const PHONE = '+49 30 5550101'

const signal = useSignalServer()

test('two laptops: invite, join, edits both ways, presence, a partition and convergence, all over WebRTC', async ({
  baseURL,
}) => {
  test.setTimeout(240_000)
  const frames = new FrameLog()
  const profileB = await mkdtemp(join(tmpdir(), 'rhizome-sync-b-'))
  const laptopA = new Laptops(baseURL)
  let contextB: BrowserContext | null = null
  const launchB = async () => {
    const context = await chromium.launchPersistentContext(profileB, {
      ...chromiumLaunchOptions(),
      baseURL,
    })
    await context.addInitScript(instrumentWebRtc)
    return context
  }
  try {
    // --- Laptop A: its own Chromium process and profile.
    const a = await laptopA.launch(instrumentWebRtc)
    frames.watch(a, 'A')
    // --- Laptop B: another Chromium process, on a profile directory so that it can restart.
    contextB = await launchB()
    let b = contextB.pages()[0] ?? (await contextB.newPage())
    frames.watch(b, 'B')

    // A: signaling server in Settings, a circle with A's member name, one person.
    await openApp(a, signal.url)
    await openApp(b)
    const pairing = { circle: CIRCLE, inviter: ANA, member: BEN, audit: true }
    const circleId = await createSharedCircle(a, pairing)
    await addPerson(a, { name: ROSA, unit: UNITS[0] })

    // A: Invite → create code → read it. B: Join a circle with an invite → paste → check →
    // sees circle and inviter → name → join. Each dialog in each state is checked with axe.
    const code = await inviteAndJoin(a, b, pairing)
    await expect(personRow(b, ROSA)).toContainText(UNITS[0]!, { timeout: 30_000 })

    // Edits both ways: B adds a person, A edits that person's unit.
    await addPerson(b, { name: CLARA, unit: UNITS[1] })
    await expect(personRow(a, CLARA)).toContainText(UNITS[1]!)
    await editPerson(a, CLARA, { unit: UNITS[2] })
    await expect(personRow(a, CLARA)).toContainText(UNITS[2]!)
    await expect(personRow(b, CLARA)).toContainText(UNITS[2]!)
    expect(await peopleRows(b)).toEqual(await peopleRows(a))

    // Presence: each sync button names the other member; A's panel lists B, and B's screen.
    await expect(syncButton(a, 1)).toHaveText(fmt(en.sync.online, { names: BEN }))
    await expect(syncButton(b, 1)).toHaveText(fmt(en.sync.online, { names: ANA }))
    const panel = await openSyncPanel(a)
    await expect(panel.getByText(fmt(en.sync.serverOpen, { url: signal.url }))).toBeVisible()
    // The "online now" entry (the panel also lists every member of the circle).
    const benOnline = panel
      .getByRole('listitem')
      .filter({ hasText: BEN })
      .filter({ hasText: fmt(en.sync.onScreen, { screen: en.sync.screens.people }) })
    await expect(benOnline).toBeVisible()
    await expect(panel.getByRole('status')).toHaveText(en.sync.unshared_zero)
    await auditDialog(a, panel, 'the sync panel with a member online')
    await closeDialog(panel)

    // The data came over WebRTC: B made a peer connection and received bytes on its channel.
    const beforeApart = await webRtcUse(b)
    expect(beforeApart.created).toBeGreaterThan(0)
    expect(beforeApart.states).toContain('connected')
    expect(beforeApart.dataChannelBytesReceived).toBeGreaterThan(0)
    expect(beforeApart.dataChannelBytesSent).toBeGreaterThan(0)

    // Make sure B stored what it received, then B's laptop goes away (its browser quits).
    await expectAllSaved(b)
    // (context.setOffline(true) would not do: it leaves loopback WebRTC, and even the open
    // WebSocket, working; edits still arrived within milliseconds.)
    await contextB.close()
    contextB = null
    const quitAt = Date.now()
    // A notices on its own (no goodbye arrives when a browser quits: ICE consent times out).
    await expect(syncButton(a, 0)).toBeVisible({ timeout: 60_000 })
    note('A saw B leave after (ms)', Date.now() - quitAt)
    await expect(syncButton(a, 0)).toHaveText(en.sync.button)

    // B starts again, on the same profile, but cannot reach the signaling server: apart.
    contextB = await launchB()
    const apart = new SignalingSwitch()
    await apart.install(contextB, signal.server.port)
    b = contextB.pages()[0] ?? (await contextB.newPage())
    frames.watch(b, 'B after restart')
    await b.goto('/')
    await unlock(b)
    await b.getByRole('link', { name: CIRCLE }).click()
    await expect(b.getByRole('heading', { level: 1, name: CIRCLE })).toBeVisible()
    // What B received before is on B's disk.
    await expect(personRow(b, ROSA)).toContainText(UNITS[0]!)
    await expect(personRow(b, CLARA)).toContainText(UNITS[2]!)
    await expect.poll(() => apart.heldSockets).toBeGreaterThan(0)
    await expect(syncButton(b, 0)).toBeVisible()

    // Both edit while apart: A adds Xavier and sets Rosa's phone; B adds Yara and moves Rosa.
    await addPerson(a, { name: XAVIER, unit: UNITS[3] })
    await editPerson(a, ROSA, { phone: PHONE })
    await addPerson(b, { name: YARA, unit: UNITS[4] })
    await editPerson(b, ROSA, { unit: UNITS[3] })
    await b.waitForTimeout(1500)
    await expect(personRow(a, YARA)).toHaveCount(0)
    await expect(personRow(b, XAVIER)).toHaveCount(0)
    await expect(personRow(a, ROSA)).toContainText(`${UNITS[0]} · ${PHONE}`)
    await expect(personRow(b, ROSA)).toContainText(UNITS[3]!)
    // Each side says truthfully that its changes have not reached anyone yet.
    expect(await unsharedText(a)).not.toBe(en.sync.unshared_zero)
    expect(await unsharedText(b)).not.toBe(en.sync.unshared_zero)

    // Together again: both converge on the same list, both field edits of Rosa kept.
    const healAt = Date.now()
    await apart.unblock()
    // Up to one announcement interval (ANNOUNCE_MS, 15 s): the mesh does not announce itself
    // again when its signaling socket reconnects, so B waits for A's next announcement.
    await expect(syncButton(a, 1)).toHaveText(fmt(en.sync.online, { names: BEN }), {
      timeout: 45_000,
    })
    note('A saw B again after (ms)', Date.now() - healAt)
    await expect(syncButton(b, 1)).toHaveText(fmt(en.sync.online, { names: ANA }))
    for (const page of [a, b]) {
      await expect(page.getByText(fmt(en.people.count_other, { count: 4 }))).toBeVisible()
      await expect(personRow(page, ROSA)).toContainText(`${UNITS[3]} · ${PHONE}`)
      await expect(personRow(page, XAVIER)).toContainText(UNITS[3]!)
      await expect(personRow(page, YARA)).toContainText(UNITS[4]!)
      await expect(personRow(page, CLARA)).toContainText(UNITS[2]!)
    }
    const rowsA = await peopleRows(a)
    expect(rowsA).toHaveLength(4)
    expect(await peopleRows(b)).toEqual(rowsA)
    await expect.poll(() => unsharedText(a)).toBe(en.sync.unshared_zero)
    await expect.poll(() => unsharedText(b)).toBe(en.sync.unshared_zero)

    const afterRestart = await webRtcUse(b)
    expect(afterRestart.created).toBeGreaterThan(0)
    expect(afterRestart.states).toContain('connected')
    expect(afterRestart.dataChannelBytesReceived).toBeGreaterThan(0)

    // The signaling server only ever carried hex topics and ciphertext.
    expect(frames.sockets.length).toBeGreaterThanOrEqual(3)
    expect(frames.frames.length).toBeGreaterThan(10)
    note('WebSocket frames checked', frames.frames.length)
    note('B data-channel bytes received (before, after restart)', [
      beforeApart.dataChannelBytesReceived,
      afterRestart.dataChannelBytesReceived,
    ])
    const secrets = [CIRCLE, ANA, BEN, ROSA, CLARA, XAVIER, YARA, PHONE, ...UNITS, circleId]
    // The circle secret from the invite, base64url and plain base64, and the invite's body.
    const body = code.slice(INVITE_PREFIX.length).split('.')[0]!
    const { k } = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { k: string }
    const secret = Buffer.from(k, 'base64url')
    expect(secret).toHaveLength(32)
    const secretForms = [k, secret.toString('base64'), secret.toString('hex'), body]
    expect(frames.leaks([...secrets, ...secretForms])).toEqual([])
    for (const f of frames.frames) {
      const msg = JSON.parse(f.text) as { type: string; topic?: string; topics?: string[] }
      for (const topic of [msg.topic, ...(msg.topics ?? [])].filter(Boolean))
        expect(topic).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(signal.server.stats().dropped).toEqual(
      expect.objectContaining({ malformed: 0, invalid: 0, topic: 0 }),
    )
  } finally {
    await contextB?.close()
    await laptopA.close()
    await rm(profileB, { recursive: true, force: true, maxRetries: 3 })
  }
})

test('a wrong invite code says what is wrong: malformed, tampered, expired', async ({ page }) => {
  const secret = new Uint8Array(32).fill(7)
  const invite = {
    circleId: 'circleid1234',
    circleName: 'Tenants of Elm Street',
    invitedBy: 'Ana Lima',
    signaling: ['ws://127.0.0.1:9'],
    secret,
    expiresAt: Date.now() + 86_400_000,
  }
  const valid = await encodeInvite(invite)
  const [body, sig] = valid.slice(INVITE_PREFIX.length).split('.') as [string, string]
  // The same invite for another circle name, with the original code's signature.
  const altered = (await encodeInvite({ ...invite, circleName: 'Tenants of Oak Street' })).split(
    '.',
  )[1]!
  // Each error differs from the one before, so that every check shows a fresh message.
  const cases: [string, string][] = [
    ['not an invite at all', en.sync.inviteErrors.malformed],
    [`${INVITE_PREFIX}${altered}.${sig}`, en.sync.inviteErrors.tampered],
    [`${INVITE_PREFIX}${body.slice(0, 20)}.${sig}`, en.sync.inviteErrors.malformed],
    [
      `${INVITE_PREFIX}${body}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`,
      en.sync.inviteErrors.tampered,
    ],
    [await encodeInvite({ ...invite, expiresAt: Date.now() - 1000 }), en.sync.inviteErrors.expired],
  ]

  await page.goto('/')
  await setUp(page)
  await page.getByRole('button', { name: en.sync.joinButton }).click()
  const join = page.getByRole('dialog', { name: en.sync.joinHeading })
  const field = join.getByLabel(en.sync.pasteCode)
  for (const [text, error] of cases) {
    await field.fill(text)
    await join.getByRole('button', { name: en.sync.check }).click()
    await expect(join.getByText(error)).toBeVisible()
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(error)))
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(join.getByRole('button', { name: en.sync.check })).toBeVisible()
  }
  await auditDialog(page, join, 'the join dialog showing an error')
  // The valid code, for comparison, is accepted.
  await field.fill(valid)
  await join.getByRole('button', { name: en.sync.check }).click()
  await expect(
    join.getByText(fmt(en.sync.invitation, { name: invite.circleName, by: invite.invitedBy })),
  ).toBeVisible()
})

function note(type: string, value: unknown): void {
  test.info().annotations.push({ type, description: JSON.stringify(value) })
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
