import { expect, type Page } from '@playwright/test'
import * as Y from 'yjs'
import type { AesKey } from '../../shared/crypto/key-type'
import { readVaultRecord, unlockWithPassphrase } from '../../shared/crypto/vault'
import { initCircle } from '../../shared/domain/circle/commands'
import { CircleSession } from '../../shared/domain/circle/session'
import { registerSelf } from '../../shared/domain/members/commands'
import { en } from '../../shared/i18n/en'
import { newId } from '../../shared/util/id'
import type { DataDb, SealedRecord } from '../../renderer/src/data/data-db'
import { EncryptedDocPersistence } from '../../renderer/src/data/encrypted-persistence'
import { CircleIndex, type LocalDb } from '../../renderer/src/data/local-db'
import { createCircle, PASSPHRASE, start, unlock } from './helpers'

/**
 * Stores a circle built in Node with the app's own domain code, sealed with the app's own
 * storage code under this profile's data key, straight into IndexedDB (the product has no
 * test hooks). `build` gets the id this member has in the app, so records can be theirs.
 */

/** Builds the circle's document from the id this member has in the app. */
export type BuildCircle = (memberId: string) => Y.Doc

/** A second member of seeded circles (besides the one using the app). */
export const KIM = 'member-kim-aaaaaaaa'

/** A new circle document named `name`, with Kim registered as a member; destroy the session. */
export function newSeedCircle(name: string, now: number): { doc: Y.Doc; session: CircleSession } {
  const doc = new Y.Doc({ guid: newId() })
  const session = new CircleSession(doc.guid, doc)
  initCircle(session, name, 'en', now)
  const publicKey = { x: 'x'.repeat(43), y: 'y'.repeat(43) }
  registerSelf(session, { id: KIM, name: 'Kim', colour: '#1d4ed8', publicKey }, now)
  return { doc, session }
}

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

async function seal(key: AesKey, template: CircleRow, name: string, build: BuildCircle) {
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

/**
 * Writes a sealed circle into the app's databases (both already created by the app). Records
 * go over in base64 chunks of 4 MiB, so that a circle of 100,000 people fits through
 * page.evaluate.
 */
async function store(page: Page, sealed: { records: SealedRecord[]; row: CircleRow }) {
  const CHUNK = 4 * 1024 * 1024 // a multiple of 4, so each chunk decodes on its own
  await page.evaluate(() => {
    ;(window as unknown as { seed: Record<number, string[]> }).seed = {}
  })
  for (const [record, r] of sealed.records.entries()) {
    const text = b64(r.data)
    for (let at = 0; at < text.length; at += CHUNK) {
      await page.evaluate(
        ({ record, chunk }) => {
          const seed = (window as unknown as { seed: Record<number, string[]> }).seed
          ;(seed[record] ??= []).push(chunk)
        },
        { record, chunk: text.slice(at, at + CHUNK) },
      )
    }
  }
  await page.evaluate(
    async ({ records, row }) => {
      const seed = (window as unknown as { seed: Record<number, string[]> }).seed
      const bytes = (chunks: string[]) => {
        const parts = chunks.map((c) => Uint8Array.from(atob(c), (ch) => ch.charCodeAt(0)))
        const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
        let offset = 0
        for (const p of parts) {
          out.set(p, offset)
          offset += p.length
        }
        return out
      }
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
        records.map((r, i) => ({ doc: r.doc, data: bytes(seed[i] ?? []) })),
      )
      await write('rhizome-local', 'circles', [{ ...row, sealed: bytes([row.sealed]) }])
      delete (window as unknown as { seed?: unknown }).seed
    },
    {
      records: sealed.records.map((r) => ({ doc: r.doc })),
      row: { id: sealed.row.id, openedAt: sealed.row.openedAt, sealed: b64(sealed.row.sealed) },
    },
  )
}

/**
 * Unwraps this profile's data key once, for the circle `templateId` (made by hand in the app,
 * for this member's identity); returns `seed(name, build)`, which stores a circle made by
 * `build`. Reload and unlock afterwards to see it.
 */
export async function circleSeeder(
  page: Page,
  templateId: string,
): Promise<(name: string, build: BuildCircle) => Promise<void>> {
  const stored = await readStored(page, templateId)
  const record = readVaultRecord(stored.vault)
  if (!record) throw new Error('no vault record')
  const key: AesKey = (await unlockWithPassphrase(record, PASSPHRASE)).dataKey
  return async (name, build) => store(page, await seal(key, stored.row, name, build))
}

/** Stores one circle made by `build` (see `circleSeeder`). */
export async function storeSeededCircle(
  page: Page,
  templateId: string,
  name: string,
  build: BuildCircle,
): Promise<void> {
  await (
    await circleSeeder(page, templateId)
  )(name, build)
}

/** Reloads, unlocks and opens the circle `name` from the circles screen. */
export async function openStoredCircle(page: Page, name: string, timeout = 30_000) {
  await page.reload()
  await unlock(page)
  await page.getByRole('link', { name: en.nav.circles, exact: true }).click()
  await page.getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout })
}

/** Sets the app up, stores the circle made by `build` and opens it. */
export async function openSeededCircle(page: Page, name: string, build: BuildCircle) {
  await start(page)
  const template = await createCircle(page, 'Made by hand')
  await storeSeededCircle(page, template, name, build)
  await openStoredCircle(page, name)
}
