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
}

/**
 * Keeps a circle's documents and presence in step with every connected peer: on connect each
 * side sends its state vector and answers the other's with exactly what it lacks; afterwards
 * every local update goes to every peer (and updates from one peer are passed on to the
 * others, so a partial mesh still converges). Updates that Yjs refuses are dropped and counted.
 */
export class Replicator {
  readonly awareness: Awareness
  private readonly docs = new Map<string, Y.Doc>()
  private readonly peers = new Map<string, PeerState>()
  private readonly listeners = new Listeners()
  /** Local changes made while no peer was connected (what no other member has yet). */
  private unshared = 0
  private readonly offs: (() => void)[] = []

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
      if (origin !== 'local') return
      const changed = [...added!, ...updated!, ...removed!]
      this.broadcast({
        kind: FRAME.awareness,
        doc: '',
        payload: encodeAwarenessUpdate(this.awareness, changed),
      })
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
      if (!from && this.peers.size === 0) {
        this.unshared++
        this.listeners.emit()
      }
      this.broadcast({ kind: FRAME.update, doc: id, payload: update }, from)
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
    if (existing) existing.session.close()
    this.peers.set(session.remoteId, {
      session,
      member: null,
      connectedAt: Date.now(),
      lastSyncAt: 0,
    })
    session.onClose(() => this.detach(session))
    const hello = { v: PROTOCOL_VERSION, member: this.self }
    void session.send({
      kind: FRAME.hello,
      doc: '',
      payload: new TextEncoder().encode(JSON.stringify(hello)),
    })
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
    const gone = [...this.awareness.getStates().entries()]
      .filter(([, s]) => (s as { member?: MemberInfo }).member?.id === p.member?.id && p.member)
      .map(([client]) => client)
      .filter((c) => c !== this.awareness.clientID)
    if (gone.length > 0) removeAwarenessStates(this.awareness, gone, 'remote')
    this.listeners.emit()
  }

  /** Handles one decrypted frame from a peer. */
  receive(frame: Frame, from: PeerSession): void {
    const peer = this.peers.get(from.remoteId)
    if (!peer || peer.session !== from) return
    if (frame.kind === FRAME.hello) return this.onHello(peer, frame.payload)
    if (frame.kind === FRAME.awareness) {
      try {
        applyAwarenessUpdate(this.awareness, frame.payload, from)
      } catch {
        from.drop('malformed')
      }
      return
    }
    const doc = this.docs.get(frame.doc)
    if (!doc) return from.drop('unknownDoc')
    if (frame.kind === FRAME.syncRequest) {
      let answer: Uint8Array
      try {
        answer = Y.encodeStateAsUpdate(doc, frame.payload)
      } catch {
        return from.drop('malformed')
      }
      void from.send({ kind: FRAME.update, doc: frame.doc, payload: answer }).then(() => {
        if (this.unshared > 0) {
          this.unshared = 0
          this.listeners.emit()
        }
      })
      return
    }
    try {
      Y.applyUpdate(doc, frame.payload, from)
      peer.lastSyncAt = Date.now()
      this.listeners.emit()
    } catch {
      from.drop('invalidUpdate')
    }
  }

  /** Resolves once everything queued for every peer was handed to its link. */
  async flush(): Promise<void> {
    await Promise.all([...this.peers.values()].map((p) => p.session.idle()))
  }

  destroy(): void {
    for (const off of this.offs) off()
    for (const p of this.peers.values()) p.session.close()
    this.peers.clear()
    this.awareness.destroy()
  }

  private onHello(peer: PeerState, payload: Uint8Array): void {
    try {
      const hello = JSON.parse(new TextDecoder().decode(payload)) as { member?: unknown }
      peer.member = readMemberInfo(hello.member)
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
