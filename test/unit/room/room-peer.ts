/**
 * One laptop of mdns-discovery.test.ts, run in its own network namespace with
 * `node --import tsx`. It uses the real room code (RoomController, bonjour-service, our signaling
 * server) and real WebRTC peers (test/support/node-peer.ts), with NO signaling server
 * configured: a guest learns where to signal only from mDNS.
 *
 *   room-peer.ts host <secret-hex> <people>     hosts a room and holds a circle
 *   room-peer.ts guest <name>:<secret-hex> ...  discovers a room, then joins with each peer
 *
 * Reports as lines `@@{json}` on stdout; reads commands (`stats`, `stop`) on stdin.
 */
import os from 'node:os'
import readline from 'node:readline'
import * as Y from 'yjs'
import { ORIGIN, write } from '@shared/data/origins'
import { CircleSession } from '@shared/domain/circle/session'
import { emptyPersonInput } from '@shared/domain/people/person'
import { createBonjour, type FoundService } from '../../../electron/main/room/bonjour'
import { lanAddresses } from '../../../electron/main/room/lan'
import { RoomController } from '../../../electron/main/room/room'
import { startSignalServer, type SignalServer } from '../../../signal/server'
import { nodePeer } from '../../support/node-peer'

const say = (event: Record<string, unknown>): void => {
  process.stdout.write(`@@${JSON.stringify(event)}\n`)
}
const fromHex = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'))

function circleWith(n: number): Y.Doc {
  const doc = new Y.Doc()
  const session = new CircleSession('circle', doc)
  write(doc, ORIGIN.personAdd, () => {
    for (let i = 0; i < n; i++) {
      session.people.insert({
        ...emptyPersonInput(),
        id: `person-${String(i).padStart(8, '0')}`,
        name: `Person ${i}`,
        createdAt: 1,
      })
    }
  })
  session.destroy()
  return doc
}

/** Commands from the test on stdin; reading it also keeps this process alive until killed. */
let handle: (line: string) => void | Promise<void> = () => undefined
const rl = readline.createInterface({ input: process.stdin })
rl.on('line', (line) => void handle(line.trim()))
rl.on('close', () => process.exit(0))
const commands = (handler: typeof handle): void => {
  handle = handler
}

/** Like a laptop joining the Wi-Fi: waits (bounded) until this namespace has a LAN address. */
async function lanReady(): Promise<void> {
  for (let i = 0; i < 50 && lanAddresses().length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function host(secret: Uint8Array, people: number): Promise<void> {
  await lanReady()
  const servers: SignalServer[] = []
  const room = new RoomController({
    networkInterfaces: () => os.networkInterfaces(),
    createBonjour,
    startSignal: async (options) => {
      const server = await startSignalServer(options)
      servers.push(server)
      return server
    },
  })
  const status = await room.host()
  const ipv4 = Object.values(os.networkInterfaces())
    .flat()
    .flatMap((i) => (i && i.family === 'IPv4' ? [i.address] : []))
  say({ event: 'hosting', status, hostname: os.hostname(), ipv4 })
  if (!status.hosting) return
  const peer = await nodePeer('ana', secret, status.hostUrls[0]!, circleWith(people))
  commands(async (line) => {
    if (line === 'stats') {
      say({ event: 'stats', stats: servers.map((s) => s.stats()) })
    } else if (line === 'stop') {
      peer.stop()
      say({ event: 'stopped', status: await room.stopHosting() })
    }
  })
}

async function guest(specs: string[]): Promise<void> {
  await lanReady()
  const room = new RoomController({
    networkInterfaces: () => os.networkInterfaces(),
    createBonjour,
    startSignal: () => Promise.reject(new Error('a guest does not host')),
  })
  room.onChange((status) => say({ event: 'status', status }))
  // The advertisement as any device on the LAN sees it, before room mode filters it.
  const lan = lanAddresses()[0]
  if (lan) {
    const raw = createBonjour({ interface: lan.address }, () => {})
    raw.find({ type: 'rhizome', protocol: 'tcp' }).on('up', (s: FoundService) => {
      const { name, fqdn, port, addresses, txt } = s as Record<string, unknown>
      say({
        event: 'raw',
        service: { name, fqdn, port, addresses, txt, host: (s as { host?: unknown }).host },
      })
    })
  }
  room.start()
  const url = await new Promise<string>((resolve) => {
    const off = room.onChange((status) => {
      if (status.discovered[0]) {
        off()
        resolve(status.discovered[0])
      }
    })
  })
  const peers = await Promise.all(
    specs.map(async (spec) => {
      const [name, secret] = spec.split(':') as [string, string]
      return { name, peer: await nodePeer(name, fromHex(secret), url) }
    }),
  )
  setInterval(() => {
    say({
      event: 'peers',
      peers: peers.map(({ name, peer }) => ({
        name,
        people: peer.session.people.size,
        connected: peer.mesh.connectedPeers,
      })),
    })
  }, 200)
}

const [role, ...args] = process.argv.slice(2)
const main = role === 'host' ? host(fromHex(args[0]!), Number(args[1])) : guest(args)
main.catch((error: unknown) => {
  say({ event: 'error', message: String(error) })
  process.exit(1)
})
