import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '@shared/platform/bridge'
import { registerIpcHandlers } from '../../../electron/main/ipc'
import { installMenu, menuLocale, menuTemplate } from '../../../electron/main/menu'
import { FakeBrowserWindow, Menu, ipcMain, resetFakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

beforeEach(resetFakeElectron)

type Item = MenuItemConstructorOptions

/** Every item of a template, depth first. */
const flatten = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])

const installedTemplate = (): Item[] => {
  const calls = Menu.buildFromTemplate.mock.calls
  return calls[calls.length - 1]![0] as Item[]
}

const byLabel = (items: Item[], label: string): Item => {
  const item = flatten(items).find((i) => i.label === label && i.visible !== false)
  expect(item, label).toBeDefined()
  return item!
}

const linux = (locale: 'en' | 'de', send = vi.fn()) =>
  menuTemplate(locale, { platform: 'linux', dev: false, send })

describe('application menu', () => {
  it('has File, Edit, View, Window and Help in English', () => {
    expect(linux('en').map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('binds the shortcuts to menu commands', () => {
    const send = vi.fn()
    const items = flatten(linux('en', send))
    const expected: [string, string | undefined, string][] = [
      ['New circle', 'CmdOrCtrl+N', 'newCircle'],
      ['All circles', undefined, 'showCircles'],
      ['Lock Rhizome', 'CmdOrCtrl+L', 'lock'],
      ['Wipe all data…', undefined, 'wipe'],
      ['New person', 'CmdOrCtrl+Shift+N', 'newPerson'],
      ['Settings', 'CmdOrCtrl+,', 'openSettings'],
      ['Larger text', 'CmdOrCtrl+=', 'textLarger'],
      ['Larger text', 'CmdOrCtrl+Plus', 'textLarger'],
      ['Smaller text', 'CmdOrCtrl+-', 'textSmaller'],
      ['Actual text size', 'CmdOrCtrl+0', 'textReset'],
    ]
    for (const [label, accelerator, command] of expected) {
      const item = items.find((i) => i.label === label && i.accelerator === accelerator)
      expect(item, `${label} ${accelerator}`).toBeDefined()
      send.mockClear()
      ;(item!.click as () => void)()
      expect(send).toHaveBeenCalledExactlyOnceWith(command)
    }
    byLabel(linux('en'), 'All circles')
    expect(byLabel(linux('en'), 'Quit Rhizome').role).toBe('quit')
  })

  it('uses roles for editing and no Chromium zoom', () => {
    const roles = flatten(linux('en')).map((i) => i.role)
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']) {
      expect(roles).toContain(role)
    }
    for (const role of ['zoomIn', 'zoomOut', 'resetZoom', 'toggleDevTools', 'reload']) {
      expect(roles).not.toContain(role)
    }
  })

  it('adds reload and developer tools only in development', () => {
    const roles = flatten(menuTemplate('en', { platform: 'linux', dev: true, send: vi.fn() })).map(
      (i) => i.role,
    )
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('puts Settings and Quit in the app menu on macOS', () => {
    const mac = menuTemplate('en', { platform: 'darwin', dev: false, send: vi.fn() })
    expect(mac.map((m) => m.label)).toEqual(['Rhizome', 'File', 'Edit', 'View', 'Window', 'Help'])
    const appMenu = mac[0]!.submenu as Item[]
    expect(appMenu.map((i) => i.label)).toEqual(
      expect.arrayContaining(['Settings', 'Quit Rhizome']),
    )
    expect((mac[1]!.submenu as Item[]).map((i) => i.label)).not.toContain('Quit Rhizome')
  })

  it('sends a command to the focused window over the menu channel', () => {
    installMenu('en')
    const win = new FakeBrowserWindow({})
    FakeBrowserWindow.focused = win
    ;(byLabel(installedTemplate(), 'New circle').click as () => void)()
    expect(win.webContents.send).toHaveBeenCalledWith(IPC.menuCommand, 'newCircle')
  })

  it('follows the locale set over IPC', () => {
    installMenu('en')
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(installedTemplate()[0]!.label).toBe('File')

    const unused = () => Promise.reject(new Error('unused'))
    registerIpcHandlers({
      setLocale: installMenu,
      keychain: { status: unused, store: unused, load: unused, clear: unused },
      wipeAll: unused,
      openLink: unused,
      room: { start: () => {}, settled: unused, host: unused, stopHosting: unused },
    })
    const setLocale = ipcMain.handle.mock.calls.find(([name]) => name === IPC.setLocale)![1] as (
      event: unknown,
      locale: unknown,
    ) => void
    setLocale({ senderFrame: { url: 'app://rhizome/index.html', parent: null } }, 'de')

    expect(menuLocale()).toBe('de')
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2)
    const de = installedTemplate()
    const expected = ['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']
    expect(de.map((m) => m.label)).toEqual(
      process.platform === 'darwin' ? ['Rhizome', ...expected] : expected,
    )
    for (const label of ['Neuer Kreis', 'Alle Kreise', 'Rhizome sperren', 'Größere Schrift']) {
      byLabel(de, label)
    }
    expect(JSON.stringify(de)).not.toContain('New circle')
  })
})
