import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '@shared/platform/bridge'
import { IpcRejection, registerIpcHandlers } from '../../../electron/main/ipc'
import { app, ipcMain, resetFakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

type Handler = (event: unknown, ...args: unknown[]) => unknown

let warn: ReturnType<typeof vi.spyOn>
const setLocale = vi.fn()

beforeEach(() => {
  resetFakeElectron()
  setLocale.mockReset()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  registerIpcHandlers({ setLocale })
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
  it('registers exactly the bridge channels', () => {
    expect(ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual(
      [IPC.appInfo, IPC.setLocale].sort(),
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

  it('rejects foreign, nested and vanished sender frames', () => {
    for (const sender of FOREIGN_SENDERS) {
      expect(() => handler(IPC.appInfo)(sender), JSON.stringify(sender)).toThrow(IpcRejection)
      expect(() => handler(IPC.setLocale)(sender, 'de')).toThrow(IpcRejection)
    }
    expect(setLocale).not.toHaveBeenCalled()
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
