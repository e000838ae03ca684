import type { Link } from '../../shared/sync/link'
import type { Connector, Handshake, SignalingChannel } from '../../shared/sync/signaling'

/** An in-process signaling server: a topic → listeners bus, delivered asynchronously. */
export class FakeSignaling implements SignalingChannel {
  readonly topics = new Map<string, Set<(d: string) => void>>()
  published = 0
  join(topic: string, onMessage: (data: string) => void): () => void {
    let set = this.topics.get(topic)
    if (!set) this.topics.set(topic, (set = new Set()))
    set.add(onMessage)
    return () => set!.delete(onMessage)
  }
  publish(topic: string, data: string): void {
    this.published++
    for (const l of this.topics.get(topic) ?? []) queueMicrotask(() => l(data))
  }
}

/** One end of an in-memory link; `auto` delivers on a microtask, otherwise `flush` delivers. */
export class FakeLink implements Link {
  other!: FakeLink
  readonly inbox: Uint8Array[] = []
  open = true
  auto = true
  /** Deliver what was in flight when the link closed (a data channel does; a cut cable not). */
  deliverOnClose = false
  private messageListeners: ((d: Uint8Array) => void)[] = []
  private closeListeners: (() => void)[] = []
  bufferedAmount = 0
  send(data: Uint8Array): void {
    if (!this.open) return
    const copy = data.slice()
    this.other.inbox.push(copy)
    if (this.other.auto) queueMicrotask(() => this.other.deliverOne())
  }
  deliverOne(): boolean {
    // Like a data channel's own buffer: nothing is lost before a listener is attached.
    if (this.messageListeners.length === 0) return false
    if (!this.open && !this.deliverOnClose) return false
    const d = this.inbox.shift()
    if (!d) return false
    for (const l of this.messageListeners) l(d)
    return true
  }
  async whenBelow(): Promise<void> {}
  onMessage(l: (d: Uint8Array) => void): void {
    this.messageListeners.push(l)
    if (this.auto)
      queueMicrotask(() => {
        while (this.deliverOne()) {
          // drain what arrived before the listener
        }
      })
  }
  onClose(l: () => void): void {
    this.closeListeners.push(l)
  }
  close(): void {
    if (!this.open) return
    this.open = false
    if (!this.deliverOnClose) {
      this.closeListeners.forEach((l) => l())
      this.other.close()
      return
    }
    // Deliver what is already in flight, then tell the listeners.
    queueMicrotask(() => {
      while (this.auto && this.deliverOne()) {
        // drain
      }
      this.closeListeners.forEach((l) => l())
    })
    this.other.close()
  }
}

export function linkPair(): [FakeLink, FakeLink] {
  const a = new FakeLink()
  const b = new FakeLink()
  a.other = b
  b.other = a
  return [a, b]
}

/**
 * A connector for peers in one process: the initiator's first signal carries a token, the
 * responder answers, and both ends get the two halves of an in-memory link.
 */
export class FakeConnector implements Connector {
  static pending = new Map<string, FakeLink>()
  constructor(readonly name: string) {}
  create(remoteId: string, initiator: boolean, signal: (s: unknown) => void): Handshake {
    let resolve!: (l: Link) => void
    const link = new Promise<Link>((r) => (resolve = r))
    if (initiator) {
      const [mine, theirs] = linkPair()
      mine.deliverOnClose = theirs.deliverOnClose = true
      const token = `${Math.random()}`
      FakeConnector.pending.set(token, theirs)
      queueMicrotask(() => signal({ token }))
      return {
        handle: (s) => (s as { ok?: boolean }).ok && resolve(mine),
        link,
        close: () => mine.close(),
      }
    }
    return {
      handle(s) {
        const token = (s as { token?: string }).token
        const theirs = token ? FakeConnector.pending.get(token) : undefined
        if (!theirs) return
        FakeConnector.pending.delete(token!)
        resolve(theirs)
        signal({ ok: true })
      },
      link,
      close: () => undefined,
    }
  }
}
