import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { attachConnection, type Connection } from './connection'
import { Hub } from './hub'
import { resolveOptions, type SignalOptions } from './options'
import { formatStats, newCounters, type SignalStats } from './stats'

export type { SignalOptions } from './options'
export type { SignalStats } from './stats'

export interface SignalServer {
  /** The port actually bound (useful with port 0). */
  port: number
  host: string
  /** Closes every connection (1001), then the listener. */
  close(): Promise<void>
  /** A snapshot of the counters. */
  stats(): SignalStats
}

/** How long close() lets clients acknowledge before it cuts them. */
const SHUTDOWN_GRACE_MS = 500

/** The client's address, as used for the per-address limit. Never logged. */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for']
  if (trustProxy && typeof forwarded === 'string') {
    const last = forwarded.split(',').at(-1)?.trim()
    if (last) return last
  }
  const address = request.socket.remoteAddress ?? 'unknown'
  return address.startsWith('::ffff:') ? address.slice(7) : address
}

export async function startSignalServer(
  partial: Partial<SignalOptions> = {},
): Promise<SignalServer> {
  const options = resolveOptions(partial)
  const counters = newCounters()
  const hub = new Hub(options, counters)
  const connections = new Set<Connection>()
  let closing: Promise<void> | undefined
  /** Upgraded sockets (handshakes in progress included), in all and per client address. */
  let sockets = 0
  const perAddress = new Map<string, number>()
  const log = (line: string) => {
    if (options.verbose) process.stderr.write(`[signal] ${line}\n`)
  }
  const stats = (): SignalStats => ({
    ...structuredClone(counters),
    connections: connections.size,
    topics: hub.topicCount,
    addresses: perAddress.size,
  })

  const http = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' }).end('okay')
  })
  http.headersTimeout = 10_000
  http.requestTimeout = 10_000
  // A hard cap on sockets, handshakes in progress included.
  http.maxConnections = options.maxConnections * 2
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: false,
  })

  const reject = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  }

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    if (closing) return void socket.destroy()
    const address = clientAddress(request, options.trustProxy)
    const fromAddress = perAddress.get(address) ?? 0
    if (sockets >= options.maxConnections) {
      counters.rejected.total++
      return reject(socket, '503 Service Unavailable')
    }
    if (fromAddress >= options.maxConnectionsPerIp) {
      counters.rejected.perIp++
      return reject(socket, '429 Too Many Requests')
    }
    // Counted from the upgrade request until the socket is gone, so that handshakes in
    // progress count too and a failed handshake is released.
    perAddress.set(address, fromAddress + 1)
    sockets++
    socket.once('close', () => {
      sockets--
      const n = (perAddress.get(address) ?? 1) - 1
      if (n > 0) perAddress.set(address, n)
      else perAddress.delete(address)
    })
    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = attachConnection(ws, {
        options,
        hub,
        counters,
        onClosed(closed) {
          connections.delete(closed)
          log(`connection closed; connections=${connections.size}`)
        },
      })
      connections.add(connection)
      log(`connection opened; connections=${connections.size}`)
    })
  })

  const heartbeat = setInterval(() => {
    for (const connection of connections) connection.heartbeat()
  }, options.heartbeatMs)
  let lastLine = ''
  const logger = options.verbose
    ? setInterval(() => {
        const line = formatStats(stats())
        if (line !== lastLine) log((lastLine = line))
      }, options.logIntervalMs)
    : undefined

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(options.port, options.host, () => {
      http.off('error', reject)
      resolve()
    })
  })
  const port = (http.address() as AddressInfo).port

  const close = () =>
    (closing ??= (async () => {
      clearInterval(heartbeat)
      clearInterval(logger)
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()))
      for (const connection of connections) connection.end('shutdown')
      const deadline = Date.now() + SHUTDOWN_GRACE_MS
      while (connections.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      for (const connection of connections) connection.peer.ws.terminate()
      http.closeAllConnections()
      await stopped
      log(formatStats(stats()))
    })())

  return { port, host: options.host, close, stats }
}
