/**
 * What the browser bench page's benches share: the stored document's id, timing and gc
 * helpers, the data key and the seeded circle state (built once per page and size).
 */
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import type { AesKey } from '@shared/crypto/key-type'
import { importAesKey } from '@shared/crypto/seal'
import type { DocPersistence } from '@shared/persistence/types'
import { inlineCompactor } from '../../renderer/src/data/compactor'
import type { DataDb } from '../../renderer/src/data/data-db'
import { EncryptedDocPersistence } from '../../renderer/src/data/encrypted-persistence'
import { buildCircle, makePeople } from '../people'

export const DOC_ID = 'bench-circle'
export const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`

export const now = () => performance.now()
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
/** `gc` exists when Chromium runs with --js-flags=--expose-gc (bench/encrypted.ts does). */
export const gcNow = () => (globalThis as { gc?: () => void }).gc?.()

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

let keyPromise: Promise<AesKey> | null = null
export const dataKey = () => (keyPromise ??= importAesKey(randomBytes(32)))

/** The circle's state, built once per page and size: realistic seeded people, one write(). */
const states = new Map<number, { bytes: Uint8Array; build_ms: number }>()
export function circleState(n: number): { bytes: Uint8Array; build_ms: number } {
  let s = states.get(n)
  if (!s) {
    const t0 = now()
    const session = buildCircle(makePeople(n))
    const bytes = Y.encodeStateAsUpdate(session.doc)
    const build_ms = now() - t0
    session.destroy()
    session.doc.destroy()
    s = { bytes, build_ms }
    states.set(n, s)
  }
  return s
}

/** Stores `bytes` as one document through `persistence.attach` (as a new circle would be). */
export async function seed(persistence: DocPersistence, bytes: Uint8Array): Promise<void> {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, bytes)
  const handle = await persistence.attach(DOC_ID, doc)
  await handle.flush()
  await handle.close()
  doc.destroy()
}

/** Seeds an encrypted store and makes sure it holds exactly one (compacted) sealed record. */
export async function seedEncrypted(db: DataDb, key: AesKey, bytes: Uint8Array): Promise<number> {
  await seed(new EncryptedDocPersistence(db, key, inlineCompactor(db, key)), bytes)
  const last = await db.records.where('doc').equals(DOC_ID).last()
  if ((await db.records.where('doc').equals(DOC_ID).count()) > 1 && last?.seq !== undefined) {
    await inlineCompactor(db, key)(DOC_ID, last.seq)
  }
  const records = await db.records.where('doc').equals(DOC_ID).count()
  if (records !== 1) throw new Error(`seeded ${records} sealed records, expected 1`)
  return records
}
