import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC,
  isMenuCommand,
  type AppInfo,
  type KeychainStatus,
  type MenuCommand,
  type RhizomeBridge,
  type RoomStatus,
} from '@shared/platform/bridge'

/** Subscribes to a main-to-renderer channel; the listener never sees the IPC event. */
function subscribe<T>(
  channel: string,
  accept: (value: unknown) => value is T,
  listener: (value: T) => void,
): () => void {
  const handler = (_event: IpcRendererEvent, value: unknown): void => {
    if (accept(value)) listener(value)
  }
  ipcRenderer.on(channel, handler)
  return () => {
    ipcRenderer.removeListener(channel, handler)
  }
}

const nothing = (_value: unknown): _value is undefined => true

const ROOM_PROBLEMS: readonly unknown[] = ['noNetwork', 'hostFailed', 'discoveryFailed', null]
/** Above the main process's own bound (32 rooms × 4 addresses, room/discovery.ts). */
const MAX_ROOM_URLS = 256
const isRoomUrls = (v: unknown): v is string[] =>
  Array.isArray(v) &&
  v.length <= MAX_ROOM_URLS &&
  v.every((u) => typeof u === 'string' && u.length <= 64 && u.startsWith('ws://'))

/** A RoomStatus as the main process sends it (IPC.roomChanged); anything else is dropped. */
export function isRoomStatus(v: unknown): v is RoomStatus {
  if (typeof v !== 'object' || v === null) return false
  const s = v as Record<string, unknown>
  return (
    typeof s['hosting'] === 'boolean' &&
    isRoomUrls(s['hostUrls']) &&
    isRoomUrls(s['discovered']) &&
    ROOM_PROBLEMS.includes(s['problem'])
  )
}

/**
 * window.rhizome: the renderer's only door to the main process. Each function wraps exactly
 * one IPC channel; ipcRenderer and IPC event objects never cross the bridge. The main process
 * checks the sender and every argument.
 */
export const bridge = {
  kind: 'electron',
  getAppInfo: (): Promise<AppInfo> => ipcRenderer.invoke(IPC.appInfo),
  setLocale: async (locale: string): Promise<void> => {
    await ipcRenderer.invoke(IPC.setLocale, locale)
  },
  onMenuCommand: (listener: (command: MenuCommand) => void): (() => void) =>
    subscribe(IPC.menuCommand, isMenuCommand, listener),
  keychain: {
    status: (): Promise<KeychainStatus> => ipcRenderer.invoke(IPC.keychainStatus),
    store: async (deviceKey: Uint8Array): Promise<void> => {
      await ipcRenderer.invoke(IPC.keychainStore, deviceKey)
    },
    load: (): Promise<Uint8Array | null> => ipcRenderer.invoke(IPC.keychainLoad),
    clear: async (): Promise<void> => {
      await ipcRenderer.invoke(IPC.keychainClear)
    },
  },
  onLockRequest: (listener: () => void): (() => void) =>
    subscribe(IPC.lockRequest, nothing, () => listener()),
  wipeAll: async (): Promise<void> => {
    await ipcRenderer.invoke(IPC.wipeAll)
  },
  openLink: async (url: string): Promise<void> => {
    await ipcRenderer.invoke(IPC.openLink, url)
  },
  room: {
    host: (): Promise<RoomStatus> => ipcRenderer.invoke(IPC.roomHost),
    stopHosting: (): Promise<RoomStatus> => ipcRenderer.invoke(IPC.roomStop),
    status: (): Promise<RoomStatus> => ipcRenderer.invoke(IPC.roomStatus),
    onChange: (listener: (status: RoomStatus) => void): (() => void) =>
      subscribe(IPC.roomChanged, isRoomStatus, (status) =>
        listener({
          hosting: status.hosting,
          hostUrls: [...status.hostUrls],
          discovered: [...status.discovered],
          problem: status.problem,
        }),
      ),
  },
} as const satisfies RhizomeBridge

contextBridge.exposeInMainWorld('rhizome', bridge)
