/**
 * The API the Electron preload exposes to the renderer as `window.rhizome`. The preload
 * checks its object against this interface with `satisfies`; the renderer's Electron adapter
 * calls it. Everything crossing it is validated on the other side.
 */
export const MENU_COMMANDS = [
  'newCircle',
  'newPerson',
  'showCircles',
  'openSettings',
  'textLarger',
  'textSmaller',
  'textReset',
  'lock',
  'wipe',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export const isMenuCommand = (v: unknown): v is MenuCommand =>
  typeof v === 'string' && (MENU_COMMANDS as readonly string[]).includes(v)

export interface AppInfo {
  version: string
  /** `process.platform` of the main process (linux, darwin, win32). */
  os: string
}

/**
 * Whether the OS keychain can protect a device key. `insecure`: Electron's safeStorage is
 * using its `basic_text` backend on Linux (a hard-coded password), so we refuse to use it.
 */
export type KeychainStatus = 'available' | 'unavailable' | 'insecure'
export const DEVICE_KEY_BYTES = 32

export interface KeychainBridge {
  status(): Promise<KeychainStatus>
  /** Stores the device key encrypted by the OS keychain (Electron safeStorage). */
  store(deviceKey: Uint8Array): Promise<void>
  /** The stored device key, or null if none is stored or the keychain refuses. */
  load(): Promise<Uint8Array | null>
  clear(): Promise<void>
}

/**
 * Room mode (desktop app): this laptop hosts a signaling endpoint on the local network and
 * advertises it with DNS-SD; the others discover it. Only signaling addresses cross this
 * bridge; what circles exist is never told to the main process.
 */
export interface RoomStatus {
  /** This laptop is hosting a room. */
  hosting: boolean
  /** Where others can reach this host (ws://<lan-ip>:<port>), to show as text and QR code. */
  hostUrls: string[]
  /** Rooms found on the local network (ws:// URLs), this host's own excluded. */
  discovered: string[]
  /** Why hosting or discovery is not working, if it is not. */
  problem: 'noNetwork' | 'hostFailed' | 'discoveryFailed' | null
}

export interface RoomBridge {
  host(): Promise<RoomStatus>
  stopHosting(): Promise<RoomStatus>
  status(): Promise<RoomStatus>
  onChange(listener: (status: RoomStatus) => void): () => void
}

export interface RhizomeBridge {
  readonly kind: 'electron'
  getAppInfo(): Promise<AppInfo>
  /** Tells the main process the interface language, so menus follow it. */
  setLocale(locale: string): Promise<void>
  /** Calls `listener` when the user picks an item of the application menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  keychain: KeychainBridge
  /** The main process asks the window to lock (screen locked, laptop suspending). */
  onLockRequest(listener: () => void): () => void
  /** Panic wipe: deletes the keychain entry and all of the app's stored browser data. */
  wipeAll(): Promise<void>
  room: RoomBridge
  /**
   * Opens a link the user confirmed in the system browser or mail program (http, https and
   * mailto only; the main process checks the address again).
   */
  openLink(url: string): Promise<void>
}

/** IPC channel names, shared by main and preload. */
export const IPC = {
  appInfo: 'rhizome:app-info',
  setLocale: 'rhizome:set-locale',
  menuCommand: 'rhizome:menu-command',
  keychainStatus: 'rhizome:keychain-status',
  keychainStore: 'rhizome:keychain-store',
  keychainLoad: 'rhizome:keychain-load',
  keychainClear: 'rhizome:keychain-clear',
  lockRequest: 'rhizome:lock-request',
  wipeAll: 'rhizome:wipe-all',
  roomHost: 'rhizome:room-host',
  roomStop: 'rhizome:room-stop',
  roomStatus: 'rhizome:room-status',
  roomChanged: 'rhizome:room-changed',
  openLink: 'rhizome:open-link',
} as const
