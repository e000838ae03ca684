import type { AesKey } from './key-type'
import { fromBase64, randomBytes, toBase64, wipe } from './bytes'
import { deriveKek, PBKDF2_ITERATIONS, SALT_BYTES } from './passphrase'
import { importAesKey, open, OpenFailed, seal } from './seal'

/**
 * The key hierarchy. One random 256-bit data key encrypts everything stored on this device.
 * It is kept only wrapped: by a key derived from the passphrase and, if the member chose
 * "remember on this device", by a device key that the OS keychain protects. The record holds
 * nothing usable without one of those.
 */
export interface VaultRecord {
  v: 1
  kdf: { name: 'PBKDF2-SHA256'; iterations: number; salt: string }
  byPassphrase: string
  byDevice: string | null
}

const CTX_PASS = 'rhizome:data-key:passphrase'
const CTX_DEVICE = 'rhizome:data-key:device'
export const KEY_BYTES = 32

export class WrongPassphrase extends Error {
  constructor() {
    super('wrong passphrase')
    this.name = 'WrongPassphrase'
  }
}

export interface Unlocked {
  /** Non-extractable AES-GCM key for the stored data. */
  dataKey: AesKey
}

export async function createVault(
  passphrase: string,
  deviceKey: Uint8Array | null = null,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ record: VaultRecord } & Unlocked> {
  const raw = randomBytes(KEY_BYTES)
  try {
    const salt = randomBytes(SALT_BYTES)
    const kek = await deriveKek(passphrase, salt, iterations)
    const record: VaultRecord = {
      v: 1,
      kdf: { name: 'PBKDF2-SHA256', iterations, salt: toBase64(salt) },
      byPassphrase: toBase64(await seal(kek, raw, CTX_PASS)),
      byDevice: deviceKey
        ? toBase64(await seal(await importAesKey(deviceKey), raw, CTX_DEVICE))
        : null,
    }
    return { record, dataKey: await importAesKey(raw) }
  } finally {
    wipe(raw)
  }
}

async function rawByPassphrase(record: VaultRecord, passphrase: string): Promise<Uint8Array> {
  const kek = await deriveKek(passphrase, fromBase64(record.kdf.salt), record.kdf.iterations)
  try {
    return await open(kek, fromBase64(record.byPassphrase), CTX_PASS)
  } catch (err) {
    if (err instanceof OpenFailed) throw new WrongPassphrase()
    throw err
  }
}

export async function unlockWithPassphrase(
  record: VaultRecord,
  passphrase: string,
): Promise<Unlocked> {
  const raw = await rawByPassphrase(record, passphrase)
  try {
    return { dataKey: await importAesKey(raw) }
  } finally {
    wipe(raw)
  }
}

export async function unlockWithDeviceKey(
  record: VaultRecord,
  deviceKey: Uint8Array,
): Promise<Unlocked> {
  if (!record.byDevice) throw new OpenFailed()
  const raw = await open(await importAesKey(deviceKey), fromBase64(record.byDevice), CTX_DEVICE)
  try {
    return { dataKey: await importAesKey(raw) }
  } finally {
    wipe(raw)
  }
}

/** Re-wraps the same data key under a new passphrase (the stored data is not re-encrypted). */
export async function changePassphrase(
  record: VaultRecord,
  current: string,
  next: string,
): Promise<VaultRecord> {
  const raw = await rawByPassphrase(record, current)
  try {
    const salt = randomBytes(SALT_BYTES)
    const kek = await deriveKek(next, salt, record.kdf.iterations)
    return {
      ...record,
      kdf: { name: 'PBKDF2-SHA256', iterations: record.kdf.iterations, salt: toBase64(salt) },
      byPassphrase: toBase64(await seal(kek, raw, CTX_PASS)),
    }
  } finally {
    wipe(raw)
  }
}

/** Adds (or replaces) the device-key wrapping; needs the passphrase. */
export async function rememberOnDevice(
  record: VaultRecord,
  passphrase: string,
  deviceKey: Uint8Array,
): Promise<VaultRecord> {
  const raw = await rawByPassphrase(record, passphrase)
  try {
    return {
      ...record,
      byDevice: toBase64(await seal(await importAesKey(deviceKey), raw, CTX_DEVICE)),
    }
  } finally {
    wipe(raw)
  }
}

export const forgetDevice = (record: VaultRecord): VaultRecord => ({ ...record, byDevice: null })

/** Validates a stored vault record; null when absent or unusable. */
export function readVaultRecord(raw: unknown): VaultRecord | null {
  if (typeof raw !== 'object' || raw === null) return null
  const r = raw as Record<string, unknown>
  const kdf = r.kdf as Record<string, unknown> | undefined
  const ok =
    r.v === 1 &&
    typeof kdf === 'object' &&
    kdf !== null &&
    kdf.name === 'PBKDF2-SHA256' &&
    typeof kdf.iterations === 'number' &&
    kdf.iterations >= 100_000 &&
    typeof kdf.salt === 'string' &&
    typeof r.byPassphrase === 'string' &&
    (r.byDevice === null || typeof r.byDevice === 'string')
  return ok ? (r as unknown as VaultRecord) : null
}
