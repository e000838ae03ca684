import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { Keychain } from '../../../electron/main/keychain'
import { resetFakeElectron, safeStorage } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

const dir = mkdtempSync(path.join(tmpdir(), 'rhizome-keychain-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let file: string
let count = 0
beforeEach(() => {
  resetFakeElectron()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  safeStorage.getSelectedStorageBackend.mockImplementation(() => 'gnome_libsecret')
  safeStorage.isAsyncEncryptionAvailable.mockImplementation(() => Promise.resolve(true))
  file = path.join(dir, `profile-${count++}`, 'device-key.bin')
})

const KEY = new Uint8Array(32).map((_, i) => i * 7)

describe('keychain', () => {
  it('stores the key only encrypted, owner-readable, and loads it back', async () => {
    const keychain = new Keychain(file, safeStorage, 'linux')
    await expect(keychain.status()).resolves.toBe('available')
    await keychain.store(KEY)
    const onDisk = readFileSync(file)
    expect(onDisk.toString().startsWith('sealed:')).toBe(true)
    expect(onDisk.includes(Buffer.from(KEY))).toBe(false)
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
    await expect(keychain.load()).resolves.toEqual(KEY)
  })

  it('reports basic_text on Linux as insecure and stores nothing', async () => {
    safeStorage.getSelectedStorageBackend.mockImplementation(() => 'basic_text')
    const keychain = new Keychain(file, safeStorage, 'linux')
    await expect(keychain.status()).resolves.toBe('insecure')
    await expect(keychain.store(KEY)).rejects.toThrow(/insecure/)
    expect(existsSync(file)).toBe(false)
    await expect(keychain.load()).resolves.toBeNull()
  })

  it('is unavailable when safeStorage cannot encrypt', async () => {
    safeStorage.isAsyncEncryptionAvailable.mockImplementation(() => Promise.resolve(false))
    const keychain = new Keychain(file, safeStorage, 'darwin')
    await expect(keychain.status()).resolves.toBe('unavailable')
    await expect(keychain.store(KEY)).rejects.toThrow(/unavailable/)
    expect(safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled()
  })

  it('refuses anything but a 32-byte key', async () => {
    const keychain = new Keychain(file, safeStorage, 'linux')
    await expect(keychain.store(new Uint8Array(16))).rejects.toThrow(/device key/)
    expect(existsSync(file)).toBe(false)
  })

  it('loads null when nothing is stored or the file is damaged', async () => {
    const keychain = new Keychain(file, safeStorage, 'linux')
    await expect(keychain.load()).resolves.toBeNull()
    await keychain.store(KEY)
    writeFileSync(file, 'sealed:AAAA')
    await expect(keychain.load()).resolves.toBeNull()
    safeStorage.decryptStringAsync.mockRejectedValueOnce(new Error('bad'))
    await expect(keychain.load()).resolves.toBeNull()
  })

  it('re-encrypts when safeStorage asks for it', async () => {
    const keychain = new Keychain(file, safeStorage, 'linux')
    await keychain.store(KEY)
    safeStorage.encryptStringAsync.mockClear()
    safeStorage.decryptStringAsync.mockImplementationOnce((sealed: Buffer) =>
      Promise.resolve({ result: sealed.toString().slice('sealed:'.length), shouldReEncrypt: true }),
    )
    await expect(keychain.load()).resolves.toEqual(KEY)
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledOnce()
  })

  it('clears the stored key', async () => {
    const keychain = new Keychain(file, safeStorage, 'linux')
    await keychain.store(KEY)
    await keychain.clear()
    expect(existsSync(file)).toBe(false)
    await expect(keychain.load()).resolves.toBeNull()
    await expect(keychain.clear()).resolves.toBeUndefined()
  })
})
