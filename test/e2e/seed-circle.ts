import type { Page } from '@playwright/test'
import type * as Y from 'yjs'
import type { AesKey } from '../../shared/crypto/key-type'
import { readVaultRecord, unlockWithPassphrase } from '../../shared/crypto/vault'
import type { DataDb, SealedRecord } from '../../renderer/src/data/data-db'
import { EncryptedDocPersistence } from '../../renderer/src/data/encrypted-persistence'
import { CircleIndex, type LocalDb } from '../../renderer/src/data/local-db'
import { PASSPHRASE } from './helpers'

/**
 * Stores a circle built in Node with the app's own domain code, sealed under this profile's
 * data key, straight into IndexedDB (as chart.spec.ts does; the product has no test hooks).
 * `build` gets the id this member has in the app, so records can be theirs.
 */

interface CircleRow {
  id: string
  openedAt: number
  sealed: Uint8Array
}

async function readStored(page: Page, circleId: string) {
  const got = await page.evaluate(
    (id) =>
      new Promise<{ vault: unknown; row: { id: string; openedAt: number; sealed: number[] } }>(
        (resolve, reject) => {
          const open = indexedDB.open('rhizome-local')
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const tx = open.result.transaction(['vault', 'circles'])
            const vault = tx.objectStore('vault').get('main')
            const row = tx.objectStore('circles').get(id)
            tx.oncomplete = () => {
              open.result.close()
              const r = row.result as CircleRow
              resolve({
                vault: (vault.result as { record: unknown }).record,
                row: { id: r.id, openedAt: r.openedAt, sealed: [...r.sealed] },
              })
            }
            tx.onerror = () => reject(tx.error)
          }
        },
      ),
    circleId,
  )
  return { vault: got.vault, row: { ...got.row, sealed: Uint8Array.from(got.row.sealed) } }
}

async function seal(
  key: AesKey,
  template: CircleRow,
  name: string,
  build: (memberId: string) => Y.Doc,
) {
  let row: CircleRow | undefined
  const circles = { get: async () => template, put: async (r: CircleRow) => (row = r) }
  const index = new CircleIndex({ circles } as unknown as LocalDb, key)
  const entry = await index.get(template.id)
  if (!entry) throw new Error('the template circle does not open with this key')
  const doc = build(entry.member.id)
  const records: SealedRecord[] = []
  const none = { toArray: async () => [], last: async () => undefined }
  const table = {
    where: () => ({ equals: () => none }),
    add: async (r: SealedRecord) => records.push(r),
  }
  const persistence = new EncryptedDocPersistence(
    { records: table } as unknown as DataDb,
    key,
    async () => 0,
  )
  const handle = await persistence.attach(doc.guid, doc)
  await handle.flush()
  await handle.close()
  await index.put({ ...entry, id: doc.guid, name, createdAt: Date.now(), openedAt: Date.now() })
  doc.destroy()
  return { records, row: row! }
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

async function store(page: Page, sealed: { records: SealedRecord[]; row: CircleRow }) {
  await page.evaluate(
    async ({ records, row }) => {
      const bytes = (text: string) => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0))
      const write = (dbName: string, storeName: string, rows: unknown[]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(dbName)
          open.onerror = () => reject(open.error)
          open.onsuccess = () => {
            const db = open.result
            const tx = db.transaction(storeName, 'readwrite')
            for (const r of rows) tx.objectStore(storeName).add(r)
            tx.oncomplete = () => {
              db.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
            tx.onabort = () => reject(tx.error)
          }
        })
      await write(
        'rhizome-data',
        'records',
        records.map((r) => ({ doc: r.doc, data: bytes(r.data) })),
      )
      await write('rhizome-local', 'circles', [{ ...row, sealed: bytes(row.sealed) }])
    },
    {
      records: sealed.records.map((r) => ({ doc: r.doc, data: b64(r.data) })),
      row: { id: sealed.row.id, openedAt: sealed.row.openedAt, sealed: b64(sealed.row.sealed) },
    },
  )
}

/**
 * Stores a circle made by `build`, using the circle `templateId` (made by hand in the app) for
 * this member's identity. Reload and unlock afterwards to see it.
 */
export async function storeSeededCircle(
  page: Page,
  templateId: string,
  name: string,
  build: (memberId: string) => Y.Doc,
): Promise<void> {
  const stored = await readStored(page, templateId)
  const record = readVaultRecord(stored.vault)
  if (!record) throw new Error('no vault record')
  const key = (await unlockWithPassphrase(record, PASSPHRASE)).dataKey
  await store(page, await seal(key, stored.row, name, build))
}
