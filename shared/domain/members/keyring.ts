import * as Y from 'yjs'
import type { SealedForMember } from '../../sync/member-keys'

/**
 * One rotation of the circle secret: who was removed, by whom, and the new secret sealed to
 * each remaining member. Stored in the circle doc's `keyring` map under a random key.
 */
export interface Rotation {
  key: string
  at: number
  by: string
  removed: string[]
  seals: Record<string, SealedForMember>
}

export const keyringMap = (doc: Y.Doc) => doc.getMap<unknown>('keyring')

const isSeal = (v: unknown): v is SealedForMember => {
  if (typeof v !== 'object' || v === null) return false
  const s = v as Record<string, unknown>
  return (
    typeof s.ex === 'string' &&
    typeof s.ey === 'string' &&
    typeof s.ct === 'string' &&
    s.ct.length < 200
  )
}

/** Every valid rotation, oldest first (ties broken by key, the same order on every peer). */
export function readRotations(doc: Y.Doc): Rotation[] {
  const out: Rotation[] = []
  keyringMap(doc).forEach((v, key) => {
    if (typeof v !== 'object' || v === null) return
    const r = v as Record<string, unknown>
    if (typeof r.at !== 'number' || typeof r.by !== 'string' || !Array.isArray(r.removed)) return
    if (typeof r.seals !== 'object' || r.seals === null) return
    const seals: Record<string, SealedForMember> = {}
    for (const [m, s] of Object.entries(r.seals as Record<string, unknown>))
      if (isSeal(s)) seals[m] = s
    out.push({
      key,
      at: r.at,
      by: r.by,
      removed: r.removed.filter((x): x is string => typeof x === 'string'),
      seals,
    })
  })
  return out.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** Everyone removed by any rotation (removals are never undone). */
export const removedMembers = (rotations: Rotation[]): Set<string> =>
  new Set(rotations.flatMap((r) => r.removed))
