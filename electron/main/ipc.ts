import { app, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { isLocale, type Locale } from '@shared/i18n/locales'
import { IPC, type AppInfo, type KeychainStatus, type RoomStatus } from '@shared/platform/bridge'
import { isDeviceKey } from './keychain'
import { safeExternalUrl } from '@shared/util/links'
import { isAppUrl } from './origin'

/** The part of an invoke event the sender check reads. */
export type InvokeSender = Pick<IpcMainInvokeEvent, 'senderFrame'>

export interface IpcDependencies {
  /** Applies a validated locale (rebuilds the menu). */
  setLocale: (locale: Locale) => void
  keychain: {
    status(): Promise<KeychainStatus>
    store(deviceKey: Uint8Array): Promise<void>
    load(): Promise<Uint8Array | null>
    clear(): Promise<void>
  }
  wipeAll: () => Promise<void>
  /** Opens a checked http(s)/mailto address outside the app (external-link.ts). */
  openLink: (url: string) => Promise<void>
  /** Room mode (electron/main/room): discovery starts on the renderer's first room call. */
  room: {
    start(): void
    settled(): Promise<RoomStatus>
    host(): Promise<RoomStatus>
    stopHosting(): Promise<RoomStatus>
  }
}

/** Thrown back to the renderer; the message never contains the rejected payload. */
export class IpcRejection extends Error {
  constructor(channel: string, reason: string) {
    super(`Rejected ${channel}: ${reason}`)
    this.name = 'IpcRejection'
  }
}

function reject(channel: string, reason: string): never {
  console.warn(`[ipc] rejected ${channel}: ${reason}`)
  throw new IpcRejection(channel, reason)
}

/**
 * Only the app's own top-level page may call the main process: not a frame from another
 * origin, not a subframe, not a frame that has navigated away or been destroyed.
 */
export function assertTrustedSender(channel: string, event: InvokeSender): void {
  const frame = event.senderFrame
  if (!frame) reject(channel, 'sender frame is gone')
  if (frame.parent !== null) reject(channel, 'sender is a subframe')
  if (!isAppUrl(frame.url)) reject(channel, 'sender is not the app origin')
}

const noArguments = (channel: string, args: unknown[]): void => {
  if (args.length !== 0) reject(channel, 'unexpected arguments')
}

export function appInfo(): AppInfo {
  return { version: app.getVersion(), os: process.platform }
}

type Handler = (args: unknown[]) => unknown

/** The handler of every channel, after the sender check; each validates its own arguments. */
export function ipcHandlers(deps: IpcDependencies): Record<string, Handler> {
  return {
    [IPC.appInfo]: (args) => {
      noArguments(IPC.appInfo, args)
      return appInfo()
    },
    [IPC.setLocale]: (args) => {
      const [locale] = args
      if (args.length !== 1 || !isLocale(locale)) reject(IPC.setLocale, 'not a supported locale')
      deps.setLocale(locale)
    },
    [IPC.keychainStatus]: (args) => {
      noArguments(IPC.keychainStatus, args)
      return deps.keychain.status()
    },
    [IPC.keychainStore]: async (args) => {
      const [deviceKey] = args
      if (args.length !== 1 || !isDeviceKey(deviceKey)) {
        reject(IPC.keychainStore, 'not a device key')
      }
      await deps.keychain.store(deviceKey)
    },
    [IPC.keychainLoad]: (args) => {
      noArguments(IPC.keychainLoad, args)
      return deps.keychain.load()
    },
    [IPC.keychainClear]: (args) => {
      noArguments(IPC.keychainClear, args)
      return deps.keychain.clear()
    },
    [IPC.wipeAll]: (args) => {
      noArguments(IPC.wipeAll, args)
      return deps.wipeAll()
    },
    [IPC.openLink]: (args) => {
      const url = args.length === 1 ? safeExternalUrl(args[0]) : null
      if (url === null) reject(IPC.openLink, 'not an http, https or mailto address')
      return deps.openLink(url)
    },
    [IPC.roomHost]: (args) => {
      noArguments(IPC.roomHost, args)
      return deps.room.host()
    },
    [IPC.roomStop]: (args) => {
      noArguments(IPC.roomStop, args)
      return deps.room.stopHosting()
    },
    [IPC.roomStatus]: (args) => {
      noArguments(IPC.roomStatus, args)
      deps.room.start()
      return deps.room.settled()
    },
  }
}

/** Registers every IPC handler of the main process. Nothing else listens to the renderer. */
export function registerIpcHandlers(deps: IpcDependencies): void {
  for (const [channel, handler] of Object.entries(ipcHandlers(deps))) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      assertTrustedSender(channel, event)
      return handler(args)
    })
  }
}
