import type * as Y from 'yjs'
import { toBase64 } from '../crypto/bytes'
import { Listeners } from '../data/store'
import type { CircleSession } from '../domain/circle/session'
import { removeMembers } from '../domain/members/commands'
import { keyringMap, readRotations, removedMembers } from '../domain/members/keyring'
import { deriveCircleKeys } from './circle-keys'
import type { MemberInfo } from './member'
import { openAsMember, type MemberPrivateKey } from './member-keys'
import { CircleMesh } from './mesh'
import { Replicator } from './replicator'
import type { Connector, SignalingChannel } from './signaling'

export interface SyncIdentity {
  member: MemberInfo
  privateKey: MemberPrivateKey
}

/**
 * Sync of one circle, independent of the platform: a replicator for its documents and a
 * mesh on the topic of the current secret. When a member is removed the circle moves to a
 * new secret: the remover switches at once, every remaining member switches as soon as the
 * rotation reaches them (it is sealed to their key), the removed member cannot follow.
 */
export class CircleSyncCore {
  readonly replicator: Replicator
  private mesh: CircleMesh | null = null
  private readonly listeners = new Listeners()
  private secret: Uint8Array
  private stopped = false
  private following = Promise.resolve()
  /** True once this member was removed from the circle by another member. */
  removed = false

  constructor(
    private readonly session: CircleSession,
    secret: Uint8Array,
    private readonly identity: SyncIdentity,
    private readonly transport: { signaling: SignalingChannel[]; connector: Connector },
    private readonly onSecretChange: (secretBase64: string) => void = () => undefined,
  ) {
    this.secret = secret
    this.replicator = new Replicator(session.doc, identity.member)
    keyringMap(session.doc).observe(this.onKeyring)
    this.following = this.follow().then(() => this.connect())
  }

  subscribe = (l: () => void) => this.listeners.add(l)

  get connectedPeers(): number {
    return this.mesh?.connectedPeers ?? 0
  }

  /** Removes members: rotates the secret and moves this member's sync to it. */
  async remove(memberIds: string[]): Promise<void> {
    const secret = await removeMembers(this.session, this.identity.member.id, memberIds)
    await this.switchTo(secret)
  }

  /** Adds a signaling channel (a room on the local network) to this and later meshes. */
  addSignaling(channel: SignalingChannel): void {
    if (this.transport.signaling.includes(channel)) return
    this.transport.signaling.push(channel)
    this.mesh?.addSignaling(channel)
  }

  removeSignaling(channel: SignalingChannel): void {
    const i = this.transport.signaling.indexOf(channel)
    if (i >= 0) this.transport.signaling.splice(i, 1)
    this.mesh?.removeSignaling(channel)
  }

  stop(): void {
    if (this.stopped) return
    this.stopped = true
    keyringMap(this.session.doc).unobserve(this.onKeyring)
    this.mesh?.stop()
    this.replicator.destroy()
  }

  private readonly onKeyring = (_e: Y.YMapEvent<unknown>) => {
    this.following = this.following.then(() => this.follow())
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.removed) return
    // Let the rotation (and anything else queued) reach the peers before leaving the room.
    await this.replicator.flush()
    this.mesh?.stop()
    const keys = await deriveCircleKeys(this.secret)
    if (this.stopped) return
    this.mesh = new CircleMesh(
      keys,
      this.transport.signaling,
      this.transport.connector,
      this.replicator,
    )
    this.mesh.start()
    this.listeners.emit()
  }

  private async switchTo(secret: Uint8Array): Promise<void> {
    if (toBase64(secret) === toBase64(this.secret)) return
    this.secret = secret
    this.onSecretChange(toBase64(secret))
    await this.connect()
  }

  private async follow(): Promise<void> {
    const rotations = readRotations(this.session.doc)
    if (rotations.length === 0) return
    const gone = removedMembers(rotations)
    if (gone.has(this.identity.member.id)) {
      this.removed = true
      this.mesh?.stop()
      this.mesh = null
      this.listeners.emit()
      return
    }
    const latest = rotations[rotations.length - 1]!
    const seal = latest.seals[this.identity.member.id]
    if (seal) {
      const secret = await openAsMember(this.identity.privateKey, seal)
      if (secret) await this.switchTo(secret)
    }
    // Two removals made at the same time can each seal their secret to the other's removed
    // member: then rotate once more, to everyone not removed by either.
    if (Object.keys(latest.seals).some((id) => gone.has(id)) && !this.stopped) await this.remove([])
  }
}
