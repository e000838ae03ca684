import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { startApp } from '../../../electron/main/app'
import {
  FakeBrowserWindow,
  Menu,
  app,
  ipcMain,
  powerMonitor,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

const paths = { rendererDir: '/app/out/renderer', preloadPath: '/app/out/preload/index.cjs' }
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(resetFakeElectron)

describe('app lifecycle', () => {
  it('quits a second instance before doing anything else', async () => {
    app.requestSingleInstanceLock.mockImplementation(() => false)
    expect(startApp(paths)).toBe(false)
    await settle()
    expect(app.quit).toHaveBeenCalled()
    expect(app.whenReady).not.toHaveBeenCalled()
    expect(FakeBrowserWindow.instances).toHaveLength(0)
    expect(ipcMain.handle).not.toHaveBeenCalled()
  })

  it('focuses the existing window when a second instance starts', async () => {
    startApp(paths)
    await settle()
    const win = FakeBrowserWindow.instances[0]!
    win.isMinimized.mockImplementation(() => true)
    app.emit('second-instance')
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('sandboxes and registers the scheme before ready, then sets everything up', async () => {
    expect(startApp(paths)).toBe(true)
    expect(app.enableSandbox).toHaveBeenCalled()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled()
    expect(app.enableSandbox.mock.invocationCallOrder[0]!).toBeLessThan(
      app.whenReady.mock.invocationCallOrder[0]!,
    )
    expect(app.listenerCount('web-contents-created')).toBe(1)
    await settle()
    const ses = session.defaultSession
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled()
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled()
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
    expect(ipcMain.handle).toHaveBeenCalledTimes(11)
    expect(powerMonitor.listenerCount('suspend')).toBe(1)
    expect(FakeBrowserWindow.instances).toHaveLength(1)
    expect(FakeBrowserWindow.instances[0]!.options['webPreferences']).toMatchObject({
      preload: paths.preloadPath,
    })
  })

  it('uses RHIZOME_USER_DATA as the profile, before taking the lock', () => {
    process.env['RHIZOME_USER_DATA'] = 'tmp/profile-1'
    startApp(paths)
    expect(app.setPath).toHaveBeenCalledExactlyOnceWith('userData', path.resolve('tmp/profile-1'))
    expect(app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(
      app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    )
  })

  it('keeps the default profile when RHIZOME_USER_DATA is not set', () => {
    startApp(paths)
    expect(app.setPath).not.toHaveBeenCalled()
  })

  it('quits when the last window closes (except on macOS)', () => {
    startApp(paths)
    app.emit('window-all-closed')
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})
