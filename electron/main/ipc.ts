import { app, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { isLocale, type Locale } from '@shared/i18n/locales'
import { IPC, type AppInfo } from '@shared/platform/bridge'
import { isAppUrl } from './origin'

/** The part of an invoke event the sender check reads. */
export type InvokeSender = Pick<IpcMainInvokeEvent, 'senderFrame'>

export interface IpcDependencies {
  /** Applies a validated locale (rebuilds the menu). */
  setLocale: (locale: Locale) => void
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

export function appInfo(): AppInfo {
  return { version: app.getVersion(), os: process.platform }
}

export function handleAppInfo(event: InvokeSender, ...args: unknown[]): AppInfo {
  assertTrustedSender(IPC.appInfo, event)
  if (args.length !== 0) reject(IPC.appInfo, 'unexpected arguments')
  return appInfo()
}

export function handleSetLocale(
  deps: IpcDependencies,
  event: InvokeSender,
  ...args: unknown[]
): void {
  assertTrustedSender(IPC.setLocale, event)
  const [locale] = args
  if (args.length !== 1 || !isLocale(locale)) reject(IPC.setLocale, 'not a supported locale')
  deps.setLocale(locale)
}

/** Registers every IPC handler of the main process. Nothing else listens to the renderer. */
export function registerIpcHandlers(deps: IpcDependencies): void {
  ipcMain.handle(IPC.appInfo, (event, ...args: unknown[]) => handleAppInfo(event, ...args))
  ipcMain.handle(IPC.setLocale, (event, ...args: unknown[]) =>
    handleSetLocale(deps, event, ...args),
  )
}
