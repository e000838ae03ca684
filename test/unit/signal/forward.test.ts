import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startSignalServer, type SignalServer } from '../../../signal/server'
import { Client, topic, until } from './helpers'

let server: SignalServer
let clients: Client[] = []
const open = async () => {
  const client = await Client.open(server.port)
  clients.push(client)
  return client
}

beforeEach(async () => {
  server = await startSignalServer({ host: '127.0.0.1', port: 0 })
})
afterEach(async () => {
  for (const client of clients) client.ws.terminate()
  clients = []
  await server.close()
})

describe('signaling: forwarding', () => {
  it('forwards a publish to the subscribers of its topic only, the sender included', async () => {
    const [a, b, c] = [await open(), await open(), await open()]
    const [red, blue] = [topic(1), topic(2)]
    a.send({ type: 'subscribe', topics: [red] })
    b.send({ type: 'subscribe', topics: [red, blue] })
    c.send({ type: 'subscribe', topics: [blue] })
    await Promise.all([a.roundTrip(), b.roundTrip(), c.roundTrip()])
    expect(server.stats().topics).toBe(2)

    a.send({ type: 'publish', topic: red, data: 'ciphertext-1', extra: { n: 1 } })
    const got = await b.next((m) => m.type === 'publish')
    // Forwarded unchanged with the sender's fields, plus the subscriber count.
    expect(got).toEqual({
      type: 'publish',
      topic: red,
      data: 'ciphertext-1',
      extra: { n: 1 },
      clients: 2,
    })
    expect(await a.next((m) => m.type === 'publish')).toEqual(got)

    c.send({ type: 'publish', topic: blue, data: 'ciphertext-2' })
    await b.next((m) => m.data === 'ciphertext-2')
    await c.next((m) => m.data === 'ciphertext-2')
    await Promise.all([a.roundTrip(), b.roundTrip(), c.roundTrip()])
    expect(a.received('publish').map((m) => m.data)).toEqual(['ciphertext-1'])
    expect(b.received('publish').map((m) => m.data)).toEqual(['ciphertext-1', 'ciphertext-2'])
    expect(c.received('publish').map((m) => m.data)).toEqual(['ciphertext-2'])
    expect(server.stats()).toMatchObject({ connections: 3, published: 2, forwarded: 4 })
  })

  it('stops forwarding after unsubscribe and forgets a topic with its last subscriber', async () => {
    const [a, b] = [await open(), await open()]
    const red = topic(3)
    a.send({ type: 'subscribe', topics: [red] })
    b.send({ type: 'subscribe', topics: [red] })
    await Promise.all([a.roundTrip(), b.roundTrip()])
    b.send({ type: 'unsubscribe', topics: [red] })
    await b.roundTrip()
    a.send({ type: 'publish', topic: red, data: 'x' })
    expect(await a.next((m) => m.type === 'publish')).toMatchObject({ data: 'x', clients: 1 })
    await b.roundTrip()
    expect(b.received('publish')).toEqual([])
    a.send({ type: 'unsubscribe', topics: [red, 'never-subscribed', 42] })
    await a.roundTrip()
    expect(server.stats().topics).toBe(0)
  })

  it('answers a ping with a pong, and a publish to a topic nobody holds goes nowhere', async () => {
    const a = await open()
    a.send({ type: 'ping' })
    expect(await a.next((m) => m.type === 'pong')).toEqual({ type: 'pong' })
    a.send({ type: 'publish', topic: topic(9), data: 'x' })
    await a.roundTrip()
    expect(a.received('publish')).toEqual([])
    expect(server.stats()).toMatchObject({ published: 1, forwarded: 0, topics: 0 })
  })

  it('ignores subscribes beyond maxTopicsPerConnection', async () => {
    await server.close()
    server = await startSignalServer({ host: '127.0.0.1', port: 0, maxTopicsPerConnection: 4 })
    const a = await open()
    a.send({ type: 'subscribe', topics: [1, 2, 3].map(topic) })
    a.send({ type: 'subscribe', topics: [1, 4, 5, 6].map(topic) })
    await a.roundTrip()
    expect(server.stats().topics).toBe(4)
    expect(server.stats().dropped.topicLimit).toBe(1)
    a.send({ type: 'publish', topic: topic(5), data: 'x' })
    a.send({ type: 'publish', topic: topic(4), data: 'y' })
    await a.next((m) => m.data === 'y')
    expect(a.received('publish').map((m) => m.data)).toEqual(['y'])
  })

  it('closes every connection on close() and frees all state', async () => {
    const [a, b] = [await open(), await open()]
    a.send({ type: 'subscribe', topics: [topic(1)] })
    await a.roundTrip()
    await server.close()
    expect(await a.closed).toBe(1001)
    expect(await b.closed).toBe(1001)
    expect(server.stats()).toMatchObject({ connections: 0, topics: 0, addresses: 0 })
    await server.close() // idempotent; afterEach calls it again
  })

  it('logs counts to stderr only when verbose: never topics, payloads or addresses', async () => {
    const lines: string[] = []
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk))
      return true
    })
    try {
      const exercise = async () => {
        const a = await open()
        a.send({ type: 'subscribe', topics: [topic(0xabc)] })
        a.send({ type: 'publish', topic: topic(0xabc), data: 'SECRET-PAYLOAD' })
        a.send('{bad json SECRET')
        await a.next((m) => m.type === 'publish')
        await a.close()
        await until(() => server.stats().connections === 0)
      }
      await exercise()
      expect(lines).toEqual([])
      await server.close()
      server = await startSignalServer({ host: '127.0.0.1', port: 0, verbose: true })
      await exercise()
      await server.close()
    } finally {
      spy.mockRestore()
    }
    const log = lines.join('')
    expect(log).toContain('connections=1')
    expect(log).toContain('malformed:1')
    expect(log).not.toMatch(/abc|SECRET|127\.0\.0\.1|::1/)
  })
})
