import { randomBytes, wipe } from '@shared/crypto/bytes'
import type { AesKey } from '@shared/crypto/key-type'
import { MIN_PASSPHRASE_LENGTH } from '@shared/crypto/passphrase'
import {
  changePassphrase,
  createVault,
  forgetDevice,
  readVaultRecord,
  rememberOnDevice,
  unlockWithDeviceKey,
  unlockWithPassphrase,
  WrongPassphrase,
  type VaultRecord,
} from '@shared/crypto/vault'
import { ValueStore } from '@shared/data/store'
import { DEVICE_KEY_BYTES, type KeychainStatus } from '@shared/platform/bridge'
import type { LocalDb } from '../data/local-db'
import type { Platform } from '../platform/platform'
import { unlockDelayMs } from './throttle'

export type GateState =
  | { kind: 'loading' }
  | { kind: 'setup'; keychain: KeychainStatus }
  | { kind: 'locked'; keychain: KeychainStatus; remembered: boolean }
  | { kind: 'unlocked'; dataKey: AesKey; remembered: boolean; keychain: KeychainStatus }

export type UnlockOutcome =
  { ok: true } | { ok: false; reason: 'wrong' | 'keychain'; waitMs: number }

const FAILURES = 'unlockFailures'

/**
 * Holds the data key while the app is unlocked, and nothing while it is locked. The key never
 * leaves memory unwrapped: it is a non-extractable WebCrypto key, dropped on lock.
 */
export class KeyGate extends ValueStore<GateState> {
  private record: VaultRecord | null = null

  constructor(
    private readonly db: LocalDb,
    private readonly platform: Platform,
  ) {
    super({ kind: 'loading' })
  }

  async init(): Promise<void> {
    const keychain = await this.platform.keychain.status().catch(() => 'unavailable' as const)
    this.record = readVaultRecord((await this.db.vault.get('main'))?.record)
    this.set(
      this.record
        ? { kind: 'locked', keychain, remembered: this.record.byDevice !== null }
        : { kind: 'setup', keychain },
    )
  }

  get keychain(): KeychainStatus {
    const s = this.getSnapshot()
    return s.kind === 'loading' ? 'unavailable' : s.keychain
  }

  async setup(passphrase: string, remember: boolean): Promise<void> {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error('passphrase too short')
    const deviceKey =
      remember && this.keychain === 'available' ? randomBytes(DEVICE_KEY_BYTES) : null
    try {
      const { record, dataKey } = await createVault(passphrase, deviceKey)
      if (deviceKey) await this.platform.keychain.store(deviceKey)
      await this.db.vault.put({ id: 'main', record })
      this.record = record
      this.set({
        kind: 'unlocked',
        dataKey,
        remembered: deviceKey !== null,
        keychain: this.keychain,
      })
    } finally {
      if (deviceKey) wipe(deviceKey)
    }
  }

  /** How long the next attempt must wait after earlier wrong passphrases (ms, 0 = now). */
  async waitMs(now = Date.now()): Promise<number> {
    const v = (await this.db.settings.get(FAILURES))?.value as
      { count?: unknown; at?: unknown } | undefined
    const count = typeof v?.count === 'number' ? v.count : 0
    const at = typeof v?.at === 'number' ? v.at : 0
    return Math.max(0, at + unlockDelayMs(count) - now)
  }

  async unlock(passphrase: string): Promise<UnlockOutcome> {
    if (!this.record) throw new Error('no vault')
    const wait = await this.waitMs()
    if (wait > 0) return { ok: false, reason: 'wrong', waitMs: wait }
    try {
      const { dataKey } = await unlockWithPassphrase(this.record, passphrase)
      await this.db.settings.delete(FAILURES)
      this.set({
        kind: 'unlocked',
        dataKey,
        remembered: this.record.byDevice !== null,
        keychain: this.keychain,
      })
      return { ok: true }
    } catch (err) {
      if (!(err instanceof WrongPassphrase)) throw err
      const prev = (await this.db.settings.get(FAILURES))?.value as { count?: number } | undefined
      await this.db.settings.put({
        key: FAILURES,
        value: { count: (prev?.count ?? 0) + 1, at: Date.now() },
      })
      return { ok: false, reason: 'wrong', waitMs: await this.waitMs() }
    }
  }

  async unlockWithKeychain(): Promise<UnlockOutcome> {
    if (!this.record?.byDevice || this.keychain !== 'available')
      return { ok: false, reason: 'keychain', waitMs: 0 }
    const deviceKey = await this.platform.keychain.load().catch(() => null)
    if (!deviceKey) return { ok: false, reason: 'keychain', waitMs: 0 }
    try {
      const { dataKey } = await unlockWithDeviceKey(this.record, deviceKey)
      this.set({ kind: 'unlocked', dataKey, remembered: true, keychain: this.keychain })
      return { ok: true }
    } catch {
      return { ok: false, reason: 'keychain', waitMs: 0 }
    } finally {
      wipe(deviceKey)
    }
  }

  lock(): void {
    const s = this.getSnapshot()
    if (s.kind !== 'unlocked') return
    this.set({ kind: 'locked', keychain: s.keychain, remembered: s.remembered })
  }

  /** Re-wraps the data key under a new passphrase. False when the current one is wrong. */
  async changePassphrase(current: string, next: string): Promise<boolean> {
    if (!this.record) return false
    if (next.length < MIN_PASSPHRASE_LENGTH) throw new Error('passphrase too short')
    try {
      const record = await changePassphrase(this.record, current, next)
      await this.db.vault.put({ id: 'main', record })
      this.record = record
      return true
    } catch (err) {
      if (err instanceof WrongPassphrase) return false
      throw err
    }
  }

  /** Turns "remember on this device" on (needs the passphrase) or off. */
  async setRemembered(on: boolean, passphrase = ''): Promise<boolean> {
    const s = this.getSnapshot()
    if (!this.record || s.kind !== 'unlocked') return false
    let record: VaultRecord
    if (on) {
      if (this.keychain !== 'available') return false
      const deviceKey = randomBytes(DEVICE_KEY_BYTES)
      try {
        record = await rememberOnDevice(this.record, passphrase, deviceKey)
        await this.platform.keychain.store(deviceKey)
      } catch (err) {
        if (err instanceof WrongPassphrase) return false
        throw err
      } finally {
        wipe(deviceKey)
      }
    } else {
      record = forgetDevice(this.record)
      await this.platform.keychain.clear()
    }
    await this.db.vault.put({ id: 'main', record })
    this.record = record
    this.set({ ...s, remembered: on })
    return true
  }
}
