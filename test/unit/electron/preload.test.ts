import { beforeAll, describe, expect, it, vi } from 'vitest'
import { IPC, type RhizomeBridge } from '@shared/platform/bridge'
import { contextBridge, ipcRenderer } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

let exposed: RhizomeBridge

beforeAll(async () => {
  await import('../../../electron/preload/index')
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [name, api] = contextBridge.exposeInMainWorld.mock.calls[0]!
  expect(name).toBe('rhizome')
  exposed = api as RhizomeBridge
})

describe('preload bridge', () => {
  it('exposes exactly the RhizomeBridge members', () => {
    expect(Object.keys(exposed).sort()).toEqual([
      'getAppInfo',
      'keychain',
      'kind',
      'onLockRequest',
      'onMenuCommand',
      'openLink',
      'room',
      'setLocale',
      'wipeAll',
    ])
    expect(Object.keys(exposed.keychain).sort()).toEqual(['clear', 'load', 'status', 'store'])
    expect(exposed.kind).toBe('electron')
    const { keychain, room, ...rest } = exposed
    for (const value of [
      ...Object.values(rest),
      ...Object.values(keychain),
      ...Object.values(room),
    ]) {
      expect(value).not.toBe(ipcRenderer)
      expect(['string', 'function']).toContain(typeof value)
    }
  })

  it('invokes one channel per call', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ version: '1.2.3', os: 'linux' })
    await expect(exposed.getAppInfo()).resolves.toEqual({ version: '1.2.3', os: 'linux' })
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.appInfo)
    await expect(exposed.setLocale('de')).resolves.toBeUndefined()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.setLocale, 'de')

    const key = new Uint8Array(32).fill(3)
    await exposed.keychain.status()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.keychainStatus)
    await expect(exposed.keychain.store(key)).resolves.toBeUndefined()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.keychainStore, key)
    ipcRenderer.invoke.mockResolvedValueOnce(key)
    await expect(exposed.keychain.load()).resolves.toBe(key)
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.keychainLoad)
    await expect(exposed.keychain.clear()).resolves.toBeUndefined()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.keychainClear)
    await expect(exposed.wipeAll()).resolves.toBeUndefined()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC.wipeAll)
  })

  it('calls lock listeners without arguments, until unsubscribed', () => {
    const listener = vi.fn()
    const unsubscribe = exposed.onLockRequest(listener)
    ipcRenderer.emit(IPC.lockRequest, { sender: ipcRenderer }, 'payload')
    expect(listener.mock.calls).toEqual([[]])
    unsubscribe()
    ipcRenderer.emit(IPC.lockRequest, { sender: ipcRenderer })
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('passes known menu commands, without the event, until unsubscribed', () => {
    const listener = vi.fn()
    const unsubscribe = exposed.onMenuCommand(listener)
    const event = { sender: ipcRenderer }
    ipcRenderer.emit(IPC.menuCommand, event, 'newCircle')
    ipcRenderer.emit(IPC.menuCommand, event, 'deleteEverything')
    ipcRenderer.emit(IPC.menuCommand, event, { command: 'newCircle' })
    ipcRenderer.emit(IPC.menuCommand, event)
    ipcRenderer.emit('other-channel', event, 'newPerson')
    expect(listener.mock.calls).toEqual([['newCircle']])

    unsubscribe()
    expect(ipcRenderer.listenerCount(IPC.menuCommand)).toBe(0)
    ipcRenderer.emit(IPC.menuCommand, event, 'textLarger')
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
