import { app, BrowserWindow, type WebPreferences } from 'electron'
import { rendererEntryUrl } from './origin'

/**
 * The renderer's webPreferences. The secure values are Electron's defaults today; they are
 * spelled out so a changed default or a careless edit shows up in review, in the unit tests
 * and in `npm run security`.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools,
  }
}

export interface MainWindowOptions {
  preloadPath: string
  /** Defaults to the dev server in development and app://rhizome/index.html otherwise. */
  url?: string
}

/** Creates the main window; it is shown once the first paint is ready. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Rhizome',
    width: 1200,
    height: 800,
    minWidth: 480,
    minHeight: 400,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(options.preloadPath, !app.isPackaged),
  })
  win.once('ready-to-show', () => win.show())
  // Never leave an invisible window behind when the page cannot load.
  win.webContents.once('did-fail-load', () => win.show())
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[window] renderer process gone: ${details.reason}`)
  })
  void win.loadURL(options.url ?? rendererEntryUrl()).catch((error: unknown) => {
    console.error('[window] could not load the renderer', error)
  })
  return win
}
