import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { startSignalServer, type SignalServer } from '../../../signal/server'
import { Client, sleep, topic } from './helpers'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

async function settledRss(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc()
    await sleep(20)
  }
  return process.memoryUsage().rss
}

const MB = 1024 * 1024
let server: SignalServer
let clients: Client[] = []

afterEach(async () => {
  for (const client of clients) client.ws.terminate()
  clients = []
  await server.close()
})

describe('signaling: flood', () => {
  it('throttles and closes a flooding client while a well-behaved one gets through', async () => {
    server = await startSignalServer({ host: '127.0.0.1', port: 0 })
    const open = async () => {
      const client = await Client.open(server.port)
      clients.push(client)
      return client
    }
    const [alice, bob, flooder] = [await open(), await open(), await open()]
    const [quiet, noisy] = [topic(1), topic(2)]
    alice.send({ type: 'subscribe', topics: [quiet, noisy] })
    bob.send({ type: 'subscribe', topics: [quiet] })
    flooder.send({ type: 'subscribe', topics: [noisy] })
    await Promise.all([alice.roundTrip(), bob.roundTrip(), flooder.roundTrip()])
    const rssBefore = await settledRss()

    // Alice publishes 20 messages to Bob, one every 25 ms, while the flood runs.
    const sentAt = new Map<string, number>()
    const latencies: number[] = []
    bob.ws.on('message', (raw) => {
      const data = (JSON.parse(raw.toString()) as { data?: string }).data
      if (data && sentAt.has(data)) latencies.push(Date.now() - sentAt.get(data)!)
    })
    const steady = (async () => {
      for (let i = 0; i < 20; i++) {
        sentAt.set(`hello-${i}`, Date.now())
        alice.send({ type: 'publish', topic: quiet, data: `hello-${i}` })
        await sleep(25)
      }
    })()

    // The flood: 20,000 publishes of ~1 KiB in batches of 250, without waiting for the server
    // and without stopping when it closes the connection (a send after close goes nowhere).
    const payload = 'f'.repeat(1000)
    let sent = 0
    const deadline = Date.now() + 8000
    while (sent < 20_000 && Date.now() < deadline) {
      for (let i = 0; i < 250; i++, sent++) {
        flooder.send({ type: 'publish', topic: noisy, data: payload, n: sent })
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await flooder.closed).toBe(1008)
    await steady
    await bob.next((m) => m.data === 'hello-19', 3000)
    await alice.roundTrip(1000)

    const stats = server.stats()
    expect(latencies).toHaveLength(20)
    expect(Math.max(...latencies)).toBeLessThan(1500)
    expect(stats.dropped.rate).toBeGreaterThan(0)
    expect(stats.closed.abuse).toBe(1)
    // At most the burst (plus what refilled meanwhile) of the flood reached Alice.
    const floodDelivered = alice.received('publish').filter((m) => m.topic === noisy).length
    expect(floodDelivered).toBeGreaterThan(0)
    expect(floodDelivered).toBeLessThan(200)
    expect(stats.connections).toBe(2)

    flooder.ws.terminate()
    const rssAfter = await settledRss()
    const growth = (rssAfter - rssBefore) / MB
    process.stderr.write(
      `[flood] sent=${sent} received-by-server=${stats.received} delivered-to-alice=${floodDelivered} dropped.rate=${stats.dropped.rate} ` +
        `rss before=${(rssBefore / MB).toFixed(1)} MB after=${(rssAfter / MB).toFixed(1)} MB ` +
        `growth=${growth.toFixed(1)} MB maxLatency=${Math.max(...latencies)} ms\n`,
    )
    expect(growth).toBeLessThan(50)
  })
})
