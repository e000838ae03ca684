import { BrowserWindow, powerMonitor } from 'electron'
import { IPC } from '@shared/platform/bridge'

/** Asks every window to lock (IPC.lockRequest). */
export function requestLock(): void {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.send(IPC.lockRequest)
}

/**
 * Locks the app when the screen locks (macOS, Windows) or the computer suspends (all
 * platforms), so an open laptop does not show member data to whoever picks it up. Call once
 * the app is ready (powerMonitor is not usable before). `onLock` runs first (room mode stops
 * hosting); if it throws, the windows are still asked to lock.
 */
export function lockWithTheSystem(onLock: () => void = () => {}): void {
  const lock = (): void => {
    try {
      onLock()
    } catch (error) {
      console.error('[lock] a lock hook failed', error)
    }
    requestLock()
  }
  powerMonitor.on('lock-screen', lock)
  powerMonitor.on('suspend', lock)
}
