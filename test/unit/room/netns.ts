/**
 * A two-laptop LAN made of Linux network namespaces, for tests that need real multicast:
 *
 *   namespace A (the host)                namespace B (the guests)
 *   rhza<id> 10.77.0.1/24  <── veth ──>  rhzb<id> 10.77.0.2/24
 *   wg<id>   10.99.0.1/24  (named like a VPN, which must not be advertised; a veth whose
 *                          other end, wgp<id>, also stays in A: nothing is behind it)
 *
 * Nothing is connected to the machine's own network: all traffic stays between the two
 * namespaces. Needs root (or CAP_NET_ADMIN + CAP_SYS_ADMIN) and iproute2's `ip`.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { randomBytes } from 'node:crypto'

export const HOST_ADDRESS = '10.77.0.1'
export const GUEST_ADDRESS = '10.77.0.2'
export const VPN_ADDRESS = '10.99.0.1'

export interface NetnsLan {
  host: string
  guest: string
  /** Runs a command inside a namespace. */
  spawnIn(ns: string, command: string, args: string[], cwd: string): ChildProcessWithoutNullStreams
  destroy(): void
}

const ip = (args: string[]): void => {
  const result = spawnSync('ip', args, { encoding: 'utf8', timeout: 5000 })
  if (result.error) throw new Error(`ip ${args.join(' ')}: ${result.error.message}`)
  if (result.status !== 0) {
    throw new Error(
      `ip ${args.join(' ')}: ${(result.stderr || '').trim() || `exit ${result.status}`}`,
    )
  }
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Waits until an interface is operationally up. The kernel propagates a veth's carrier
 * asynchronously (linkwatch, up to about a second), and until then os.networkInterfaces(),
 * which lists only running interfaces, does not show its address.
 */
const waitUntilUp = (ns: string, dev: string, timeoutMs = 5000): void => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const show = spawnSync('ip', ['-n', ns, '-o', 'link', 'show', 'dev', dev], {
      encoding: 'utf8',
      timeout: 5000,
    })
    if (/\bstate UP\b/.test(show.stdout ?? '')) return
    if (Date.now() > deadline) throw new Error(`${dev} in ${ns} did not come up`)
    sleep(50)
  }
}

/** Why namespaces cannot be used here, or null when they can be tried. */
export function netnsPrecondition(): string | null {
  if (process.platform !== 'linux') return `network namespaces are Linux-only (${process.platform})`
  if (process.getuid?.() !== 0) return 'creating network namespaces needs root'
  const probe = spawnSync('ip', ['-V'], { encoding: 'utf8', timeout: 5000 })
  if (probe.error || probe.status !== 0)
    return "iproute2's `ip` is not installed (apt package iproute2)"
  return null
}

/** Creates the LAN; on any failure removes what it made and throws with the reason. */
export function createLan(): NetnsLan {
  const id = `${process.pid.toString(36)}${randomBytes(3).toString('hex')}`
  const host = `rhz-${id}-a`
  const guest = `rhz-${id}-b`
  const created: string[] = []
  let destroyed = false
  const destroy = (): void => {
    if (destroyed) return
    destroyed = true
    for (const ns of created.reverse()) {
      spawnSync('ip', ['netns', 'del', ns], { timeout: 5000 })
    }
  }
  try {
    for (const ns of [host, guest]) {
      ip(['netns', 'add', ns])
      created.push(ns)
      ip(['-n', ns, 'link', 'set', 'lo', 'up'])
    }
    const [va, vb, vpn, vpnPeer] = [`rhza${id}`, `rhzb${id}`, `wg${id}`, `wgp${id}`].map((n) =>
      n.slice(0, 15),
    )
    ip(['-n', host, 'link', 'add', va!, 'type', 'veth', 'peer', 'name', vb!, 'netns', guest])
    ip(['-n', host, 'addr', 'add', `${HOST_ADDRESS}/24`, 'dev', va!])
    ip(['-n', guest, 'addr', 'add', `${GUEST_ADDRESS}/24`, 'dev', vb!])
    ip(['-n', host, 'link', 'set', va!, 'up'])
    ip(['-n', guest, 'link', 'set', vb!, 'up'])
    ip(['-n', host, 'link', 'add', vpn!, 'type', 'veth', 'peer', 'name', vpnPeer!])
    ip(['-n', host, 'addr', 'add', `${VPN_ADDRESS}/24`, 'dev', vpn!])
    // Both ends up: os.networkInterfaces() lists only running interfaces.
    ip(['-n', host, 'link', 'set', vpnPeer!, 'up'])
    ip(['-n', host, 'link', 'set', vpn!, 'up'])
    waitUntilUp(host, va!)
    waitUntilUp(guest, vb!)
    waitUntilUp(host, vpn!)
  } catch (error) {
    destroy()
    throw error
  }
  process.once('exit', destroy)
  return {
    host,
    guest,
    spawnIn: (ns, command, args, cwd) =>
      spawn('ip', ['netns', 'exec', ns, command, ...args], { cwd, stdio: 'pipe' }),
    destroy,
  }
}
