import { afterEach, describe, expect, it } from 'vitest'
import { startSignalServer, type SignalServer } from '../../../signal/server'
import { Client, topic, until } from './helpers'

/** A small seeded generator (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let server: SignalServer
let clients: Client[] = []

afterEach(async () => {
  for (const client of clients) client.ws.terminate()
  clients = []
  await server.close()
})

describe('signaling: many connections', () => {
  it('leaves no connection, topic or address behind after 300 clients come and go', async () => {
    server = await startSignalServer({ host: '127.0.0.1', port: 0, maxConnectionsPerIp: 400 })
    const rand = random(2026)
    const pick = (n: number) => Math.floor(rand() * n)
    for (let batch = 0; batch < 6; batch++) {
      const opened = await Promise.all(Array.from({ length: 50 }, () => Client.open(server.port)))
      clients.push(...opened)
    }
    expect(server.stats().connections).toBe(300)

    for (const client of clients) {
      const mine = Array.from({ length: 1 + pick(6) }, () => topic(pick(80)))
      client.send({ type: 'subscribe', topics: mine })
      if (rand() < 0.5) client.send({ type: 'unsubscribe', topics: mine.slice(0, pick(4)) })
      if (rand() < 0.3) client.send({ type: 'publish', topic: topic(pick(80)), data: 'x' })
    }
    await Promise.all(clients.map((client) => client.roundTrip(5000)))
    const during = server.stats()
    expect(during.topics).toBeGreaterThan(0)
    expect(during.topics).toBeLessThanOrEqual(80)

    // Half say goodbye, half vanish.
    await Promise.all(
      clients.map((client, i) =>
        i % 2 === 0 ? client.close() : (client.ws.terminate(), client.closed),
      ),
    )
    await until(() => server.stats().connections === 0, 5000, 'all connections to close')
    await until(() => server.stats().addresses === 0, 2000, 'all addresses to be released')
    expect(server.stats()).toMatchObject({ connections: 0, topics: 0, addresses: 0 })
    expect(Object.values(server.stats().dropped).every((n) => n === 0)).toBe(true)
  })
})
