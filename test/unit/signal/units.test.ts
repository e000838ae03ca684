import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import { parseCli, signalUrl } from '../../../signal/args'
import { TokenBucket } from '../../../signal/bucket'
import { Hub, type Peer } from '../../../signal/hub'
import { DEFAULT_OPTIONS, resolveOptions } from '../../../signal/options'
import { formatStats, newCounters } from '../../../signal/stats'
import { until } from './helpers'

describe('signaling: token bucket', () => {
  it('allows the burst, then the refill rate', () => {
    let now = 0
    const bucket = new TokenBucket(3, 10, () => now)
    expect([1, 2, 3, 4].map(() => bucket.take())).toEqual([true, true, true, false])
    now += 100 // one token at 10/s
    expect([bucket.take(), bucket.take()]).toEqual([true, false])
    now += 60_000 // refills to capacity, not beyond
    expect([1, 2, 3, 4].map(() => bucket.take())).toEqual([true, true, true, false])
  })
})

describe('signaling: hub', () => {
  const fakePeer = (bufferedAmount = 0) => {
    const sent: string[] = []
    const ws = { OPEN: 1, readyState: 1, bufferedAmount, send: (d: string) => sent.push(d) }
    return { peer: { ws: ws as unknown as WebSocket, topics: new Set<string>() } as Peer, sent }
  }

  it('skips a receiver with too much queued and keeps no empty topic', () => {
    const counters = newCounters()
    const hub = new Hub({ ...DEFAULT_OPTIONS, maxBufferedBytes: 1000 }, counters)
    const [fast, slow] = [fakePeer(0), fakePeer(5000)]
    hub.subscribe(fast.peer, ['t', 'u'])
    hub.subscribe(slow.peer, ['t'])
    expect(hub.publish('t', { type: 'publish', topic: 't', data: 1 })).toBe(true)
    expect(fast.sent).toEqual(['{"type":"publish","topic":"t","data":1,"clients":2}'])
    expect(slow.sent).toEqual([])
    expect(counters).toMatchObject({ published: 1, forwarded: 1 })
    expect(counters.dropped.backpressure).toBe(1)
    hub.unsubscribe(fast.peer, ['u'])
    hub.remove(slow.peer)
    expect(hub.topicCount).toBe(1)
    hub.remove(fast.peer)
    expect(hub.topicCount).toBe(0)
  })
})

describe('signaling: options and command line', () => {
  it('rejects nonsense options', () => {
    expect(() => resolveOptions({ port: 70_000 })).toThrow(RangeError)
    expect(() => resolveOptions({ maxConnections: -1 })).toThrow(RangeError)
    expect(() => resolveOptions({ idleTimeoutMs: Number.NaN })).toThrow(RangeError)
    expect(resolveOptions({ port: undefined }).port).toBe(4444)
  })

  it('reads flags, then HOST and PORT from the environment', () => {
    const env = { HOST: '0.0.0.0', PORT: '5555' }
    expect(parseCli([], {})).toEqual({ help: false, options: expect.any(Object) })
    const fromEnv = parseCli([], env)
    expect(fromEnv.help === false && fromEnv.options).toMatchObject({ host: '0.0.0.0', port: 5555 })
    const flags = parseCli(['--host', '::1', '--port', '0', '--verbose', '--trust-proxy'], env)
    expect(flags.help === false && flags.options).toMatchObject({
      host: '::1',
      port: 0,
      verbose: true,
      trustProxy: true,
    })
    expect(parseCli(['--help'], {})).toEqual({ help: true })
    expect(() => parseCli(['--port', 'http'], {})).toThrow(RangeError)
    expect(() => parseCli(['--bogus'], {})).toThrow()
    expect(signalUrl('::1', 1)).toBe('ws://[::1]:1')
  })

  it('formats counts only', () => {
    const line = formatStats({ ...newCounters(), connections: 2, topics: 1, addresses: 1 })
    expect(line).toBe(
      'connections=2 topics=1 received=0 published=0 forwarded=0 dropped=0 closed=0 rejected=0',
    )
  })

  it('the CLI prints one line with the address it listens on, and stops on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../../../signal/cli.ts', import.meta.url))
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
      env: { ...process.env, HOST: '127.0.0.1' },
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    try {
      await until(() => out.includes('\n'), 10_000, 'the CLI to listen')
      expect(out).toMatch(/^rhizome signaling on ws:\/\/127\.0\.0\.1:\d+\n$/)
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      child.kill('SIGKILL')
    }
  })
})
