import path from 'node:path'
import { app, BrowserWindow, session } from 'electron'
import { matchLocale, DEFAULT_LOCALE } from '@shared/i18n/locales'
import { openLink } from './external-link'
import { registerIpcHandlers } from './ipc'
import { Keychain } from './keychain'
import { lockWithTheSystem } from './lock'
import { installMenu } from './menu'
import { hardenAllWebContents } from './navigation'
import { denyPermissionsByDefault } from './permissions'
import { registerAppScheme, serveAppScheme } from './protocol'
import { createRoom, showLocalIpsToPeers, stopRoomOnQuit } from './room/index'
import { wipeAllData } from './wipe'
import { createMainWindow } from './window'

export interface AppPaths {
  /** The built renderer (out/renderer), served as app://rhizome/. */
  rendererDir: string
  /** The sandboxed CommonJS preload (out/preload/index.cjs). */
  preloadPath: string
}

/** Paths of the built app, relative to the bundled main script in out/main. */
export function builtAppPaths(mainDir: string): AppPaths {
  return {
    rendererDir: path.join(mainDir, '..', 'renderer'),
    preloadPath: path.join(mainDir, '..', 'preload', 'index.cjs'),
  }
}

/**
 * RHIZOME_USER_DATA gives a run its own profile (end-to-end tests use a fresh temporary
 * directory). Applied only when set, and before the single-instance lock, which is per profile.
 */
function applyUserDataOverride(): void {
  const dir = process.env['RHIZOME_USER_DATA']
  if (dir) app.setPath('userData', path.resolve(dir))
}

function focusWindow(win: BrowserWindow | undefined): void {
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.focus()
}

function onReady(paths: AppPaths): void {
  const ses = session.defaultSession
  denyPermissionsByDefault(ses)
  serveAppScheme(paths.rendererDir)
  installMenu(matchLocale(app.getLocale()) ?? DEFAULT_LOCALE)
  const keychain = new Keychain(path.join(app.getPath('userData'), 'device-key.bin'))
  const room = createRoom()
  stopRoomOnQuit(room)
  registerIpcHandlers({
    setLocale: installMenu,
    keychain,
    wipeAll: () => wipeAllData(keychain, ses),
    openLink,
    room,
  })
  lockWithTheSystem(() => void room.stopHosting())
  createMainWindow({ preloadPath: paths.preloadPath })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      createMainWindow({ preloadPath: paths.preloadPath })
    }
  })
}

/**
 * Starts the app. Returns false when another instance already runs (this one then quits and
 * the other instance focuses its window).
 */
export function startApp(paths: AppPaths): boolean {
  applyUserDataOverride()
  app.enableSandbox()
  showLocalIpsToPeers()
  registerAppScheme()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => focusWindow(BrowserWindow.getAllWindows()[0]))
  hardenAllWebContents()
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(() => onReady(paths))
    .catch((error: unknown) => {
      console.error('[app] failed to start', error)
      app.quit()
    })
  return true
}
