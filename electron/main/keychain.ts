import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { safeStorage } from 'electron'
import { DEVICE_KEY_BYTES, type KeychainStatus } from '@shared/platform/bridge'

export type SafeStorageApi = Pick<
  typeof safeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
>

export const isDeviceKey = (v: unknown): v is Uint8Array =>
  v instanceof Uint8Array && v.byteLength === DEVICE_KEY_BYTES

/**
 * Keeps the device key in one file, encrypted by the OS keychain through Electron's
 * safeStorage (Keychain on macOS, DPAPI on Windows, libsecret/KWallet on Linux). On Linux
 * without a real secret store safeStorage falls back to `basic_text`, a hard-coded password:
 * that is reported as `insecure` and nothing is stored.
 */
export class Keychain {
  constructor(
    private readonly file: string,
    private readonly storage: SafeStorageApi = safeStorage,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  async status(): Promise<KeychainStatus> {
    if (this.platform === 'linux') {
      const backend = this.storage.getSelectedStorageBackend()
      if (backend === 'basic_text') return 'insecure'
      if (backend === 'unknown') return 'unavailable'
    }
    try {
      return (await this.storage.isAsyncEncryptionAvailable()) ? 'available' : 'unavailable'
    } catch {
      return 'unavailable'
    }
  }

  async store(deviceKey: Uint8Array): Promise<void> {
    if (!isDeviceKey(deviceKey)) throw new Error('not a device key')
    const status = await this.status()
    if (status !== 'available') throw new Error(`the OS keychain is ${status}`)
    const sealed = await this.storage.encryptStringAsync(Buffer.from(deviceKey).toString('base64'))
    await mkdir(path.dirname(this.file), { recursive: true })
    const temporary = `${this.file}.tmp`
    await writeFile(temporary, sealed, { mode: 0o600 })
    await rename(temporary, this.file)
  }

  /** The stored key; null when none is stored, the keychain refuses, or the file is damaged. */
  async load(): Promise<Uint8Array | null> {
    if ((await this.status()) !== 'available') return null
    let sealed: Buffer
    try {
      sealed = await readFile(this.file)
    } catch {
      return null
    }
    try {
      const { result, shouldReEncrypt } = await this.storage.decryptStringAsync(sealed)
      const key = new Uint8Array(Buffer.from(result, 'base64'))
      if (!isDeviceKey(key)) throw new Error('wrong length')
      if (shouldReEncrypt) {
        await this.store(key).catch(() => console.warn('[keychain] could not re-encrypt'))
      }
      return key
    } catch {
      console.warn('[keychain] the stored device key could not be decrypted')
      return null
    }
  }

  async clear(): Promise<void> {
    await rm(this.file, { force: true })
    await rm(`${this.file}.tmp`, { force: true })
  }
}
