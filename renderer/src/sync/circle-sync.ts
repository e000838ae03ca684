import { fromBase64 } from '@shared/crypto/bytes'
import { Listeners, type ReadStore } from '@shared/data/store'
import type { CircleSession } from '@shared/domain/circle/session'
import { registerSelf } from '@shared/domain/members/commands'
import { CircleSyncCore } from '@shared/sync/circle-sync-core'
import type { MemberInfo } from '@shared/sync/member'
import type { MemberPrivateKey } from '@shared/sync/member-keys'
import type { PeerState, Replicator } from '@shared/sync/replicator'
import { WebRtcConnector, type IceServer } from './webrtc-connector'
import { WsSignaling, type SignalingState } from './ws-signaling'

export interface SyncConfig {
  secret: string
  signaling: string[]
  member: MemberInfo
  memberKey: MemberPrivateKey
  iceServers: IceServer[]
  /** Called with the new secret when the circle moved to one (a member was removed). */
  onSecretChange: (secret: string) => void
}

export interface PeerView {
  id: string
  member: MemberInfo | null
  connectedAt: number
  lastSyncAt: number
  screen: string | null
}

export interface SyncStatus {
  servers: { url: string; state: SignalingState }[]
  /** Rooms on the local network in use (hosted here, discovered, or typed in). */
  rooms: { url: string; state: SignalingState }[]
  peers: PeerView[]
  /** Local changes no other member has yet. */
  unshared: number
  /** Messages from peers that were refused (failed to decrypt or validate). */
  dropped: number
  /** This member was removed from the circle by another member. */
  removed: boolean
}

/**
 * Live sync of one open circle in the app: WebSocket signaling, WebRTC, and the platform-free
 * core (replicator, mesh, member removal), with a status the sync panel shows as it is.
 */
export class CircleSync implements ReadStore<SyncStatus> {
  readonly replicator: Replicator
  private readonly core: CircleSyncCore
  private readonly servers: WsSignaling[]
  private readonly listeners = new Listeners()
  private snapshot: SyncStatus
  private readonly offs: (() => void)[] = []

  constructor(session: CircleSession, config: SyncConfig) {
    const k = config.memberKey
    registerSelf(session, { ...config.member, publicKey: { x: String(k.x), y: String(k.y) } })
    this.servers = config.signaling.map((url) => new WsSignaling(url))
    this.core = new CircleSyncCore(
      session,
      fromBase64(config.secret),
      { member: config.member, privateKey: config.memberKey },
      { signaling: [...this.servers], connector: new WebRtcConnector(config.iceServers) },
      config.onSecretChange,
    )
    this.replicator = this.core.replicator
    this.snapshot = this.compute()
    const refresh = () => this.refresh()
    this.offs.push(this.replicator.subscribe(refresh))
    this.replicator.awareness.on('change', refresh)
    this.offs.push(() => this.replicator.awareness.off('change', refresh))
    for (const s of this.servers) this.offs.push(s.state.subscribe(refresh))
    this.offs.push(this.core.subscribe(refresh))
    // Leaving the page (closing the window, quitting): close the connections so that the
    // others see this member go at once instead of after a timeout.
    const leave = () => this.core.stop()
    globalThis.addEventListener?.('pagehide', leave)
    this.offs.push(() => globalThis.removeEventListener?.('pagehide', leave))
  }

  /** Removes members from the circle (moves it to a new secret). */
  remove(memberIds: string[]): Promise<void> {
    return this.core.remove(memberIds)
  }

  private readonly rooms = new Map<string, WsSignaling>()

  /** Uses exactly these room addresses (local-network signaling) in addition to the servers. */
  setRooms(urls: readonly string[]): void {
    for (const [url, s] of this.rooms) {
      if (urls.includes(url)) continue
      this.core.removeSignaling(s)
      s.destroy()
      this.rooms.delete(url)
    }
    for (const url of urls) {
      if (this.rooms.has(url) || this.servers.some((s) => s.url === url)) continue
      const s = new WsSignaling(url)
      this.rooms.set(url, s)
      this.offs.push(s.state.subscribe(() => this.refresh()))
      this.core.addSignaling(s)
    }
    this.refresh()
  }

  /** Keeps this circle's rooms equal to the room addresses known right now. */
  followRooms(rooms: ReadStore<{ urls: string[] }>): void {
    this.setRooms(rooms.getSnapshot().urls)
    this.offs.push(rooms.subscribe(() => this.setRooms(rooms.getSnapshot().urls)))
  }

  /** Tells the others which screen this member is on (presence). */
  setScreen(screen: string): void {
    this.replicator.awareness.setLocalStateField('screen', screen)
  }

  subscribe = (l: () => void) => this.listeners.add(l)
  getSnapshot = () => this.snapshot

  private refresh(): void {
    this.snapshot = this.compute()
    this.listeners.emit()
  }

  private compute(): SyncStatus {
    const screens = new Map<string, string>()
    for (const s of this.replicator.awareness.getStates().values()) {
      const st = s as { member?: MemberInfo; screen?: unknown }
      if (st.member?.id && typeof st.screen === 'string')
        screens.set(st.member.id, st.screen.slice(0, 40))
    }
    // One entry per member: a member who restarted may briefly have two connections.
    const byMember = new Map<string, PeerState>()
    for (const p of this.replicator.peerStates()) {
      const key = p.member?.id ?? p.session.remoteId
      const prev = byMember.get(key)
      if (!prev || prev.connectedAt < p.connectedAt) byMember.set(key, p)
    }
    const peers = [...byMember.values()]
    return {
      servers: this.servers.map((s) => ({ url: s.url, state: s.state.getSnapshot() })),
      rooms: [...this.rooms.values()].map((s) => ({ url: s.url, state: s.state.getSnapshot() })),
      peers: peers.map((p) => ({
        id: p.session.remoteId,
        member: p.member,
        connectedAt: p.connectedAt,
        lastSyncAt: p.lastSyncAt,
        screen: p.member ? (screens.get(p.member.id) ?? null) : null,
      })),
      unshared: this.replicator.unsharedChanges,
      dropped: peers.reduce(
        (n, p) => n + Object.values(p.session.dropped).reduce((a, b) => a + b, 0),
        0,
      ),
      removed: this.core.removed,
    }
  }

  destroy(): void {
    for (const off of this.offs) off()
    this.core.stop()
    for (const s of this.servers) s.destroy()
    for (const s of this.rooms.values()) s.destroy()
  }
}
