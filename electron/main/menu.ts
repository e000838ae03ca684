import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { DEFAULT_LOCALE, resources, type Locale } from '@shared/i18n/locales'
import { IPC, type MenuCommand } from '@shared/platform/bridge'

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Adds Reload and Developer Tools (unpackaged builds only). */
  dev: boolean
  send: (command: MenuCommand) => void
}

/** Sends a menu command to the focused window (or the only one, e.g. from the macOS menu bar). */
export function sendToFocusedWindow(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  target?.webContents.send(IPC.menuCommand, command)
}

/**
 * The application menu in `locale`. Text size is app state, not Chromium zoom: the items send
 * MenuCommands and the renderer scales its own text.
 */
export function menuTemplate(locale: Locale, options: MenuOptions): MenuItemConstructorOptions[] {
  const t = resources[locale].menu
  const mac = options.platform === 'darwin'
  const command = (
    label: string,
    cmd: MenuCommand,
    accelerator?: string,
    visible = true,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    ...(visible ? {} : { visible: false, acceleratorWorksWhenHidden: true }),
    click: () => options.send(cmd),
  })
  const settings = command(t.settings, 'openSettings', 'CmdOrCtrl+,')
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t.quit }

  const appMenu: MenuItemConstructorOptions = {
    label: resources[locale].app.name,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      quit,
    ],
  }
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command(t.newCircle, 'newCircle', 'CmdOrCtrl+N'),
      command(t.newPerson, 'newPerson', 'CmdOrCtrl+Shift+N'),
      { type: 'separator' },
      command(t.showCircles, 'showCircles'),
      { type: 'separator' },
      command(t.lock, 'lock', 'CmdOrCtrl+L'),
      command(t.wipe, 'wipe'),
      ...(mac
        ? []
        : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, quit]),
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      command(t.textLarger, 'textLarger', 'CmdOrCtrl+='),
      command(t.textLarger, 'textLarger', 'CmdOrCtrl+Plus', false),
      command(t.textSmaller, 'textSmaller', 'CmdOrCtrl+-'),
      command(t.textReset, 'textReset', 'CmdOrCtrl+0'),
      ...(options.dev
        ? [
            { type: 'separator' } as const,
            { role: 'reload' } as const,
            { role: 'toggleDevTools' } as const,
          ]
        : []),
    ],
  }
  const window: MenuItemConstructorOptions = { role: 'windowMenu', label: t.window }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: mac ? [] : [{ role: 'about' }],
  }
  return [...(mac ? [appMenu] : []), file, edit, view, window, help]
}

let currentLocale: Locale = DEFAULT_LOCALE

export const menuLocale = (): Locale => currentLocale

/** Builds and installs the application menu in `locale`; called again when the locale changes. */
export function installMenu(locale: Locale): void {
  currentLocale = locale
  const template = menuTemplate(locale, {
    platform: process.platform,
    dev: !app.isPackaged,
    send: sendToFocusedWindow,
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
