import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC, type RhizomeBridge, type RoomStatus } from '@shared/platform/bridge'
import { IpcRejection, registerIpcHandlers } from '../../../electron/main/ipc'
import { contextBridge, ipcMain, ipcRenderer, resetFakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

type Handler = (event: unknown, ...args: unknown[]) => unknown

const HOSTING: RoomStatus = {
  hosting: true,
  hostUrls: ['ws://192.168.1.23:4444'],
  discovered: ['ws://192.168.1.50:4444'],
  problem: null,
}
const room = {
  start: vi.fn(),
  settled: vi.fn(() => Promise.resolve(HOSTING)),
  host: vi.fn(() => Promise.resolve(HOSTING)),
  stopHosting: vi.fn(() => Promise.resolve({ ...HOSTING, hosting: false, hostUrls: [] })),
}

const handler = (channel: string): Handler => {
  const call = ipcMain.handle.mock.calls.find(([name]) => name === channel)
  expect(call, channel).toBeDefined()
  return call![1] as Handler
}
const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } })
const APP = from('app://rhizome/index.html')
const FOREIGN = [
  from('https://example.com/'),
  from('file:///home/user/index.html'),
  from('app://evil/index.html'),
  from('http://localhost:5173/'),
  from('app://rhizome/index.html', { url: 'app://rhizome/index.html' }),
  { senderFrame: null },
]
const ROOM_CHANNELS = [IPC.roomHost, IPC.roomStop, IPC.roomStatus]

beforeEach(() => {
  resetFakeElectron()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  registerIpcHandlers({
    setLocale: vi.fn(),
    keychain: {
      status: vi.fn(),
      store: vi.fn(),
      load: vi.fn(),
      clear: vi.fn(),
    },
    wipeAll: vi.fn(),
    openLink: vi.fn(),
    room,
  })
})

describe('room IPC handlers', () => {
  it('registers the three renderer-to-main room channels, not the broadcast channel', () => {
    const channels = ipcMain.handle.mock.calls.map(([name]) => name)
    for (const channel of ROOM_CHANNELS) expect(channels).toContain(channel)
    expect(channels).not.toContain(IPC.roomChanged)
  })

  it('hosts, stops and reports for the app page', async () => {
    await expect(handler(IPC.roomHost)(APP)).resolves.toEqual(HOSTING)
    expect(room.host).toHaveBeenCalledOnce()
    await expect(handler(IPC.roomStop)(APP)).resolves.toMatchObject({ hosting: false })
    expect(room.stopHosting).toHaveBeenCalledOnce()
    await expect(handler(IPC.roomStatus)(APP)).resolves.toEqual(HOSTING)
    // The first status call is what starts discovery.
    expect(room.start).toHaveBeenCalledOnce()
  })

  it('rejects foreign, nested and vanished sender frames', () => {
    for (const channel of ROOM_CHANNELS) {
      for (const sender of FOREIGN) {
        expect(() => handler(channel)(sender), `${channel} ${JSON.stringify(sender)}`).toThrow(
          IpcRejection,
        )
      }
    }
    for (const fn of Object.values(room)) expect(fn).not.toHaveBeenCalled()
  })

  it('rejects any argument', () => {
    for (const channel of ROOM_CHANNELS) {
      for (const args of [[{}], ['0.0.0.0'], [{ port: 80 }], [null], [undefined]]) {
        expect(() => handler(channel)(APP, ...args)).toThrow(IpcRejection)
      }
    }
    for (const fn of Object.values(room)) expect(fn).not.toHaveBeenCalled()
  })
})

describe('preload room bridge', () => {
  let exposed: RhizomeBridge
  beforeAll(async () => {
    await import('../../../electron/preload/index')
    exposed = contextBridge.exposeInMainWorld.mock.calls[0]![1] as RhizomeBridge
  })

  it('exposes host, stopHosting, status and onChange, one channel each', async () => {
    expect(Object.keys(exposed.room).sort()).toEqual(['host', 'onChange', 'status', 'stopHosting'])
    ipcRenderer.invoke.mockResolvedValue(HOSTING)
    await expect(exposed.room.host()).resolves.toEqual(HOSTING)
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.roomHost)
    await exposed.room.stopHosting()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.roomStop)
    await exposed.room.status()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.roomStatus)
  })

  it('passes valid statuses (without the event) until unsubscribed, drops anything else', () => {
    const listener = vi.fn()
    const off = exposed.room.onChange(listener)
    const event = { sender: ipcRenderer }
    ipcRenderer.emit(IPC.roomChanged, event, HOSTING)
    for (const bad of [
      null,
      'hosting',
      { ...HOSTING, hosting: 'yes' },
      { ...HOSTING, problem: 'other' },
      { ...HOSTING, hostUrls: ['http://192.168.1.23:4444'] },
      { ...HOSTING, discovered: [42] },
      { ...HOSTING, discovered: undefined },
      { ...HOSTING, discovered: Array.from({ length: 257 }, (_, i) => `ws://10.0.${i}.1:1`) },
    ]) {
      ipcRenderer.emit(IPC.roomChanged, event, bad)
    }
    expect(listener.mock.calls).toEqual([[HOSTING]])
    expect(listener.mock.calls[0]![0]).not.toBe(HOSTING)
    // The most the main process can report (32 rooms, 4 addresses each) passes.
    const most = {
      ...HOSTING,
      discovered: Array.from({ length: 128 }, (_, i) => `ws://10.0.${i}.1:1`),
    }
    ipcRenderer.emit(IPC.roomChanged, event, most)
    expect(listener).toHaveBeenLastCalledWith(most)
    listener.mockClear()
    off()
    expect(ipcRenderer.listenerCount(IPC.roomChanged)).toBe(0)
    ipcRenderer.emit(IPC.roomChanged, event, HOSTING)
    expect(listener).not.toHaveBeenCalled()
  })
})
