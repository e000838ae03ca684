import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '@shared/platform/bridge'
import { IpcRejection, registerIpcHandlers } from '../../../electron/main/ipc'
import { app, ipcMain, resetFakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

type Handler = (event: unknown, ...args: unknown[]) => unknown

let warn: ReturnType<typeof vi.spyOn>
const setLocale = vi.fn()
const keychain = {
  status: vi.fn(() => Promise.resolve('available' as const)),
  store: vi.fn((_key: Uint8Array) => Promise.resolve()),
  load: vi.fn(() => Promise.resolve(new Uint8Array(32).fill(7) as Uint8Array | null)),
  clear: vi.fn(() => Promise.resolve()),
}
const wipeAll = vi.fn(() => Promise.resolve())
const openLink = vi.fn((_url: string) => Promise.resolve())
// Room handlers are tested in room-ipc.test.ts.
const room = {
  start: vi.fn(),
  settled: vi.fn(),
  host: vi.fn(),
  stopHosting: vi.fn(),
}

beforeEach(() => {
  resetFakeElectron()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  registerIpcHandlers({ setLocale, keychain, wipeAll, room, openLink })
})

const handler = (channel: string): Handler => {
  const call = ipcMain.handle.mock.calls.find(([name]) => name === channel)
  expect(call, channel).toBeDefined()
  return call![1] as Handler
}

const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } })
const APP = from('app://rhizome/index.html')

const FOREIGN_SENDERS = [
  from('https://example.com/'),
  from('file:///home/user/index.html'),
  from('app://evil/index.html'),
  from('http://localhost:5173/'),
  from('app://rhizome/index.html', { url: 'app://rhizome/index.html' }),
  { senderFrame: null },
]

describe('IPC handlers', () => {
  it('registers exactly the renderer-to-main channels of the bridge', () => {
    const mainToRenderer: string[] = [IPC.menuCommand, IPC.lockRequest, IPC.roomChanged]
    expect(ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual(
      Object.values(IPC)
        .filter((channel) => !mainToRenderer.includes(channel))
        .sort(),
    )
  })

  it('answers app info to the app page', () => {
    expect(handler(IPC.appInfo)(APP)).toEqual({ version: '0.1.0', os: process.platform })
  })

  it('applies a supported locale from the app page', () => {
    handler(IPC.setLocale)(APP, 'de')
    handler(IPC.setLocale)(from('app://rhizome/settings'), 'en')
    expect(setLocale.mock.calls).toEqual([['de'], ['en']])
  })

  it('rejects foreign, nested and vanished sender frames on every channel', () => {
    for (const [channel, args] of [
      [IPC.appInfo, []],
      [IPC.setLocale, ['de']],
      [IPC.keychainStatus, []],
      [IPC.keychainStore, [new Uint8Array(32)]],
      [IPC.keychainLoad, []],
      [IPC.keychainClear, []],
      [IPC.wipeAll, []],
      [IPC.openLink, ['https://example.org/']],
    ] as const) {
      for (const sender of FOREIGN_SENDERS) {
        expect(
          () => handler(channel)(sender, ...args),
          `${channel} ${JSON.stringify(sender)}`,
        ).toThrow(IpcRejection)
      }
    }
    expect(setLocale).not.toHaveBeenCalled()
    for (const fn of [...Object.values(keychain), wipeAll, openLink])
      expect(fn).not.toHaveBeenCalled()
  })

  it('opens only http, https and mailto addresses, normalised', async () => {
    await handler(IPC.openLink)(APP, ' https://example.org/a b ')
    await handler(IPC.openLink)(APP, 'mailto:someone@example.org')
    expect(openLink.mock.calls).toEqual([
      ['https://example.org/a%20b'],
      ['mailto:someone@example.org'],
    ])
    for (const args of [
      ['javascript:alert(1)'],
      ['file:///etc/passwd'],
      ['https://user:pw@example.org/'],
      ['smb://host/share'],
      [`https://example.org/${'a'.repeat(2000)}`],
      [42],
      [],
      ['https://example.org/', 'extra'],
    ]) {
      expect(() => handler(IPC.openLink)(APP, ...args), JSON.stringify(args)).toThrow(IpcRejection)
    }
    expect(openLink).toHaveBeenCalledTimes(2)
  })

  it('stores, loads and clears the device key for the app page', async () => {
    await expect(handler(IPC.keychainStatus)(APP)).resolves.toBe('available')
    const key = new Uint8Array(32).fill(1)
    await handler(IPC.keychainStore)(APP, key)
    expect(keychain.store).toHaveBeenCalledExactlyOnceWith(key)
    await expect(handler(IPC.keychainLoad)(APP)).resolves.toEqual(new Uint8Array(32).fill(7))
    await handler(IPC.keychainClear)(APP)
    expect(keychain.clear).toHaveBeenCalledOnce()
  })

  it('accepts only a 32-byte Uint8Array as device key', async () => {
    const invalid: unknown[][] = [
      [],
      [new Uint8Array(31)],
      [new Uint8Array(33)],
      [new Uint16Array(16)],
      [new Uint8Array(32).buffer],
      [Array.from({ length: 32 }, () => 1)],
      ['a'.repeat(32)],
      [null],
      [new Uint8Array(32), 'extra'],
    ]
    for (const args of invalid) {
      await expect((async () => handler(IPC.keychainStore)(APP, ...args))()).rejects.toThrow(
        IpcRejection,
      )
    }
    expect(keychain.store).not.toHaveBeenCalled()
  })

  it('wipes only on a call without arguments from the app page', async () => {
    await handler(IPC.wipeAll)(APP)
    expect(wipeAll).toHaveBeenCalledOnce()
    expect(() => handler(IPC.wipeAll)(APP, { everything: true })).toThrow(IpcRejection)
    expect(wipeAll).toHaveBeenCalledOnce()
  })

  it('rejects invalid arguments', () => {
    const invalid: unknown[][] = [
      [],
      ['xx'],
      ['DE'],
      ['de-AT'],
      [42],
      [null],
      [['de']],
      [{ toString: () => 'de' }],
      ['de', 'extra'],
    ]
    for (const args of invalid) {
      expect(() => handler(IPC.setLocale)(APP, ...args)).toThrow(IpcRejection)
    }
    expect(() => handler(IPC.appInfo)(APP, 'unexpected')).toThrow(IpcRejection)
    expect(setLocale).not.toHaveBeenCalled()
  })

  it('logs rejections without their payload', () => {
    expect(() => handler(IPC.setLocale)(APP, 'secret-payload-123')).toThrow(
      /^Rejected rhizome:set-locale: not a supported locale$/,
    )
    expect(() => handler(IPC.appInfo)(from('https://secret-host.example/'))).toThrow()
    const logged = JSON.stringify(warn.mock.calls)
    expect(warn).toHaveBeenCalledTimes(2)
    expect(logged).not.toContain('secret')
  })

  it('accepts the dev server only while unpackaged', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173'
    const dev = from('http://localhost:5173/')
    expect(handler(IPC.appInfo)(dev)).toMatchObject({ version: '0.1.0' })
    app.isPackaged = true
    expect(() => handler(IPC.appInfo)(dev)).toThrow(IpcRejection)
  })
})
