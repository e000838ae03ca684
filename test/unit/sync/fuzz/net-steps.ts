import * as Y from 'yjs'
import { FRAME } from '@shared/sync/frames'
import { inFlight, key } from './debug'
import type { Rng } from './prng'
import type { Channel, FuzzPeer, Pair } from './types'

export type NetStep =
  | 'deliverOne'
  | 'deliverLink'
  | 'reorder'
  | 'partition'
  | 'isolate'
  | 'reconnect'
  | 'duplicateChunk'
  | 'replayUpdate'
  | 'resync'

/** What the network steps need of the harness (FuzzNet). */
export interface Net {
  readonly pairs: ReadonlyMap<string, Pair>
  openPairs(): Iterable<Pair>
  channels(): Channel[]
  deliver(ch: Channel): Promise<void>
  describe(ch: Channel): string
  allPairKeys(): [number, number][]
  connect(a: number, b: number, bAttachesFirst?: boolean): Pair
  log(line: string): void
}

/**
 * Network steps of the sync fuzz: delivering one message or a whole link, reordering across
 * links, partitions and isolation, reconnecting or replacing a link, duplicated chunks, replayed
 * updates and a peer asking for everything again. `peer` is already picked.
 */
export async function netStep(kind: NetStep, net: Net, rng: Rng, peer: FuzzPeer): Promise<void> {
  switch (kind) {
    case 'deliverOne': {
      const chs = net.channels()
      if (chs.length === 0) return net.log('deliverOne: nothing queued')
      const ch = rng.pick(chs)
      net.log(`deliver 1 on ${net.describe(ch)}`)
      return net.deliver(ch)
    }
    case 'deliverLink': {
      const chs = net.channels()
      if (chs.length === 0) return net.log('deliverLink: nothing queued')
      const ch = rng.pick(chs)
      net.log(`deliver all on ${net.describe(ch)}`)
      for (let i = 0; i < 64 && ch.pair.links[ch.side].inbox.length > 0; i++) await net.deliver(ch)
      return
    }
    case 'reorder': {
      // Messages on different links overtake each other: one at a time, links in random order.
      const n = rng.int(2, 6)
      const done: string[] = []
      for (let i = 0; i < n; i++) {
        const chs = net.channels()
        if (chs.length === 0) break
        const ch = rng.pick(chs)
        done.push(net.describe(ch))
        await net.deliver(ch)
      }
      return net.log(`reorder: ${done.join(', ') || 'nothing queued'}`)
    }
    case 'partition': {
      const open = [...net.openPairs()]
      if (open.length === 0) return net.log('partition: no open link')
      const p = rng.pick(open)
      net.log(`partition ${key(p.a, p.b)} (dropping ${inFlight(p)} in flight)`)
      return p.links[rng.pick([0, 1] as const)].close()
    }
    case 'isolate': {
      const mine = [...net.openPairs()].filter((p) => p.a === peer.index || p.b === peer.index)
      net.log(`isolate p${peer.index} (${mine.length} links)`)
      for (const p of mine) p.links[0].close()
      return
    }
    case 'reconnect': {
      const all = net.allPairKeys()
      const closed = all.filter(([a, b]) => !net.pairs.get(key(a, b))?.links[0].open)
      const replace = closed.length === 0 || rng.chance(0.15)
      const [a, b] = rng.pick(replace ? all : closed)
      net.log(`${replace ? 'replace' : 'reconnect'} ${key(a, b)}`)
      // Either end may be the one that attaches first.
      net.connect(a, b, rng.chance(0.5))
      return
    }
    case 'duplicateChunk': {
      const chs = [...net.openPairs()].flatMap((pair) =>
        ([0, 1] as const)
          .filter((side) => pair.delivered[side].length > 0)
          .map((side) => ({ pair, side })),
      )
      if (chs.length === 0) return net.log('duplicateChunk: nothing delivered yet')
      const ch = rng.pick(chs)
      const old = rng.pick(ch.pair.delivered[ch.side])
      net.log(`duplicate an old chunk (${old.length} B) on ${net.describe(ch)}`)
      ch.pair.links[ch.side].inbox.unshift(old.slice())
      return net.deliver(ch)
    }
    case 'replayUpdate': {
      const open = [...net.openPairs()].filter((p) => p.a === peer.index || p.b === peer.index)
      if (open.length === 0 || peer.history.length === 0)
        return net.log(`p${peer.index} replayUpdate: no link or no history`)
      const p = rng.pick(open)
      const old = rng.pick(peer.history)
      net.log(`p${peer.index} re-sends an old update (${old.length} B) on ${key(p.a, p.b)}`)
      void p.sessions[p.a === peer.index ? 0 : 1].send({
        kind: FRAME.update,
        doc: '',
        payload: old,
      })
      return
    }
    case 'resync': {
      const open = [...net.openPairs()].filter((p) => p.a === peer.index || p.b === peer.index)
      if (open.length === 0) return net.log(`p${peer.index} resync: no link`)
      const p = rng.pick(open)
      net.log(`p${peer.index} asks for everything again on ${key(p.a, p.b)}`)
      const empty = Y.encodeStateVector(new Y.Doc())
      void p.sessions[p.a === peer.index ? 0 : 1].send({
        kind: FRAME.syncRequest,
        doc: '',
        payload: empty,
      })
      return
    }
  }
}
