/**
 * The real bonjour-service, over unicast on 127.0.0.1 only (multicast off): the failure paths
 * that would throw out of a socket callback and end the Electron main process are caught by
 * createBonjour and reported to its error callback instead.
 */
import dgram from 'node:dgram'
import type { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBonjour, type BonjourLike } from '../../../electron/main/room/bonjour'

const sockets: dgram.Socket[] = []
const instances: BonjourLike[] = []
afterEach(async () => {
  for (const b of instances.splice(0)) await new Promise<void>((r) => b.destroy(() => r()))
  for (const s of sockets.splice(0)) s.close()
})

const udp = (reuseAddr = false) => {
  const socket = dgram.createSocket({ type: 'udp4', reuseAddr })
  sockets.push(socket)
  return socket
}
const bound = (socket: dgram.Socket, port = 0) =>
  new Promise<number>((resolve) =>
    socket.bind(port, '127.0.0.1', () => resolve(socket.address().port)),
  )
const freePort = async () => {
  const s = dgram.createSocket('udp4')
  const port = await bound(s)
  await new Promise<void>((r) => s.close(() => r()))
  return port
}
/** A responder on 127.0.0.1:port that talks to itself, never to a multicast group. */
const loopbackBonjour = (port: number, onError: (e: unknown) => void) => {
  const bonjour = createBonjour(
    { interface: '127.0.0.1', bind: '127.0.0.1', ip: '127.0.0.1', port, multicast: false },
    onError,
  )
  instances.push(bonjour)
  return bonjour
}
const uncaught = vi.fn()

/** A DNS message header (RFC 1035 §4.1.1): id 0, the given flags and question count. */
const header = (flags: number, questions: number) =>
  Buffer.from([0, 0, flags >> 8, flags & 0xff, 0, questions, 0, 0, 0, 0, 0, 0])
const ptrQuery = (name: string) =>
  Buffer.concat([
    header(0, 1),
    ...name
      .split('.')
      .map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)])),
    Buffer.from([0, 0, 12, 0, 1]), // root label, QTYPE PTR, QCLASS IN
  ])
const emptyResponse = () => header(0x8400, 0)

describe('createBonjour guards bonjour-service', () => {
  it('reports EADDRINUSE on bind instead of throwing it (bonjour-service alone crashes)', async () => {
    process.on('uncaughtException', uncaught)
    try {
      const held = udp(false)
      const port = await bound(held)
      const onError = vi.fn()
      loopbackBonjour(port, onError)
      await vi.waitFor(() => expect(onError).toHaveBeenCalled(), { timeout: 2000 })
      expect((onError.mock.calls[0]![0] as { code: string }).code).toBe('EADDRINUSE')
      expect(uncaught).not.toHaveBeenCalled()
    } finally {
      process.off('uncaughtException', uncaught)
    }
  })

  it('reports a response that cannot be sent instead of throwing (default error callback)', async () => {
    const port = await freePort()
    const onError = vi.fn()
    const bonjour = loopbackBonjour(port, onError)
    // A TXT record that still encodes (< 64 KiB) but makes the answer larger than one UDP
    // datagram (65,507 bytes): sending the response fails with EMSGSIZE.
    const huge: Record<string, string> = {}
    for (let i = 0, size = 0; size < 65_400; i++) {
      huge[`k${i}`] = 'x'.repeat(236)
      size += `k${i}=`.length + 236 + 1
    }
    bonjour.publish({
      name: 'big',
      type: 'rhizome',
      protocol: 'tcp',
      port: 1,
      host: 'big.local',
      txt: huge,
      disableIPv6: true,
      probe: false,
    })
    const client = udp(true)
    await bound(client)
    client.send(ptrQuery('_rhizome._tcp.local'), port, '127.0.0.1')
    await vi.waitFor(() => expect(onError).toHaveBeenCalled(), { timeout: 2000 })
    expect((onError.mock.calls[0]![0] as { code: string }).code).toBe('EMSGSIZE')
  })

  it('swallows an exception thrown while handling a packet from the network', async () => {
    const port = await freePort()
    const onError = vi.fn()
    const bonjour = loopbackBonjour(port, onError)
    const mdns = (bonjour as unknown as { server: { mdns: EventEmitter } }).server.mdns
    const handled = vi.fn()
    // Stands in for a bug in bonjour-service's packet handling.
    mdns.on('response', () => {
      handled()
      throw new Error('handler bug')
    })
    process.on('uncaughtException', uncaught)
    try {
      const client = udp(true)
      await bound(client)
      client.send(emptyResponse(), port, '127.0.0.1')
      await vi.waitFor(() => expect(handled).toHaveBeenCalled(), { timeout: 2000 })
      expect(uncaught).not.toHaveBeenCalled()
      expect(onError).not.toHaveBeenCalled()
    } finally {
      process.off('uncaughtException', uncaught)
    }
  })
})
