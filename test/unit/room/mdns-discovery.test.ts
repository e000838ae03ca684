/**
 * Room mode over REAL multicast DNS: two laptops in two Linux network namespaces joined by a
 * veth pair (test/unit/room/netns.ts), each a child process running the real room code
 * (test/unit/room/room-peer.ts). The guest has no signaling server configured: it finds the
 * host's only through `_rhizome._tcp`, then syncs a circle over real WebRTC. A peer of another
 * circle reaches the same signaling server and receives nothing.
 *
 * Multicast never leaves the namespaces (nothing is sent on the machine's own interfaces).
 * Skipped, with the reason printed, where namespaces cannot be created (not Linux, not root,
 * no iproute2, no veth support).
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { RoomStatus } from '@shared/platform/bridge'
import { HOST_ADDRESS, VPN_ADDRESS, createLan, netnsPrecondition, type NetnsLan } from './netns'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const script = fileURLToPath(new URL('./room-peer.ts', import.meta.url))

let lan: NetnsLan | null = null
let skipReason = netnsPrecondition()
if (!skipReason) {
  try {
    lan = createLan()
  } catch (error) {
    skipReason = `cannot build a namespace LAN here: ${(error as Error).message}`
  }
}
if (skipReason) console.warn(`[room/mdns-discovery] SKIPPED: ${skipReason}`)

type Event = Record<string, unknown> & { event: string }

/** A child process in a namespace, with its `@@{json}` events collected. */
class Child {
  readonly events: Event[] = []
  private stderr = ''
  private waiters: Array<() => void> = []

  constructor(readonly proc: ChildProcessWithoutNullStreams) {
    let buffer = ''
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      let newline: number
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 1)
        if (line.startsWith('@@')) this.events.push(JSON.parse(line.slice(2)) as Event)
      }
      for (const wake of this.waiters.splice(0)) wake()
    })
    proc.stderr.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000)
    })
  }

  send(command: string): void {
    this.proc.stdin.write(`${command}\n`)
  }

  /** The first event (from `from` on) that matches, or a timeout naming what was seen. */
  async next(match: (e: Event) => boolean, timeoutMs: number, from = 0): Promise<Event> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.events.slice(from).find(match)
      if (found) return found
      const left = deadline - Date.now()
      if (left <= 0 || this.proc.exitCode !== null) {
        throw new Error(
          `timed out; events: ${JSON.stringify(this.events.slice(-5))}; stderr: ${this.stderr}`,
        )
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250))
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill('SIGKILL')
  }
}

const children: Child[] = []
const run = (ns: string, args: string[]): Child => {
  const child = new Child(
    lan!.spawnIn(ns, process.execPath, ['--import', 'tsx', script, ...args], root),
  )
  children.push(child)
  return child
}

afterAll(async () => {
  for (const child of children) child.kill()
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((r) => (c.proc.exitCode !== null ? r() : c.proc.once('exit', () => r()))),
    ),
  )
  lan?.destroy()
})

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
type Peers = { peers: { name: string; people: number; connected: number }[] }
const peer = (e: Event, name: string) => (e as unknown as Peers).peers.find((p) => p.name === name)!

describe.skipIf(skipReason !== null)('room mode over real multicast DNS (two namespaces)', () => {
  it('a guest finds the room by mDNS alone and syncs; another circle gets nothing', async () => {
    const circle = randomBytes(32)
    const other = randomBytes(32)
    const host = run(lan!.host, ['host', hex(circle), '5'])
    const guest = run(lan!.guest, ['guest', `ben:${hex(circle)}`, `eve:${hex(other)}`])

    // The host binds its LAN address only: not 0.0.0.0, not the VPN-like interface.
    const hosting = (await host.next((e) => e.event === 'hosting', 15_000)) as Event & {
      status: RoomStatus
      hostname: string
      ipv4: string[]
    }
    expect(hosting.ipv4.sort()).toEqual(['10.77.0.1', '10.99.0.1', '127.0.0.1'])
    const url = `ws://${HOST_ADDRESS}:4444`
    expect(hosting.status).toEqual({
      hosting: true,
      hostUrls: [url],
      discovered: [],
      problem: null,
    })

    // What any device on the LAN receives: a random name, a random host, one A record, v=1.
    const raw = (await guest.next((e) => e.event === 'raw', 10_000)) as Event & {
      service: Record<string, unknown>
    }
    expect(raw.service).toMatchObject({ port: 4444, addresses: [HOST_ADDRESS], txt: { v: '1' } })
    expect(raw.service['name']).toMatch(/^[0-9a-f]{16}$/)
    expect(raw.service['host']).toMatch(/^[0-9a-f]{16}\.local$/)
    expect(JSON.stringify(raw.service)).not.toContain(VPN_ADDRESS)
    expect(JSON.stringify(raw.service).toLowerCase()).not.toContain(hosting.hostname.toLowerCase())

    // Room mode reports it, and the guest's peers use it as their only signaling server.
    await guest.next(
      (e) => e.event === 'status' && (e['status'] as RoomStatus).discovered.includes(url),
      5000,
    )
    const synced = await guest.next(
      (e) => e.event === 'peers' && peer(e, 'ben').people === 5,
      10_000,
    )
    expect(peer(synced, 'ben').connected).toBe(1)

    // Eve (another circle) reached the same signaling server on another topic...
    let stats: { connections: number; topics: number }[] = []
    for (let i = 0; i < 20; i++) {
      const from = host.events.length
      host.send('stats')
      const e = await host.next((x) => x.event === 'stats', 2000, from)
      stats = e['stats'] as typeof stats
      if (stats[0]!.connections >= 3) break
      await new Promise((r) => setTimeout(r, 150))
    }
    expect(stats).toHaveLength(1)
    expect(stats[0]).toMatchObject({ connections: 3, topics: 2 })
    // ...and got nothing: no person, no peer connection.
    await new Promise((r) => setTimeout(r, 1500))
    const later = await guest.next((e) => e.event === 'peers', 2000, guest.events.length)
    expect(peer(later, 'eve')).toEqual({ name: 'eve', people: 0, connected: 0 })
    expect(peer(later, 'ben')).toMatchObject({ people: 5, connected: 1 })

    // Stopping the room says goodbye: the guest forgets it at once, without waiting for TTLs.
    const mark = guest.events.length
    host.send('stop')
    const stopped = await host.next((e) => e.event === 'stopped', 5000)
    expect(stopped['status']).toMatchObject({ hosting: false, hostUrls: [] })
    await guest.next(
      (e) => e.event === 'status' && (e['status'] as RoomStatus).discovered.length === 0,
      5000,
      mark,
    )
  }, 28_000)
})
