import * as Y from 'yjs'
import type { AesKey } from '@shared/crypto/key-type'
import { danglingReferences } from '@shared/domain/circle/references'
import { CircleSession } from '@shared/domain/circle/session'
import { registerSelf, removeMembers } from '@shared/domain/members/commands'
import { deriveCircleKeys } from '@shared/sync/circle-keys'
import type { Frame } from '@shared/sync/frames'
import { MEMBER_COLOURS } from '@shared/sync/member'
import type { PublicKeyXY } from '@shared/sync/member-keys'
import { PeerSession } from '@shared/sync/peer-session'
import { Replicator } from '@shared/sync/replicator'
import { linkPair } from '../../../support/fake-net'
import { chartingStep } from './charting-steps'
import { resetIds } from './ids'
import { meetingDangling, meetingStep } from './meeting-steps'
import { domainView, rawMaps } from './final-views'
import { netStep } from './net-steps'
import { EPOCH, peopleStep } from './people-steps'
import { Rng } from './prng'
import { debugFrame, debugUpdate, DEBUG, key, memberInvariants, memberKey, svText } from './debug'
import {
  FuzzFailure,
  STEP_WEIGHTS,
  type Channel,
  type FuzzOptions,
  type FuzzPeer,
  type FuzzStats,
  type Pair,
  type StepKind,
} from './types'

export {
  FuzzFailure,
  STEP_WEIGHTS,
  type FuzzOptions,
  type FuzzPeer,
  type FuzzStats,
  type Pair,
  type StepKind,
}

/**
 * A seeded, deterministic network of Rhizome peers wired through the real sync stack:
 * Y.Doc → CircleSession → Replicator → PeerSession (sealed, chunked) → FakeLink (manual
 * delivery). Nothing moves unless the fuzz delivers it, and after every delivery the harness
 * waits until every PeerSession's send and receive chains are idle, so that a seed always
 * produces the same queues, the same deliveries and the same documents.
 */

/** Fixed circle secret: every honest peer derives the same wire key from it. */
export const FUZZ_SECRET = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255)

let keyPromise: Promise<AesKey> | null = null
export function fuzzWireKey(): Promise<AesKey> {
  keyPromise ??= deriveCircleKeys(FUZZ_SECRET).then((k) => k.wireKey)
  return keyPromise
}

/** A fixed clock for records, so that createdAt does not depend on when the seed runs. */
const HISTORY = 24

type Internals = { receiving?: unknown; sending?: unknown }

/** PeerSession's private send/receive chains: the only way to know its async work is done. */
function chainsOf(s: PeerSession): Promise<unknown>[] {
  const i = s as unknown as Internals
  if (!(i.receiving instanceof Promise) || !(i.sending instanceof Promise))
    throw new Error('PeerSession no longer has `receiving`/`sending` chains: update settle()')
  return [i.receiving, i.sending]
}

export class FuzzNet {
  readonly rng: Rng
  readonly peers: FuzzPeer[] = []
  readonly pairs = new Map<string, Pair>()
  readonly trace: string[] = []
  /** Every session ever made (drop counters are checked on all of them). */
  private readonly allSessions: PeerSession[] = []
  /** Sessions that may still have async work. */
  private live: PeerSession[] = []
  private step: number | 'heal' | 'final' = 0
  readonly stats: FuzzStats

  private constructor(
    readonly seed: number,
    private readonly wireKey: AesKey,
    private readonly opts: FuzzOptions,
  ) {
    this.rng = new Rng(seed)
    this.stats = {
      seed,
      peers: 0,
      steps: 0,
      deliveries: 0,
      healDeliveries: 0,
      kinds: {},
      orphansSwept: 0,
      danglingSwept: 0,
      multiChunk: 0,
      heal: null,
      trace: this.trace,
      final: '',
    }
  }

  static async create(opts: FuzzOptions): Promise<FuzzNet> {
    resetIds(opts.seed)
    const net = new FuzzNet(opts.seed, await fuzzWireKey(), opts)
    const n = opts.peers ?? net.rng.int(3, 5)
    net.stats.peers = n
    for (let i = 0; i < n; i++) net.peers.push(net.makePeer(i, await memberKey(i)))
    // Most members registered themselves before the walk starts; the others do it later.
    for (const p of net.peers) if (net.rng.chance(0.7)) net.register(p, 0)
    // A random initial topology: some pairs start connected, the rest later (or at heal).
    if (opts.links) for (const [a, b] of opts.links) net.connect(a, b)
    else
      for (let a = 0; a < n; a++)
        for (let b = a + 1; b < n; b++) if (net.rng.chance(0.6)) net.connect(a, b)
    net.log(`start: ${n} peers, links ${[...net.openPairs()].map((p) => key(p.a, p.b)).join(' ')}`)
    await net.settle()
    net.check()
    return net
  }

  // ---- topology ------------------------------------------------------------------------------

  private makePeer(i: number, publicKey: PublicKeyXY): FuzzPeer {
    const doc = new Y.Doc()
    doc.clientID = 1000 + i
    const memberId = `member-${i}-0000`
    const replicator = new Replicator(doc, { id: memberId, name: `Peer ${i}`, colour: '#1d4ed8' })
    const history: Uint8Array[] = []
    doc.on('update', (u: Uint8Array, origin: unknown) => {
      if (DEBUG) debugUpdate(i, doc, u, origin)
      history.push(u)
      if (history.length > HISTORY) history.shift()
    })
    const session = new CircleSession('fuzz', doc, { autoMaintain: false })
    return { index: i, name: `peer-${i}`, memberId, publicKey, doc, session, replicator, history }
  }

  /** The member registers (or renames or recolours) itself in the circle's member list. */
  private register(p: FuzzPeer, s: number): string {
    const name = this.rng.chance(0.5) ? `Peer ${p.index}` : `Peer ${p.index} v${s}`
    const colour = this.rng.pick(MEMBER_COLOURS)
    registerSelf(p.session, { id: p.memberId, name, colour, publicKey: p.publicKey }, EPOCH + s)
    return `p${p.index} registers as ${name} ${colour}`
  }

  /** A new link pair between a and b, wrapped in PeerSessions and attached on both ends. */
  connect(a: number, b: number, bAttachesFirst = false): Pair {
    const [la, lb] = linkPair()
    la.auto = false
    lb.auto = false
    // A cut cable tells its listeners at once; a data channel (and FakeConnector's links) a
    // moment later, after what was in flight.
    const asyncClose = this.opts.asyncClose ?? this.rng.chance(0.5)
    la.deliverOnClose = lb.deliverOnClose = asyncClose
    const pa = this.peers[a]!
    const pb = this.peers[b]!
    const onFrame = (to: FuzzPeer) => (f: Frame, from: PeerSession) => {
      to.replicator.receive(f, from)
      if (DEBUG) debugFrame(to, f, from)
    }
    const sa = new PeerSession(pb.name, la, this.wireKey, onFrame(pa))
    const sb = new PeerSession(pa.name, lb, this.wireKey, onFrame(pb))
    this.allSessions.push(sa, sb)
    this.live.push(sa, sb)
    const old = this.pairs.get(key(a, b))
    const pair: Pair = {
      a,
      b,
      links: [la, lb],
      sessions: [sa, sb],
      delivered: [[], []],
      generation: (old?.generation ?? 0) + 1,
    }
    this.pairs.set(key(a, b), pair)
    // When the old link is still open, attach replaces it (Replicator closes the old session).
    if (bAttachesFirst) {
      pb.replicator.attach(sb)
      pa.replicator.attach(sa)
    } else {
      pa.replicator.attach(sa)
      pb.replicator.attach(sb)
    }
    return pair
  }

  *openPairs(): Generator<Pair> {
    for (const p of this.pairs.values()) if (p.links[0].open) yield p
  }

  channels(): Channel[] {
    const out: Channel[] = []
    for (const pair of this.openPairs())
      for (const side of [0, 1] as const)
        if (pair.links[side].inbox.length > 0) out.push({ pair, side })
    return out
  }

  // ---- delivery ------------------------------------------------------------------------------

  /** Waits until no PeerSession has encryption, decryption or delivery work left. */
  async settle(): Promise<void> {
    for (let round = 0; ; round++) {
      if (round > 10_000) throw this.fail('sessions never settle')
      const before = this.live.flatMap(chainsOf)
      await Promise.allSettled(before)
      const after = this.live.flatMap(chainsOf)
      if (after.length === before.length && after.every((p, i) => p === before[i])) break
    }
    // Closed sessions get no new work once settled.
    this.live = this.live.filter((s) => s.open)
  }

  async deliver(ch: Channel): Promise<void> {
    const link = ch.pair.links[ch.side]
    const data = link.inbox[0]
    if (!data) return
    if (new DataView(data.buffer, data.byteOffset).getUint32(8) > 1) this.stats.multiChunk++
    const history = ch.pair.delivered[ch.side]
    history.push(data)
    if (history.length > HISTORY) history.shift()
    if (DEBUG)
      console.warn(
        `    [debug] deliver ${this.describe(ch)}, link generation ${ch.pair.generation}`,
      )
    link.deliverOne()
    this.stats.deliveries++
    await this.settle()
  }

  // ---- scripting (hand-written scenarios) ------------------------------------------------------

  /** Includes a session made outside the net (e.g. a hostile peer's) when settling. */
  watch(...sessions: PeerSession[]): void {
    this.live.push(...sessions)
  }

  /** Closes the link between a and b (both ends); the harness never delivers what was in flight. */
  close(a: number, b: number): void {
    this.pairs.get(key(Math.min(a, b), Math.max(a, b)))?.links[0].close()
  }

  /** Delivers up to `count` of the messages queued from peer `from` to peer `to`. */
  async deliverOn(from: number, to: number, count = Infinity): Promise<number> {
    const pair = this.pairs.get(key(Math.min(from, to), Math.max(from, to)))
    if (!pair) return 0
    const ch: Channel = { pair, side: to === pair.a ? 0 : 1 }
    let n = 0
    while (n < count && pair.links[0].open && pair.links[ch.side].inbox.length > 0) {
      await this.deliver(ch)
      n++
    }
    return n
  }

  /** Delivers everything on every open link, in random order, until nothing is in flight. */
  async drainAll(): Promise<void> {
    await this.settle()
    await this.drain()
  }

  // ---- the random walk -------------------------------------------------------------------------

  async run(steps: number): Promise<void> {
    const weights = { ...STEP_WEIGHTS, ...this.opts.weights }
    for (let s = 0; s < steps; s++) {
      this.step = s
      const kind = this.rng.weighted(weights)
      this.stats.kinds[kind] = (this.stats.kinds[kind] ?? 0) + 1
      await this.doStep(kind, s)
      await this.settle()
      this.check()
      this.stats.steps++
    }
  }

  private async doStep(kind: StepKind, s: number): Promise<void> {
    const rng = this.rng
    const peer = rng.pick(this.peers)
    switch (kind) {
      case 'add':
      case 'update':
      case 'remove':
      case 'rename':
      case 'conflict':
      case 'bigNotes':
        return this.log(peopleStep(kind, rng, peer, this.peers, s))
      case 'register':
        return this.log(this.register(peer, s))
      case 'removeMember': {
        // Writes a keyring rotation (a new secret sealed to the others); moving the sync to
        // the new secret is the app's job, not the replicator's: the fuzz keeps the wire key.
        const others = peer.session.members.getSnapshot().filter((m) => m.id !== peer.memberId)
        if (others.length === 0) return this.log(`p${peer.index} removeMember: nobody registered`)
        const m = rng.pick(others)
        await removeMembers(peer.session, peer.memberId, [m.id], EPOCH + s)
        return this.log(`p${peer.index} removes member ${m.id}`)
      }
      case 'assess':
      case 'relate':
      case 'participate':
      case 'unitOp':
      case 'erase':
      case 'deleteWhileCharting':
      case 'converse':
      case 'reviseConversation':
        return this.log(chartingStep(kind, rng, this.peers, s))
      case 'meet':
      case 'attend':
      case 'act':
      case 'propose':
      case 'vote':
      case 'unmeet':
        return this.log(meetingStep(kind, rng, this.peers, s))
      case 'deliverOne':
      case 'deliverLink':
      case 'reorder':
      case 'partition':
      case 'isolate':
      case 'reconnect':
      case 'duplicateChunk':
      case 'replayUpdate':
      case 'resync':
        return netStep(kind, this, rng, peer)
    }
  }

  // ---- checks --------------------------------------------------------------------------------

  private check(): void {
    for (const p of this.peers) {
      const problems = [...p.session.invariants(), ...memberInvariants(p)]
      if (problems.length > 0) throw this.fail(`p${p.index} invariants: ${problems.join('; ')}`)
    }
    const drops = this.drops()
    if (drops) throw this.fail(`an honest peer dropped input: ${drops}`)
  }

  private drops(): string {
    const out: string[] = []
    for (const s of this.allSessions)
      for (const [reason, n] of Object.entries(s.dropped))
        if (n > 0) out.push(`${s.remoteId}'s session: ${reason}×${n}`)
    return out.join(', ')
  }

  /**
   * Reconnects every pair (or, for half the seeds, only a random spanning tree: then updates
   * reach some peers only through the Replicator's relaying), delivers until quiescent, sweeps
   * orphans, delivers again.
   */
  async heal(): Promise<void> {
    this.step = 'heal'
    const tree = this.opts.heal === 'tree' || (this.opts.heal === undefined && this.rng.chance(0.5))
    const edges = tree ? this.spanningTree() : this.allPairKeys()
    this.stats.heal = tree ? 'tree' : 'full'
    this.log(
      `heal: reconnect ${tree ? `a spanning tree ${edges.map(([a, b]) => key(a, b))}` : 'every pair'}`,
    )
    for (const [a, b] of edges) if (!this.pairs.get(key(a, b))?.links[0].open) this.connect(a, b)
    await this.settle()
    await this.drain()
    for (const p of this.peers) {
      // As a peer does on open and after a peer's change: remove field edits of deleted
      // records and records that refer to a person who is gone.
      this.stats.orphansSwept += p.session.people.orphanIds().length
      for (const ids of danglingReferences(p.session).values())
        this.stats.danglingSwept += ids.length
      p.session.maintain()
    }
    this.log(
      `heal: swept ${this.stats.orphansSwept} orphan field edits, ${this.stats.danglingSwept} records referring to nobody`,
    )
    await this.settle()
    await this.drain()
    // Attendance and agenda items of a removed meeting are swept, action items and decisions
    // unlinked, on every peer (seeds 151, 222 and 533 found them left behind).
    const toRemovedMeetings = this.peers.map((p) => meetingDangling(p.session))
    if (toRemovedMeetings.some((d) => d !== ''))
      throw this.fail(`records refer to a removed meeting: ${toRemovedMeetings.join(' / ')}`)
    this.check()
  }

  private async drain(): Promise<void> {
    const start = this.stats.deliveries
    for (;;) {
      const chs = this.channels()
      if (chs.length === 0) break
      if (this.stats.deliveries - start > 50_000)
        throw this.fail('no quiescence after 50,000 deliveries')
      await this.deliver(this.rng.pick(chs))
    }
    this.stats.healDeliveries += this.stats.deliveries - start
  }

  /** Everything that must hold once every peer has heard everything. */
  finalCheck(): void {
    this.step = 'final'
    const problems: string[] = []
    const sv = (p: FuzzPeer) => [...Y.encodeStateVector(p.doc)].join(',')
    const [first] = this.peers
    for (const p of this.peers) {
      if (domainView(p) !== domainView(first!))
        problems.push(
          `p${p.index} people/meta/members/rotations differ from p0: ${firstDifference(domainView(p), domainView(first!))}`,
        )
      if (rawMaps(p) !== rawMaps(first!)) problems.push(`p${p.index} raw maps differ from p0`)
      if (sv(p) !== sv(first!))
        problems.push(
          `p${p.index} state vector ${svText(p.doc)} differs from p0's ${svText(first!.doc)}`,
        )
      if (p.doc.store.pendingStructs || p.doc.store.pendingDs)
        problems.push(`p${p.index} holds pending updates it cannot integrate`)
      const inv = [...p.session.settledInvariants(), ...memberInvariants(p)]
      if (inv.length > 0) problems.push(`p${p.index} invariants: ${inv.join('; ')}`)
      if (p.session.people.orphanIds().length > 0) problems.push(`p${p.index} still has orphans`)
      if (p.session.people.malformedRecords().length > 0)
        problems.push(`p${p.index} has malformed people`)
      if (p.session.members.malformedRecords().length > 0 || p.session.members.orphanIds().length)
        problems.push(`p${p.index} has malformed or orphaned members`)
      const members = p.replicator
        .peerStates()
        .map((s) => s.member?.id ?? '?')
        .sort()
      const expected = [...this.openPairs()]
        .filter((x) => x.a === p.index || x.b === p.index)
        .map((x) => this.peers[x.a === p.index ? x.b : x.a]!.memberId)
        .sort()
      if (members.join() !== expected.join())
        problems.push(`p${p.index} knows peers [${members.join()}], expected [${expected.join()}]`)
      if (this.opts.checkPresence) {
        const present = [...p.replicator.awareness.getStates().values()]
          .map((s) => (s as { member?: { id?: string } }).member?.id ?? '?')
          .sort()
        // Presence is not relayed: a peer shows itself and its direct peers.
        const all = [p.memberId, ...expected].sort()
        if (present.join() !== all.join())
          problems.push(
            `p${p.index} shows presence of [${present.join()}], expected [${all.join()}]`,
          )
      }
    }
    const drops = this.drops()
    if (drops) problems.push(`drops: ${drops}`)
    if (problems.length > 0) throw this.fail(problems.join('\n    '))
    this.stats.final = domainView(first!)
  }

  destroy(): void {
    for (const p of this.peers) {
      p.replicator.destroy()
      p.session.destroy()
      p.doc.destroy()
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Random spanning tree: each peer after the first links to one of the peers before it. */
  private spanningTree(): [number, number][] {
    const order = [...this.peers.keys()]
    for (let i = order.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i)
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    return order.slice(1).map((x, i) => {
      const y = order[this.rng.int(0, i)]!
      return [Math.min(x, y), Math.max(x, y)]
    })
  }

  allPairKeys(): [number, number][] {
    const out: [number, number][] = []
    for (let a = 0; a < this.peers.length; a++)
      for (let b = a + 1; b < this.peers.length; b++) out.push([a, b])
    return out
  }

  describe(ch: Channel): string {
    const to = ch.side === 0 ? ch.pair.a : ch.pair.b
    const from = ch.side === 0 ? ch.pair.b : ch.pair.a
    return `p${from}→p${to} (${ch.pair.links[ch.side].inbox.length} queued)`
  }

  log(line: string): void {
    if (DEBUG) console.warn(`    [${String(this.step)}] ${line}`)
    this.trace.push(`[${String(this.step)}] ${line}`)
  }

  private fail(problem: string): FuzzFailure {
    return new FuzzFailure(this.seed, this.step, problem, this.trace)
  }
}

/** CircleSession.invariants() covers people only; the same basic checks for members. */
export const DEFAULT_STEPS = 80

/** Runs one seed end to end; throws a FuzzFailure naming the seed and the step. */
/** Where two long strings first differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return `…${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`
}

export async function runSeed(opts: FuzzOptions): Promise<FuzzStats> {
  const net = await FuzzNet.create(opts)
  try {
    await net.run(opts.steps ?? DEFAULT_STEPS)
    await net.heal()
    net.finalCheck()
    return net.stats
  } finally {
    net.destroy()
  }
}
