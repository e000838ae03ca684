import type { RawData, WebSocket } from 'ws'
import { TokenBucket } from './bucket'
import type { Hub, Peer } from './hub'
import type { SignalOptions } from './options'
import { parseMessage, PONG } from './protocol'
import type { CloseReason, Counters, DropReason } from './stats'

/** How long a connection closed for abuse may take to acknowledge before it is cut. */
const ABUSE_GRACE_MS = 1000

export interface ConnectionContext {
  options: SignalOptions
  hub: Hub
  counters: Counters
  /** Called once when the connection has closed, whoever closed it. */
  onClosed(connection: Connection): void
}

export interface Connection {
  readonly peer: Peer
  /** Pings the socket, or terminates it if the previous ping went unanswered. */
  heartbeat(): void
  /** Ends the connection on the server's initiative. */
  end(reason: CloseReason): void
}

export function attachConnection(ws: WebSocket, ctx: ConnectionContext): Connection {
  const { options, hub, counters } = ctx
  const peer: Peer = { ws, topics: new Set() }
  const rate = new TokenBucket(options.messageBurst, options.messagesPerSecond)
  const drops = new TokenBucket(options.dropBurst, options.droppedPerSecond)
  let alive = true
  let ending = false
  let grace: NodeJS.Timeout | undefined
  const idle = setTimeout(() => end('idle'), options.idleTimeoutMs)

  function end(reason: CloseReason): void {
    if (ending) return
    ending = true
    counters.closed[reason]++
    clearTimeout(idle)
    if (reason === 'dead') return void ws.terminate()
    if (reason === 'idle') return void ws.close(1000, 'idle')
    if (reason === 'shutdown') return void ws.close(1001, 'server shutting down')
    if (reason === 'abuse') {
      ws.close(1008, 'too many dropped messages')
      ws.pause() // read nothing more from an abusive client; cut it if it does not close
      grace = setTimeout(() => ws.terminate(), ABUSE_GRACE_MS)
    }
  }

  function drop(reason: DropReason): void {
    counters.dropped[reason]++
    if (!drops.take()) end('abuse')
  }

  function onMessage(data: RawData, isBinary: boolean): void {
    if (ending) return
    counters.received++
    idle.refresh()
    if (!rate.take()) return drop('rate')
    if (isBinary) return drop('binary')
    const message = parseMessage(data.toString(), options.maxTopicLength)
    if (typeof message === 'string') return drop(message)
    switch (message.type) {
      case 'subscribe':
        return hub.subscribe(peer, message.topics)
      case 'unsubscribe':
        return hub.unsubscribe(peer, message.topics)
      case 'publish':
        if (!hub.publish(message.topic, message.message)) drop('invalid')
        return
      case 'ping':
        return ws.send(PONG)
    }
  }

  ws.on('message', (data, isBinary) => {
    try {
      onMessage(data, isBinary)
    } catch {
      drop('invalid') // never let one message take the server down
    }
  })
  ws.on('pong', () => {
    alive = true
  })
  ws.on('error', (error: Error & { code?: string }) => {
    // ws closes the socket itself after a protocol error (1009 for a message over maxPayload).
    if (ending) return
    end(error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'oversize' : 'protocol')
  })
  ws.on('close', () => {
    ending = true
    clearTimeout(idle)
    clearTimeout(grace)
    hub.remove(peer)
    ctx.onClosed(connection)
  })

  const connection: Connection = {
    peer,
    end,
    heartbeat() {
      if (ending) return
      if (!alive) return end('dead')
      alive = false
      ws.ping()
    },
  }
  return connection
}
