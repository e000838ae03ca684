import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  IPC,
  isMenuCommand,
  type AppInfo,
  type MenuCommand,
  type RhizomeBridge,
} from '@shared/platform/bridge'

/**
 * window.rhizome: the renderer's only door to the main process. Each member wraps exactly
 * one IPC channel; ipcRenderer and IPC event objects never cross the bridge.
 */
export const bridge = {
  kind: 'electron',
  getAppInfo: (): Promise<AppInfo> => ipcRenderer.invoke(IPC.appInfo),
  setLocale: async (locale: string): Promise<void> => {
    await ipcRenderer.invoke(IPC.setLocale, locale)
  },
  onMenuCommand: (listener: (command: MenuCommand) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on(IPC.menuCommand, handler)
    return () => {
      ipcRenderer.removeListener(IPC.menuCommand, handler)
    }
  },
} as const satisfies RhizomeBridge

contextBridge.exposeInMainWorld('rhizome', bridge)
