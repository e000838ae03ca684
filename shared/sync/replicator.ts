import * as Y from 'yjs'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import { Listeners } from '../data/store'
import { FRAME, type Frame } from './frames'
import { readMemberInfo, type MemberInfo } from './member'
import type { PeerSession } from './peer-session'

export const PROTOCOL_VERSION = 1

export interface PeerState {
  session: PeerSession
  member: MemberInfo | null
  connectedAt: number
  /** When we last received a document update or sync answer from this peer. */
  lastSyncAt: number
  /** Presence clients this peer introduced (removed when it leaves). */
  clients: Set<number>
  /** When we last asked this peer to introduce itself again (0: never). */
  askedHelloAt: number
}

/** How long to wait before asking a peer that has not introduced itself again. */
const ASK_HELLO_MS = 2000

const hasPending = (doc: Y.Doc) => doc.store.pendingStructs !== null || doc.store.pendingDs !== null

/** True when a state vector covers every change this client made in `doc`. */
function covers(doc: Y.Doc, stateVector: Uint8Array): boolean {
  try {
    const theirs = Y.decodeStateVector(stateVector)
    return (theirs.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID)
  } catch {
    return false
  }
}

/**
 * Keeps a circle's documents and presence in step with every connected peer: on connect each
 * side sends its state vector and answers the other's with exactly what it lacks; afterwards
 * every local update goes to every peer (and updates from one peer are passed on to the
 * others, so a partial mesh still converges). After applying a peer's updates a peer sends its
 * state vector back (an acknowledgement), which is how "not yet shared" is known to be false.
 * Updates that Yjs refuses are dropped and counted.
 */
export class Replicator {
  readonly awareness: Awareness
  private readonly docs = new Map<string, Y.Doc>()
  private readonly peers = new Map<string, PeerState>()
  private readonly listeners = new Listeners()
  /** Local changes made that no peer has acknowledged yet. */
  private unshared = 0
  private readonly offs: (() => void)[] = []
  /** Set while applying a peer's update that completed pending structs: relay to it too. */
  private relayToSender = false
  private readonly ackTimers = new Map<string, ReturnType<typeof setTimeout>>()

  constructor(
    mainDoc: Y.Doc,
    private readonly self: MemberInfo,
  ) {
    this.awareness = new Awareness(mainDoc)
    this.awareness.setLocalStateField('member', self)
    const onAwareness = (
      { added, updated, removed }: Record<string, number[]>,
      origin: unknown,
    ) => {
      if (origin === 'local') {
        const changed = [...added!, ...updated!, ...removed!]
        this.broadcast({
          kind: FRAME.awareness,
          doc: '',
          payload: encodeAwarenessUpdate(this.awareness, changed),
        })
        return
      }
      const peer = [...this.peers.values()].find((p) => p.session === origin)
      if (peer)
        for (const c of [...added!, ...updated!])
          if (c !== this.awareness.clientID) peer.clients.add(c)
    }
    this.awareness.on('update', onAwareness)
    this.offs.push(() => this.awareness.off('update', onAwareness))
    this.addDoc('', mainDoc)
  }

  /** Adds a document to replicate under an id unique in the circle ('' is the circle doc). */
  addDoc(id: string, doc: Y.Doc): void {
    this.docs.set(id, doc)
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      const from = this.peerOf(origin)
      if (!from) {
        this.unshared++
        this.listeners.emit()
      }
      this.broadcast(
        { kind: FRAME.update, doc: id, payload: update },
        this.relayToSender ? null : from,
      )
    }
    doc.on('update', onUpdate)
    this.offs.push(() => doc.off('update', onUpdate))
    for (const p of this.peers.values()) this.requestSync(p.session, id, doc)
  }

  subscribe = (listener: () => void) => this.listeners.add(listener)
  get unsharedChanges(): number {
    return this.unshared
  }
  peerStates(): PeerState[] {
    return [...this.peers.values()]
  }

  /** A new peer: introduce ourselves and ask for what we lack in every document. */
  attach(session: PeerSession): void {
    const existing = this.peers.get(session.remoteId)
    if (existing) {
      this.detach(existing.session)
      existing.session.close()
    }
    this.peers.set(session.remoteId, {
      session,
      member: null,
      connectedAt: Date.now(),
      lastSyncAt: 0,
      clients: new Set(),
      askedHelloAt: 0,
    })
    session.onClose(() => this.detach(session))
    this.sendHello(session, false)
    for (const [id, doc] of this.docs) this.requestSync(session, id, doc)
    void session.send({
      kind: FRAME.awareness,
      doc: '',
      payload: encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]),
    })
    this.listeners.emit()
  }

  detach(session: PeerSession): void {
    const p = this.peers.get(session.remoteId)
    if (!p || p.session !== session) return
    this.peers.delete(session.remoteId)
    const timer = this.ackTimers.get(session.remoteId)
    if (timer) clearTimeout(timer)
    this.ackTimers.delete(session.remoteId)
    const gone = [...p.clients].filter((c) => c !== this.awareness.clientID)
    if (gone.length > 0) {
      removeAwarenessStates(this.awareness, gone, 'remote')
      // Forget their clocks too, or their next hello after a reconnect would be ignored.
      for (const c of gone) this.awareness.meta.delete(c)
    }
    this.listeners.emit()
  }

  /** Handles one decrypted frame from a peer. */
  receive(frame: Frame, from: PeerSession): void {
    const known = this.peers.get(from.remoteId)
    // Frames a peer sent just before its link closed are still decrypted after the close:
    // document updates from it still count (they were sent to us); presence does not.
    const peer = known?.session === from ? known : null
    if (!peer && frame.kind !== FRAME.update) return
    if (frame.kind === FRAME.hello) return this.onHello(peer!, frame.payload)
    if (peer) this.askHelloIfUnknown(peer)
    if (frame.kind === FRAME.awareness) {
      if (!peer) return
      try {
        applyAwarenessUpdate(this.awareness, frame.payload, from)
      } catch {
        from.drop('malformed')
      }
      return
    }
    const doc = this.docs.get(frame.doc)
    if (!doc) return from.drop('unknownDoc')
    if (frame.kind === FRAME.ack) {
      if (this.unshared > 0 && frame.doc === '' && covers(doc, frame.payload)) {
        this.unshared = 0
        this.listeners.emit()
      }
      return
    }
    if (frame.kind === FRAME.syncRequest) {
      let answer: Uint8Array
      try {
        answer = Y.encodeStateAsUpdate(doc, frame.payload)
      } catch {
        return from.drop('malformed')
      }
      void from.send({ kind: FRAME.update, doc: frame.doc, payload: answer })
      return
    }
    this.relayToSender = hasPending(doc)
    try {
      Y.applyUpdate(doc, frame.payload, from)
      if (peer) {
        peer.lastSyncAt = Date.now()
        this.scheduleAck(from, frame.doc, doc)
      }
      this.listeners.emit()
    } catch {
      from.drop('invalidUpdate')
    } finally {
      this.relayToSender = false
    }
  }

  /** Resolves once everything queued for every peer was handed to its link. */
  async flush(): Promise<void> {
    await Promise.all([...this.peers.values()].map((p) => p.session.idle()))
  }

  destroy(): void {
    for (const off of this.offs) off()
    for (const t of this.ackTimers.values()) clearTimeout(t)
    for (const p of this.peers.values()) p.session.close()
    this.peers.clear()
    this.awareness.destroy()
  }

  /** Tells a peer what we now have (at most every 250 ms per peer). */
  private scheduleAck(to: PeerSession, docId: string, doc: Y.Doc): void {
    if (docId !== '' || this.ackTimers.has(to.remoteId)) return
    this.ackTimers.set(
      to.remoteId,
      setTimeout(() => {
        this.ackTimers.delete(to.remoteId)
        if (this.peers.get(to.remoteId)?.session === to)
          void to.send({ kind: FRAME.ack, doc: '', payload: Y.encodeStateVector(doc) })
      }, 250),
    )
  }

  private sendHello(session: PeerSession, ask: boolean): void {
    const hello = { v: PROTOCOL_VERSION, member: this.self, ...(ask ? { ask: true } : {}) }
    void session.send({
      kind: FRAME.hello,
      doc: '',
      payload: new TextEncoder().encode(JSON.stringify(hello)),
    })
  }

  /**
   * A peer that talks but has not introduced itself (its hello was lost, e.g. in a reconnect
   * race) would stay nameless: ask it again, at most every ASK_HELLO_MS.
   */
  private askHelloIfUnknown(peer: PeerState): void {
    if (peer.member) return
    const now = Date.now()
    if (now - peer.askedHelloAt < ASK_HELLO_MS) return
    peer.askedHelloAt = now
    this.sendHello(peer.session, true)
  }

  private onHello(peer: PeerState, payload: Uint8Array): void {
    try {
      const hello = JSON.parse(new TextDecoder().decode(payload)) as {
        member?: unknown
        ask?: unknown
      }
      peer.member = readMemberInfo(hello.member)
      if (hello.ask === true) this.sendHello(peer.session, false)
      this.listeners.emit()
    } catch {
      peer.session.drop('malformed')
    }
  }

  private requestSync(session: PeerSession, id: string, doc: Y.Doc): void {
    void session.send({ kind: FRAME.syncRequest, doc: id, payload: Y.encodeStateVector(doc) })
  }

  private peerOf(origin: unknown): PeerSession | null {
    for (const p of this.peers.values()) if (p.session === origin) return p.session
    return null
  }

  private broadcast(frame: Frame, except: PeerSession | null = null): void {
    for (const p of this.peers.values()) if (p.session !== except) void p.session.send(frame)
  }
}
