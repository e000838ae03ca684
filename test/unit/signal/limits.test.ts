import { afterEach, describe, expect, it } from 'vitest'
import { startSignalServer, type SignalOptions, type SignalServer } from '../../../signal/server'
import { Client, topic, until } from './helpers'

let server: SignalServer | undefined
let clients: Client[] = []
const start = async (options: Partial<SignalOptions> = {}) =>
  (server = await startSignalServer({ host: '127.0.0.1', port: 0, ...options }))
const open = async (s: SignalServer) => {
  const client = await Client.open(s.port)
  clients.push(client)
  return client
}

afterEach(async () => {
  for (const client of clients) client.ws.terminate()
  clients = []
  await server?.close()
})

/** Two clients on one topic; `check` asserts the server still forwards between them. */
async function pair(s: SignalServer) {
  const [a, b] = [await open(s), await open(s)]
  a.send({ type: 'subscribe', topics: [topic(7)] })
  b.send({ type: 'subscribe', topics: [topic(7)] })
  await Promise.all([a.roundTrip(), b.roundTrip()])
  let n = 0
  const check = async () => {
    const data = `still-working-${++n}`
    a.send({ type: 'publish', topic: topic(7), data })
    await b.next((m) => m.data === data)
  }
  return { a, b, check }
}

describe('signaling: bounds', () => {
  it('closes a connection that sends more than 64 KiB with 1009 and serves the others', async () => {
    const s = await start()
    const { check } = await pair(s)
    const big = await open(s)
    big.send({ type: 'publish', topic: topic(7), data: 'x'.repeat(64 * 1024) })
    expect(await big.closed).toBe(1009)
    await check()
    const justUnder = await open(s)
    justUnder.send({ type: 'ping', pad: 'x'.repeat(64 * 1024 - 40) })
    await justUnder.roundTrip()
    expect(s.stats().closed.oversize).toBe(1)
    expect(s.stats().connections).toBe(3)
  })

  it('drops malformed messages, counts them and keeps the connection', async () => {
    const s = await start()
    const { check } = await pair(s)
    const bad = await open(s)
    const deep = '['.repeat(30_000) + ']'.repeat(30_000)
    const garbage: unknown[] = [
      '{not json',
      '',
      'null',
      '42',
      '"publish"',
      '[{"type":"ping"}]',
      { type: 42 },
      { type: 'shout', topic: topic(7) },
      { type: 'subscribe', topics: topic(7) },
      { type: 'subscribe' },
      { type: 'unsubscribe', topics: { 0: topic(7) } },
      { type: 'publish', topic: 7, data: 'x' },
      { type: 'publish', data: 'x' },
      { type: 'publish', topic: 'x'.repeat(10_000), data: 'x' },
      { type: 'publish', topic: '', data: 'x' },
      `{"type":"publish","topic":"${topic(7)}","data":${deep}}`,
    ]
    for (const message of garbage) bad.send(message)
    bad.ws.send(Buffer.from(JSON.stringify({ type: 'ping' }))) // binary frame
    bad.send({ type: 'subscribe', topics: ['x'.repeat(10_000), 7, null, {}, ''] })
    bad.send({ type: 'subscribe', topics: Array.from({ length: 6000 }, (_, i) => `t${i}`) })
    await bad.roundTrip()
    await check()
    const { dropped, connections, topics } = s.stats()
    expect(dropped).toMatchObject({ malformed: 2, binary: 1, topic: 3 })
    expect(dropped.invalid).toBeGreaterThanOrEqual(11)
    expect(dropped.topicLimit).toBe(1)
    expect(connections).toBe(3)
    expect(topics).toBe(1 + 32)
    expect(bad.open).toBe(true)
    // The pathological payload was not forwarded to the subscribers.
    expect(clients[1]!.received('publish').every((m) => typeof m.data === 'string')).toBe(true)
  })

  it('closes a connection with 1008 when it keeps sending garbage', async () => {
    const s = await start({ dropBurst: 20, droppedPerSecond: 1 })
    const { check } = await pair(s)
    const abuser = await open(s)
    for (let i = 0; i < 100; i++) abuser.send('garbage')
    expect(await abuser.closed).toBe(1008)
    await check()
    expect(s.stats().closed.abuse).toBe(1)
  })

  it('limits connections per address and in all, and releases the slots on close', async () => {
    const s = await start({ maxConnectionsPerIp: 3, maxConnections: 5 })
    const first = [await open(s), await open(s), await open(s)]
    await expect(Client.open(s.port)).rejects.toThrow('HTTP 429')
    expect(s.stats().rejected.perIp).toBe(1)
    await first[0]!.close()
    await until(() => s.stats().connections === 2)
    const again = await open(s)
    again.send({ type: 'ping' })
    await again.roundTrip()

    const total = await start({ maxConnectionsPerIp: 10, maxConnections: 2 })
    await open(total)
    await open(total)
    await expect(Client.open(total.port)).rejects.toThrow('HTTP 503')
    expect(total.stats().rejected.total).toBe(1)
    await s.close()
  })

  it('behind a trusted proxy, limits by the last X-Forwarded-For address', async () => {
    const s = await start({ maxConnectionsPerIp: 1, trustProxy: true })
    const via = (address: string) =>
      Client.open(s.port, { headers: { 'X-Forwarded-For': `203.0.113.9, ${address}` } })
    clients.push(await via('198.51.100.1'), await via('198.51.100.2'))
    await expect(via('198.51.100.1')).rejects.toThrow('HTTP 429')
    expect(s.stats()).toMatchObject({ connections: 2, addresses: 2 })
  })

  it('closes a connection that sends nothing for idleTimeoutMs; a ping keeps it', async () => {
    const s = await start({ idleTimeoutMs: 600 })
    const [quiet, chatty] = [await open(s), await open(s)]
    const started = Date.now()
    const timer = setInterval(() => chatty.send({ type: 'ping' }), 50)
    try {
      expect(await quiet.closed).toBe(1000)
      expect(Date.now() - started).toBeGreaterThanOrEqual(550)
      await new Promise((resolve) => setTimeout(resolve, 400))
      expect(chatty.open).toBe(true)
    } finally {
      clearInterval(timer)
    }
    expect(s.stats().closed.idle).toBe(1)
  })

  it('terminates a socket that stops answering heartbeat pings', async () => {
    const s = await start({ heartbeatMs: 250 })
    const dead = await Client.open(s.port, { autoPong: false })
    clients.push(dead)
    const alive = await open(s)
    expect(await dead.closed).toBe(1006)
    expect(alive.open).toBe(true)
    await alive.roundTrip()
    expect(s.stats().closed.dead).toBe(1)
    expect(s.stats().connections).toBe(1)
  })
})
