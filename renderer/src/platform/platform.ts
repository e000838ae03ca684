import type { AppInfo, KeychainBridge, MenuCommand, RoomBridge } from '@shared/platform/bridge'

/**
 * What the renderer needs from the platform it runs on. One implementation per platform
 * (electron.ts, web.ts); the rest of the renderer only sees this interface.
 */
export interface Platform {
  readonly kind: 'electron' | 'web'
  getAppInfo(): Promise<AppInfo>
  /** Tells the platform the interface language (the desktop app translates its menus). */
  setLocale(locale: string): void
  /** Application-menu commands (the desktop app's menu; the web build has none). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** The OS keychain (desktop app only; the web build reports `unavailable`). */
  readonly keychain: KeychainBridge
  /** Requests to lock from outside the window (screen lock, suspend). */
  onLockRequest(listener: () => void): () => void
  /** Platform part of a panic wipe (the renderer deletes its own databases itself). */
  wipeAll(): Promise<void>
  /** Room mode: hosting and discovery on the local network (desktop app only). */
  readonly room: RoomBridge | null
  /** Opens an address the user confirmed outside the app (system browser, mail program). */
  openLink(url: string): Promise<void>
}
