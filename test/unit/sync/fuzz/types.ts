import type * as Y from 'yjs'
import type { CircleSession } from '@shared/domain/circle/session'
import type { PublicKeyXY } from '@shared/sync/member-keys'
import type { PeerSession } from '@shared/sync/peer-session'
import type { Replicator } from '@shared/sync/replicator'
import type { FakeLink } from '../../../support/fake-net'
import { CHARTING_WEIGHTS } from './charting-steps'
import { MEETING_WEIGHTS } from './meeting-steps'

/** The fuzz network's peers, links, steps, options and results (see harness.ts). */

export interface FuzzPeer {
  index: number
  /** Used as the PeerSession remote id on the other end. */
  name: string
  memberId: string
  publicKey: PublicKeyXY
  doc: Y.Doc
  session: CircleSession
  replicator: Replicator
  /** Recent updates this peer's doc emitted (any origin), for replaying them later. */
  history: Uint8Array[]
}

export interface Pair {
  /** Peer indexes, a < b. links[0]/sessions[0] belong to peer a, links[1]/sessions[1] to b. */
  a: number
  b: number
  links: [FakeLink, FakeLink]
  sessions: [PeerSession, PeerSession]
  /** Chunks already delivered on links[k] (to re-deliver them as duplicates). */
  delivered: [Uint8Array[], Uint8Array[]]
  generation: number
}

/** One direction of a pair: messages waiting in pair.links[side].inbox for its owner. */
export interface Channel {
  pair: Pair
  side: 0 | 1
}

export const STEP_WEIGHTS = {
  add: 10,
  update: 18,
  remove: 5,
  rename: 3,
  register: 3,
  removeMember: 1,
  conflict: 7,
  bigNotes: 2,
  deliverOne: 26,
  deliverLink: 7,
  reorder: 5,
  partition: 4,
  isolate: 1,
  reconnect: 6,
  duplicateChunk: 4,
  replayUpdate: 3,
  resync: 1,
  ...CHARTING_WEIGHTS,
  ...MEETING_WEIGHTS,
} as const
export type StepKind = keyof typeof STEP_WEIGHTS

export interface FuzzOptions {
  seed: number
  /** Random steps before healing. */
  steps?: number
  /** Peer count; by default 3-5, drawn from the seed. */
  peers?: number
  /**
   * Also require, after healing, that every peer shows the presence of exactly itself and its
   * direct peers. Off by default because of known Replicator bugs (regressions/).
   */
  checkPresence?: boolean
  /** Whether links report closing a microtask later (default: per link, drawn from the seed). */
  asyncClose?: boolean
  /** Initial links (default: each pair with probability 0.6, drawn from the seed). */
  links?: readonly (readonly [number, number])[]
  /** How to heal: reconnect every pair, or a spanning tree only (default: drawn from the seed). */
  heal?: 'full' | 'tree'
  /** Override the mix of steps (e.g. to force partitions in a regression test). */
  weights?: Partial<Record<StepKind, number>>
}

export interface FuzzStats {
  seed: number
  peers: number
  steps: number
  deliveries: number
  healDeliveries: number
  kinds: Partial<Record<StepKind, number>>
  /** Field edits left behind by a concurrent delete+edit, swept at the end. */
  orphansSwept: number
  /** Assessments, relationships… left referring to a person deleted on another peer. */
  danglingSwept: number
  /** Messages that needed more than one chunk. */
  multiChunk: number
  heal: 'full' | 'tree' | null
  trace: string[]
  /** People, meta, members and rotations of peer 0 after healing (the same on every peer). */
  final: string
}

export class FuzzFailure extends Error {
  constructor(
    readonly seed: number,
    readonly step: number | 'heal' | 'final',
    problem: string,
    trace: readonly string[],
  ) {
    super(
      `sync fuzz seed ${seed} failed at ${typeof step === 'number' ? `step ${step}` : step}: ` +
        `${problem}\n  replay: FUZZ_SEED=${seed} npx vitest run test/unit/sync/fuzz\n` +
        `  ${process.env.FUZZ_TRACE ? 'steps' : 'last steps (FUZZ_TRACE=1 for all)'}:\n    ` +
        trace.slice(process.env.FUZZ_TRACE ? 0 : -25).join('\n    '),
    )
    this.name = 'FuzzFailure'
  }
}
