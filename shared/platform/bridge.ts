/**
 * The API the Electron preload exposes to the renderer as `window.rhizome`. The preload
 * checks its object against this interface with `satisfies`; the renderer's Electron adapter
 * calls it. Everything crossing it is validated on the other side.
 */
export const MENU_COMMANDS = [
  'newCircle',
  'newPerson',
  'showCircles',
  'openSettings',
  'textLarger',
  'textSmaller',
  'textReset',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export const isMenuCommand = (v: unknown): v is MenuCommand =>
  typeof v === 'string' && (MENU_COMMANDS as readonly string[]).includes(v)

export interface AppInfo {
  version: string
  /** `process.platform` of the main process (linux, darwin, win32). */
  os: string
}

export interface RhizomeBridge {
  readonly kind: 'electron'
  getAppInfo(): Promise<AppInfo>
  /** Tells the main process the interface language, so menus follow it. */
  setLocale(locale: string): Promise<void>
  /** Calls `listener` when the user picks an item of the application menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** IPC channel names, shared by main and preload. */
export const IPC = {
  appInfo: 'rhizome:app-info',
  setLocale: 'rhizome:set-locale',
  menuCommand: 'rhizome:menu-command',
} as const
