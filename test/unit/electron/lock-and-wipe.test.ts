import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '@shared/platform/bridge'
import { lockWithTheSystem } from '../../../electron/main/lock'
import { wipeAllData } from '../../../electron/main/wipe'
import { FakeBrowserWindow, powerMonitor, resetFakeElectron, session } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

beforeEach(resetFakeElectron)

describe('lock requests', () => {
  it('asks every window to lock when the screen locks or the computer suspends', () => {
    const windows = [new FakeBrowserWindow({}), new FakeBrowserWindow({})]
    lockWithTheSystem()
    for (const event of ['lock-screen', 'suspend']) {
      for (const win of windows) win.webContents.send.mockClear()
      powerMonitor.emit(event)
      for (const win of windows) {
        expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC.lockRequest)
      }
    }
  })
})

describe('panic wipe', () => {
  it('clears the keychain entry and all stored browser data', async () => {
    const keychain = { clear: vi.fn(() => Promise.resolve()) }
    await wipeAllData(keychain, session.defaultSession as never)
    expect(keychain.clear).toHaveBeenCalledOnce()
    expect(session.defaultSession.clearStorageData).toHaveBeenCalledExactlyOnceWith()
    expect(session.defaultSession.clearCache).toHaveBeenCalledOnce()
  })

  it('runs every step even when one fails, then reports the failure', async () => {
    const keychain = { clear: vi.fn(() => Promise.reject(new Error('locked'))) }
    await expect(wipeAllData(keychain, session.defaultSession as never)).rejects.toThrow(
      /wipe incomplete: 1 step/,
    )
    expect(session.defaultSession.clearStorageData).toHaveBeenCalledOnce()
    expect(session.defaultSession.clearCache).toHaveBeenCalledOnce()
  })
})
