import { createRequire } from 'node:module'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '@shared/platform/bridge'
import { startApp } from '../../../electron/main/app'
import { FakeBrowserWindow, app, ipcMain, powerMonitor, resetFakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

const fakeRoom = vi.hoisted(() => ({
  start: vi.fn(),
  settled: vi.fn(),
  host: vi.fn(),
  stopHosting: vi.fn(() => Promise.resolve()),
  dispose: vi.fn(() => Promise.resolve()),
  onChange: vi.fn(),
}))
vi.mock('../../../electron/main/room/index', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/main/room/index')>()),
  createRoom: vi.fn(() => fakeRoom),
}))

const paths = { rendererDir: '/app/out/renderer', preloadPath: '/app/out/preload/index.cjs' }
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  resetFakeElectron()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

describe('room mode in the app lifecycle', () => {
  it('lets LAN peers see host ICE candidates: disables mDNS hiding before ready', () => {
    startApp(paths)
    expect(app.commandLine.appendSwitch.mock.calls).toEqual([
      ['disable-features', 'WebRtcHideLocalIpsWithMdns'],
    ])
    expect(app.commandLine.appendSwitch.mock.invocationCallOrder[0]!).toBeLessThan(
      app.whenReady.mock.invocationCallOrder[0]!,
    )
  })

  it('keeps other disabled features, and does not repeat ours', () => {
    app.commandLine.getSwitchValue.mockImplementation(() => 'Foo, Bar')
    startApp(paths)
    expect(app.commandLine.appendSwitch).toHaveBeenLastCalledWith(
      'disable-features',
      'Foo,Bar,WebRtcHideLocalIpsWithMdns',
    )
    app.commandLine.getSwitchValue.mockImplementation(() => 'WebRtcHideLocalIpsWithMdns,Foo')
    startApp(paths)
    expect(app.commandLine.appendSwitch).toHaveBeenLastCalledWith(
      'disable-features',
      'WebRtcHideLocalIpsWithMdns,Foo',
    )
  })

  it('registers the room channels with the room controller', async () => {
    startApp(paths)
    await settle()
    const channels = ipcMain.handle.mock.calls.map(([name]) => name)
    expect(channels).toEqual(expect.arrayContaining([IPC.roomHost, IPC.roomStop, IPC.roomStatus]))
    // Nothing touches the network before the renderer asks.
    expect(fakeRoom.start).not.toHaveBeenCalled()
  })

  it('stops hosting when the screen locks or the laptop suspends, and still locks', async () => {
    startApp(paths)
    await settle()
    const win = FakeBrowserWindow.instances[0]!
    for (const event of ['lock-screen', 'suspend']) {
      fakeRoom.stopHosting.mockClear()
      win.webContents.send.mockClear()
      powerMonitor.emit(event)
      expect(fakeRoom.stopHosting, event).toHaveBeenCalledOnce()
      expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC.lockRequest)
    }
  })

  it('still locks when stopping the room throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    startApp(paths)
    await settle()
    fakeRoom.stopHosting.mockImplementationOnce(() => {
      throw new Error('boom')
    })
    powerMonitor.emit('lock-screen')
    expect(FakeBrowserWindow.instances[0]!.webContents.send).toHaveBeenCalledWith(IPC.lockRequest)
  })

  it('holds quitting once until the room has said goodbye, then quits', async () => {
    let finish!: () => void
    fakeRoom.dispose.mockImplementationOnce(() => new Promise<void>((r) => (finish = r)))
    startApp(paths)
    await settle()
    const first = { preventDefault: vi.fn() }
    app.emit('will-quit', first)
    expect(first.preventDefault).toHaveBeenCalledOnce()
    expect(fakeRoom.dispose).toHaveBeenCalledOnce()
    await settle()
    expect(app.quit).not.toHaveBeenCalled()
    finish()
    await settle()
    expect(app.quit).toHaveBeenCalledOnce()
    const second = { preventDefault: vi.fn() }
    app.emit('will-quit', second)
    expect(second.preventDefault).not.toHaveBeenCalled()
    expect(fakeRoom.dispose).toHaveBeenCalledOnce()
  })
})

describe('createRoom', () => {
  it('sends every status change to every window', async () => {
    const { createRoom } = await vi.importActual<
      typeof import('../../../electron/main/room/index')
    >('../../../electron/main/room/index')
    // No LAN at all: the real controller reports noNetwork without opening any socket.
    vi.spyOn(os, 'networkInterfaces').mockReturnValue({})
    const windows = [new FakeBrowserWindow({}), new FakeBrowserWindow({})]
    const room = createRoom()
    room.start()
    await room.settled()
    for (const win of windows) {
      expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith(IPC.roomChanged, {
        hosting: false,
        hostUrls: [],
        discovered: [],
        problem: 'noNetwork',
      })
    }
    await room.dispose()
  })
})

describe('packaging', () => {
  it('declares the macOS Local Network use and the Bonjour service type', async () => {
    const require = createRequire(import.meta.url)
    const api = require('app-builder-lib/out/util/config/config') as {
      getConfig(
        dir: string,
        file: string,
        options: null,
      ): Promise<{ mac?: { extendInfo?: Record<string, unknown> } }>
    }
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const root = fileURLToPath(new URL('../../..', import.meta.url))
    const config = await api.getConfig(root, 'electron-builder.yml', null)
    expect(config.mac?.extendInfo?.['NSBonjourServices']).toEqual(['_rhizome._tcp'])
    expect(config.mac?.extendInfo?.['NSLocalNetworkUsageDescription']).toMatch(/room/i)
  })
})
