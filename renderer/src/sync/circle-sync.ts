import { fromBase64 } from '@shared/crypto/bytes'
import { Listeners, type ReadStore } from '@shared/data/store'
import type { CircleSession } from '@shared/domain/circle/session'
import { deriveCircleKeys } from '@shared/sync/circle-keys'
import type { MemberInfo } from '@shared/sync/member'
import { CircleMesh } from '@shared/sync/mesh'
import { Replicator } from '@shared/sync/replicator'
import { WebRtcConnector, type IceServer } from './webrtc-connector'
import { WsSignaling, type SignalingState } from './ws-signaling'

export interface SyncConfig {
  secret: string
  signaling: string[]
  member: MemberInfo
  iceServers: IceServer[]
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
  peers: PeerView[]
  /** Local changes no other member has yet. */
  unshared: number
  /** Messages from peers that were refused (failed to decrypt or validate). */
  dropped: number
}

/**
 * Live sync of one open circle: signaling clients, the WebRTC mesh and the replicator, and a
 * status the sync panel shows as it is.
 */
export class CircleSync implements ReadStore<SyncStatus> {
  readonly replicator: Replicator
  private mesh: CircleMesh | null = null
  private readonly servers: WsSignaling[]
  private readonly listeners = new Listeners()
  private snapshot: SyncStatus
  private stopped = false
  private readonly offs: (() => void)[] = []

  constructor(
    session: CircleSession,
    private readonly config: SyncConfig,
  ) {
    this.replicator = new Replicator(session.doc, config.member)
    this.servers = config.signaling.map((url) => new WsSignaling(url))
    this.snapshot = this.compute()
    const refresh = () => this.refresh()
    this.offs.push(this.replicator.subscribe(refresh))
    this.replicator.awareness.on('change', refresh)
    this.offs.push(() => this.replicator.awareness.off('change', refresh))
    for (const s of this.servers) this.offs.push(s.state.subscribe(refresh))
    void this.start()
  }

  private async start(): Promise<void> {
    const keys = await deriveCircleKeys(fromBase64(this.config.secret))
    if (this.stopped) return
    this.mesh = new CircleMesh(
      keys,
      this.servers,
      new WebRtcConnector(this.config.iceServers),
      this.replicator,
    )
    this.mesh.start()
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
    const peers = this.replicator.peerStates()
    return {
      servers: this.servers.map((s) => ({ url: s.url, state: s.state.getSnapshot() })),
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
    }
  }

  destroy(): void {
    this.stopped = true
    for (const off of this.offs) off()
    this.mesh?.stop()
    for (const s of this.servers) s.destroy()
    this.replicator.destroy()
  }
}
