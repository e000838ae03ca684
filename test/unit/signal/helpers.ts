import { WebSocket, type ClientOptions } from 'ws'

/* Test helpers for the signaling server: a small client and bounded waits. */

export type Json = Record<string, unknown>

/** Polls `condition` every 10 ms; rejects after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 3000, what = 'condition') {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class Client {
  readonly messages: Json[] = []
  closeCode: number | undefined
  readonly closed: Promise<number>

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      if (!isBinary) this.messages.push(JSON.parse(data.toString()) as Json)
    })
    ws.on('error', () => {}) // a refused or cut connection shows up as `closed`
    this.closed = new Promise((resolve) =>
      ws.on('close', (code) => resolve((this.closeCode = code))),
    )
  }

  static open(port: number, options: ClientOptions = {}): Promise<Client> {
    const client = new Client(new WebSocket(`ws://127.0.0.1:${port}`, options))
    return new Promise((resolve, reject) => {
      client.ws.once('open', () => resolve(client))
      client.ws.once('unexpected-response', (_request, response) =>
        reject(new Error(`HTTP ${response.statusCode}`)),
      )
      client.ws.once('error', reject)
    })
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN
  }

  /** Messages received so far of the given type. */
  received(type: string): Json[] {
    return this.messages.filter((m) => m.type === type)
  }

  /** Waits for a received message matching `match`; returns it. */
  async next(match: (m: Json) => boolean, timeoutMs = 2000): Promise<Json> {
    let found: Json | undefined
    await until(() => (found = this.messages.find(match)) !== undefined, timeoutMs, 'a message')
    return found!
  }

  /** A ping/pong round trip: every message sent before it has been processed by the server. */
  async roundTrip(timeoutMs = 2000): Promise<void> {
    const before = this.received('pong').length
    this.send({ type: 'ping' })
    await until(() => this.received('pong').length > before, timeoutMs, 'a pong')
  }

  close(): Promise<number> {
    this.ws.close()
    return this.closed
  }
}

export const topic = (n: number) => n.toString(16).padStart(64, '0')
