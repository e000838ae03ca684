import { describe, expect, it } from 'vitest'
import { randomBytes } from '@shared/crypto/bytes'
import { BackupError, openBackup, sealBackup, BACKUP_CHUNK } from '@shared/crypto/backup'
import { open, OpenFailed, seal } from '@shared/crypto/seal'
import {
  changePassphrase,
  createVault,
  readVaultRecord,
  unlockWithDeviceKey,
  unlockWithPassphrase,
  WrongPassphrase,
} from '@shared/crypto/vault'

const IT = 100_000 // the floor readVaultRecord accepts; production uses 600,000
const text = (s: string) => new TextEncoder().encode(s)

describe('vault', () => {
  it('unlocks with the passphrase and the device key, not with a wrong one', async () => {
    const device = randomBytes(32)
    const { record, dataKey } = await createVault('correct horse battery', device, IT)
    const sealed = await seal(dataKey, text('Rosa'), 'circle-1')
    const a = await unlockWithPassphrase(record, 'correct horse battery')
    expect(new TextDecoder().decode(await open(a.dataKey, sealed, 'circle-1'))).toBe('Rosa')
    const b = await unlockWithDeviceKey(record, device)
    expect(await open(b.dataKey, sealed, 'circle-1')).toEqual(text('Rosa'))
    await expect(unlockWithPassphrase(record, 'wrong horse')).rejects.toBeInstanceOf(
      WrongPassphrase,
    )
    await expect(unlockWithDeviceKey(record, randomBytes(32))).rejects.toBeInstanceOf(OpenFailed)
    expect(JSON.stringify(record)).not.toContain('Rosa')
    expect(readVaultRecord(JSON.parse(JSON.stringify(record)))).toEqual(record)
    expect(readVaultRecord({ ...record, kdf: { ...record.kdf, iterations: 1 } })).toBeNull()
  })

  it('changes the passphrase without changing the data key', async () => {
    const { record, dataKey } = await createVault('first passphrase', null, IT)
    const sealed = await seal(dataKey, text('x'), 'c')
    const next = await changePassphrase(record, 'first passphrase', 'second passphrase')
    await expect(unlockWithPassphrase(next, 'first passphrase')).rejects.toBeInstanceOf(
      WrongPassphrase,
    )
    const u = await unlockWithPassphrase(next, 'second passphrase')
    expect(await open(u.dataKey, sealed, 'c')).toEqual(text('x'))
  })

  it('binds sealed data to its context and detects flipped bytes', async () => {
    const { dataKey } = await createVault('passphrase!', null, IT)
    const sealed = await seal(dataKey, text('secret'), 'circle-a')
    await expect(open(dataKey, sealed, 'circle-b')).rejects.toBeInstanceOf(OpenFailed)
    const flipped = sealed.slice()
    flipped[20] = flipped[20]! ^ 1
    await expect(open(dataKey, flipped, 'circle-a')).rejects.toBeInstanceOf(OpenFailed)
    const again = await seal(dataKey, text('secret'), 'circle-a')
    expect(again).not.toEqual(sealed) // fresh IV every time
  })
})

describe('backup', () => {
  it('round-trips a multi-chunk circle with progress, and refuses wrong or damaged input', async () => {
    const state = new Uint8Array(BACKUP_CHUNK * 2 + 123).map((_, i) => (i * 31) % 251)
    const progress: number[] = []
    const blob = await sealBackup(
      { circleId: 'c1', name: 'Tenants', language: 'de', exportedAt: 5, state },
      'backup passphrase',
      (d) => progress.push(d),
      IT,
    )
    expect(progress).toEqual([1, 2, 3])
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect(new TextDecoder().decode(bytes)).not.toContain('Tenants')
    const back = await openBackup(bytes, 'backup passphrase')
    expect(back).toMatchObject({ circleId: 'c1', name: 'Tenants', language: 'de', exportedAt: 5 })
    expect(Buffer.compare(Buffer.from(back.state), Buffer.from(state))).toBe(0)
    await expect(openBackup(bytes, 'nope')).rejects.toEqual(new BackupError('wrongPassphrase'))
    await expect(openBackup(text('hello'), 'x')).rejects.toEqual(new BackupError('notABackup'))
    const cut = bytes.slice(0, bytes.length - 10)
    await expect(openBackup(cut, 'backup passphrase')).rejects.toEqual(new BackupError('damaged'))
  })
})
