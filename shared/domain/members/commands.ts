import { randomBytes } from '../../crypto/bytes'
import { ORIGIN, write } from '../../data/origins'
import { newId } from '../../util/id'
import { sealForMember, type PublicKeyXY } from '../../sync/member-keys'
import type { CircleSession } from '../circle/session'
import { keyringMap, readRotations, removedMembers } from './keyring'

export interface Self {
  id: string
  name: string
  colour: string
  publicKey: PublicKeyXY
}

/** Adds this member to the circle's member list, or updates their name and colour. */
export function registerSelf(session: CircleSession, self: Self, now = Date.now()): void {
  if (session.readOnly) return
  const current = session.members.get(self.id)
  write(session.doc, ORIGIN.memberRegister, () => {
    if (!current) {
      session.members.insert({
        id: self.id,
        name: self.name,
        colour: self.colour,
        pkx: self.publicKey.x,
        pky: self.publicKey.y,
        joinedAt: now,
      })
    } else if (current.name !== self.name || current.colour !== self.colour) {
      session.members.update(self.id, { name: self.name, colour: self.colour })
    }
  })
}

/**
 * Removes members: makes a new circle secret and seals it to every member who is neither
 * removed now nor earlier. Returns the new secret (the caller moves its sync to it).
 */
export async function removeMembers(
  session: CircleSession,
  by: string,
  ids: string[],
  now = Date.now(),
): Promise<Uint8Array> {
  const secret = randomBytes(32)
  const gone = new Set([...removedMembers(readRotations(session.doc)), ...ids])
  const seals: Record<string, Awaited<ReturnType<typeof sealForMember>>> = {}
  for (const m of session.members.getSnapshot()) {
    if (gone.has(m.id)) continue
    seals[m.id] = await sealForMember({ x: m.pkx, y: m.pky }, secret)
  }
  write(session.doc, ORIGIN.memberRemove, () =>
    keyringMap(session.doc).set(newId(), { at: now, by, removed: ids, seals }),
  )
  return secret
}
