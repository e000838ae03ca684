import * as Y from 'yjs'
import { FRAME, type Frame } from '@shared/sync/frames'
import { generateMemberKeys, type PublicKeyXY } from '@shared/sync/member-keys'
import { PeerSession } from '@shared/sync/peer-session'
import type { FuzzPeer, Pair } from './types'

/** Checks, keys and debug output used by the fuzz network (see harness.ts). */

export function memberInvariants(p: FuzzPeer): string[] {
  const members = p.session.members
  const ids = members.getSnapshot().map((m) => m.id)
  const problems: string[] = []
  if (new Set(ids).size !== ids.length) problems.push('a member is listed twice')
  if (ids.length !== members.size) problems.push('member snapshot and collection disagree')
  for (const { id } of members.malformedRecords())
    if (ids.includes(id)) problems.push(`malformed member ${id} is visible`)
  return problems
}

export const memberKeys = new Map<number, Promise<PublicKeyXY>>()
/** Real ECDH member keys (removeMembers seals to them), made once per peer index. */
export function memberKey(i: number): Promise<PublicKeyXY> {
  let k = memberKeys.get(i)
  if (!k) memberKeys.set(i, (k = generateMemberKeys().then((x) => x.publicKey)))
  return k
}

/** FUZZ_DEBUG=1: log every step, delivery, received frame and doc update as it happens. */
export const DEBUG = !!process.env.FUZZ_DEBUG

export const structsOf = (update: Uint8Array) =>
  Y.decodeUpdate(update)
    .structs.map((x) => `${x.id.client}:${x.id.clock}+${x.length}`)
    .join(' ')

export function debugFrame(to: FuzzPeer, f: Frame, from: PeerSession): void {
  let what = ''
  if (f.kind === FRAME.update) what = structsOf(f.payload)
  if (f.kind === FRAME.syncRequest)
    what = JSON.stringify(Object.fromEntries(Y.decodeStateVector(f.payload)))
  const pending = to.doc.store.pendingStructs
  const missing = pending ? ` pending, missing ${JSON.stringify([...pending.missing])}` : ''
  console.warn(
    `    [debug] p${to.index} got frame ${f.kind} from ${from.remoteId}: ${what}${missing}`,
  )
}

export function debugUpdate(i: number, doc: Y.Doc, update: Uint8Array, origin: unknown): void {
  const o = origin instanceof PeerSession ? `from ${origin.remoteId}` : String(origin)
  console.warn(`    [debug] p${i} doc update (${o}): ${structsOf(update)} → sv ${svText(doc)}`)
}

export const key = (a: number, b: number) => `${a}-${b}`
export const svText = (doc: Y.Doc) =>
  JSON.stringify(Object.fromEntries([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort()))
export const inFlight = (p: Pair) => p.links[0].inbox.length + p.links[1].inbox.length
