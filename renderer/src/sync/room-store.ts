import { ValueStore } from '@shared/data/store'
import type { RoomStatus } from '@shared/platform/bridge'
import type { Platform } from '../platform/platform'
import { isSignalingUrl } from '../data/settings'

export interface RoomView extends RoomStatus {
  /** Room addresses typed in by the member (guest Wi-Fi without multicast, or the web build). */
  manual: string[]
  /** Every room address to use for signaling right now. */
  urls: string[]
  /** The desktop app can host and discover. */
  canHost: boolean
}

const EMPTY: RoomStatus = { hosting: false, hostUrls: [], discovered: [], problem: null }

/** Room mode as the renderer sees it: the main process's status plus typed-in addresses. */
export class RoomStore extends ValueStore<RoomView> {
  private status: RoomStatus = EMPTY
  private manual: string[] = []

  constructor(private readonly platform: Platform) {
    super({ ...EMPTY, manual: [], urls: [], canHost: platform.room !== null })
    const room = platform.room
    if (room) {
      room.onChange((s) => this.update(s))
      void room.status().then(
        (s) => this.update(s),
        () => undefined,
      )
    }
  }

  async host(): Promise<void> {
    if (this.platform.room) this.update(await this.platform.room.host())
  }

  async stopHosting(): Promise<void> {
    if (this.platform.room) this.update(await this.platform.room.stopHosting())
  }

  /** Adds a room address typed by the member; false if it is not a ws:// or wss:// address. */
  addManual(url: string): boolean {
    const u = url.trim()
    if (!isSignalingUrl(u)) return false
    if (!this.manual.includes(u)) this.manual = [...this.manual, u]
    this.publish()
    return true
  }

  removeManual(url: string): void {
    this.manual = this.manual.filter((u) => u !== url)
    this.publish()
  }

  private update(status: RoomStatus): void {
    this.status = status
    this.publish()
  }

  private publish(): void {
    const s = this.status
    const urls = [...new Set([...s.hostUrls, ...s.discovered, ...this.manual])]
    this.set({ ...s, manual: this.manual, urls, canHost: this.platform.room !== null })
  }
}
