import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC,
  isMenuCommand,
  type AppInfo,
  type KeychainStatus,
  type MenuCommand,
  type RhizomeBridge,
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
} as const satisfies RhizomeBridge

contextBridge.exposeInMainWorld('rhizome', bridge)
