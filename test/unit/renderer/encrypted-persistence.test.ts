import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import { importAesKey } from '@shared/crypto/seal'
import { persistenceContract } from '@shared/persistence/contract'
import { DataDb } from '../../../renderer/src/data/data-db'
import {
  COMPACT_AFTER,
  DamagedStore,
  EncryptedDocPersistence,
} from '../../../renderer/src/data/encrypted-persistence'

const key = await importAesKey(randomBytes(32))
let n = 0
const freshDb = () => new DataDb(`data-test-${n++}`)

describe('persistence contract: encrypted store on fake-indexeddb', () => {
  const db = freshDb()
  persistenceContract.forEach((c, i) =>
    it(c.name, () => c.run(() => new EncryptedDocPersistence(db, key), `doc-${i}`)),
  )
})

const canary = 'CANARY-7f3a9c'
const rawBytes = async (db: DataDb) =>
  Buffer.concat((await db.records.toArray()).map((r) => Buffer.from(r.data))).toString('latin1')

describe('EncryptedDocPersistence', () => {
  it('stores nothing readable', async () => {
    const db = freshDb()
    const doc = new Y.Doc()
    const h = await new EncryptedDocPersistence(db, key).attach('c', doc)
    doc.getMap('people').set('p', { name: canary, notes: canary })
    await h.flush()
    expect(await rawBytes(db)).not.toContain(canary)
  })

  it('compacts many records into one, and deleted content is gone from the store', async () => {
    const db = freshDb()
    const p = new EncryptedDocPersistence(db, key)
    const doc = new Y.Doc()
    const h = await p.attach('c', doc)
    const map = doc.getMap<string>('m')
    for (let i = 0; i < COMPACT_AFTER + 5; i++) {
      map.set(`k${i}`, `${canary}-${i}`)
      await h.flush()
    }
    map.delete('k0')
    await h.flush()
    await expect.poll(async () => (await db.records.count()) < 10, { timeout: 5000 }).toBe(true)
    await h.close()
    const again = new Y.Doc()
    await p.attach('c', again)
    expect(again.getMap('m').size).toBe(COMPACT_AFTER + 4)
    // Decrypt the store and look for the deleted value: compaction dropped it.
    const { open } = await import('@shared/crypto/seal')
    const plain = await Promise.all(
      (await db.records.toArray()).map((r) => open(key, r.data, 'rhizome:doc:c')),
    )
    expect(Buffer.concat(plain.map((u) => Buffer.from(u))).toString('latin1')).not.toContain(
      `${canary}-0"`,
    )
  })

  it('an erased person is gone from the decrypted store right after compactNow', async () => {
    const { CircleSession } = await import('@shared/domain/circle/session')
    const { addPerson } = await import('@shared/domain/people/commands')
    const { assess } = await import('@shared/domain/assessments/commands')
    const { erasePerson } = await import('@shared/domain/people/erase')
    const { emptyPersonInput } = await import('@shared/domain/people/person')
    const { open } = await import('@shared/crypto/seal')
    const db = freshDb()
    const doc = new Y.Doc()
    const h = await new EncryptedDocPersistence(db, key).attach('c', doc)
    const s = new CircleSession('c', doc)
    const r = addPerson(s, { ...emptyPersonInput(), name: `Zelda ${canary}`, notes: canary })
    if (!r.ok) throw new Error('add failed')
    addPerson(s, { ...emptyPersonInput(), name: 'Clara' })
    assess(s, { personId: r.value, value: 2, reason: `reason ${canary}`, by: '' })
    await h.flush()
    erasePerson(s, r.value)
    await h.compactNow!()
    const plain = await Promise.all(
      (await db.records.toArray()).map((x) => open(key, x.data, 'rhizome:doc:c')),
    )
    const text = Buffer.concat(plain.map((u) => Buffer.from(u))).toString('latin1')
    expect(text).toContain('Clara')
    expect(text).not.toContain(canary)
    s.destroy()
    await h.close()
  })

  it('refuses to open a circle whose records were changed, and keeps them', async () => {
    const db = freshDb()
    const p = new EncryptedDocPersistence(db, key)
    const doc = new Y.Doc()
    const h = await p.attach('c', doc)
    doc.getMap('m').set('a', 1)
    await h.flush()
    await h.close()
    const [row] = await db.records.toArray()
    const data = row!.data.slice()
    data[30] = data[30]! ^ 0xff
    await db.records.put({ ...row!, data })
    await expect(p.attach('c', new Y.Doc())).rejects.toBeInstanceOf(DamagedStore)
    expect((await db.records.toArray())[0]!.data).toEqual(data)
    expect(await p.quarantine('c')).toBe(1)
    expect(await db.records.count()).toBe(0)
    expect(await db.quarantine.count()).toBe(1)
  })

  it('does not open with another key', async () => {
    const db = freshDb()
    const doc = new Y.Doc()
    const h = await new EncryptedDocPersistence(db, key).attach('c', doc)
    doc.getMap('m').set('a', 1)
    await h.flush()
    const other = await importAesKey(randomBytes(32))
    await expect(
      new EncryptedDocPersistence(db, other).attach('c', new Y.Doc()),
    ).rejects.toBeInstanceOf(DamagedStore)
  })

  it('reports a refused write, keeps the edit, and saves it once the store works again', async () => {
    const db = freshDb()
    const p = new EncryptedDocPersistence(db, key)
    const doc = new Y.Doc()
    const h = await p.attach('c', doc)
    const add = db.records.add.bind(db.records)
    let refuse = true
    db.records.add = ((...args: Parameters<typeof add>) => {
      if (refuse) return Promise.reject(new DOMException('full', 'QuotaExceededError'))
      return add(...args)
    }) as typeof add
    doc.getMap('m').set('a', 'kept')
    await expect(h.flush()).rejects.toBeDefined()
    expect(h.saveState.getSnapshot()).toEqual({ kind: 'error', code: 'quotaExceeded' })
    refuse = false
    await expect.poll(() => h.saveState.getSnapshot().kind, { timeout: 5000 }).toBe('saved')
    await h.close()
    const again = new Y.Doc()
    await p.attach('c', again)
    expect(again.getMap('m').get('a')).toBe('kept')
  })
})
