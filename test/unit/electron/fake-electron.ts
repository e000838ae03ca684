/**
 * A small stand-in for the `electron` module, for `vi.mock('electron', ...)`:
 *
 *   vi.mock('electron', async () => (await import('./fake-electron')).electronModule)
 *
 * Tests import the same instances from here to drive events and inspect calls.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

export class FakeWebContents extends EventEmitter {
  send = vi.fn()
  setWindowOpenHandler = vi.fn()
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  static focused: FakeBrowserWindow | null = null
  static getAllWindows = vi.fn(() => [...FakeBrowserWindow.instances])
  static getFocusedWindow = vi.fn(() => FakeBrowserWindow.focused)

  readonly webContents = new FakeWebContents()
  loadURL = vi.fn(() => Promise.resolve())
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  isMinimized = vi.fn(() => false)

  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
  }
}

class FakeApp extends EventEmitter {
  name = 'Rhizome'
  isPackaged = false
  enableSandbox = vi.fn()
  requestSingleInstanceLock = vi.fn(() => true)
  quit = vi.fn()
  setPath = vi.fn()
  getVersion = vi.fn(() => '0.1.0')
  getLocale = vi.fn(() => 'en-US')
  getPath = vi.fn((name: string) => `/fake/${name}`)
  whenReady = vi.fn(() => Promise.resolve())
  commandLine = {
    appendSwitch: vi.fn((_name: string, _value?: string) => {}),
    getSwitchValue: vi.fn((_name: string) => ''),
  }
}

export const app = new FakeApp()
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
export const ipcMain = { handle: vi.fn() }
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}
export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    clearStorageData: vi.fn(() => Promise.resolve()),
    clearCache: vi.fn(() => Promise.resolve()),
    clearCodeCaches: vi.fn(() => Promise.resolve()),
  },
}
export const powerMonitor = new EventEmitter()
export const safeStorage = {
  isAsyncEncryptionAvailable: vi.fn(() => Promise.resolve(true)),
  getSelectedStorageBackend: vi.fn(
    (): 'basic_text' | 'gnome_libsecret' | 'unknown' => 'gnome_libsecret',
  ),
  encryptStringAsync: vi.fn((text: string) => Promise.resolve(Buffer.from(`sealed:${text}`))),
  decryptStringAsync: vi.fn((sealed: Buffer) =>
    Promise.resolve({ result: sealed.toString().replace(/^sealed:/, ''), shouldReEncrypt: false }),
  ),
}
export const contextBridge = { exposeInMainWorld: vi.fn() }

class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn((..._args: unknown[]) => Promise.resolve(undefined as unknown))
}
export const ipcRenderer = new FakeIpcRenderer()

export const electronModule = {
  app,
  protocol,
  ipcMain,
  Menu,
  session,
  contextBridge,
  ipcRenderer,
  powerMonitor,
  safeStorage,
  BrowserWindow: FakeBrowserWindow,
}

/** Forgets all calls, listeners, windows and environment overrides between tests. */
export function resetFakeElectron(): void {
  vi.clearAllMocks()
  app.removeAllListeners()
  app.isPackaged = false
  app.requestSingleInstanceLock.mockImplementation(() => true)
  app.commandLine.getSwitchValue.mockImplementation(() => '')
  ipcRenderer.removeAllListeners()
  powerMonitor.removeAllListeners()
  FakeBrowserWindow.instances = []
  FakeBrowserWindow.focused = null
  delete process.env['ELECTRON_RENDERER_URL']
  delete process.env['RHIZOME_USER_DATA']
}
