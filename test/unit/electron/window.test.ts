import path from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { builtAppPaths } from '../../../electron/main/app'
import { createMainWindow, secureWebPreferences } from '../../../electron/main/window'
import { FakeBrowserWindow, app, resetFakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

beforeEach(resetFakeElectron)

const onlyWindow = (): FakeBrowserWindow => {
  expect(FakeBrowserWindow.instances).toHaveLength(1)
  return FakeBrowserWindow.instances[0]!
}

describe('main window', () => {
  it('isolates and sandboxes the renderer without Node', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs' })
    const prefs = onlyWindow().options['webPreferences']
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    })
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
  })

  it('allows developer tools only in unpackaged builds', () => {
    expect(secureWebPreferences('/p', false).devTools).toBe(false)
    app.isPackaged = true
    createMainWindow({ preloadPath: '/p' })
    expect(onlyWindow().options['webPreferences']).toMatchObject({ devTools: false })
  })

  it('loads the app scheme, and shows the window when it is ready', () => {
    createMainWindow({ preloadPath: '/p' })
    const win = onlyWindow()
    expect(win.loadURL).toHaveBeenCalledWith('app://rhizome/index.html')
    expect(win.options['show']).toBe(false)
    win.emit('ready-to-show')
    expect(win.show).toHaveBeenCalled()
  })

  it('loads the electron-vite dev server only when unpackaged', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173'
    createMainWindow({ preloadPath: '/p' })
    expect(FakeBrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173')

    app.isPackaged = true
    createMainWindow({ preloadPath: '/p' })
    expect(FakeBrowserWindow.instances[1]!.loadURL).toHaveBeenCalledWith('app://rhizome/index.html')
  })

  it('points at the built CommonJS preload and renderer', () => {
    const paths = builtAppPaths(path.join('/app', 'out', 'main'))
    expect(paths.preloadPath).toBe(path.join('/app', 'out', 'preload', 'index.cjs'))
    expect(paths.rendererDir).toBe(path.join('/app', 'out', 'renderer'))
  })
})
