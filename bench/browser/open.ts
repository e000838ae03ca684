/** open-encrypted: opening a seeded circle from the encrypted store vs plain y-indexeddb. */
import * as Y from 'yjs'
import { open } from '@shared/crypto/seal'
import { CircleSession } from '@shared/domain/circle/session'
import { filterPeople } from '@shared/domain/people/filter'
import type { DocPersistence } from '@shared/persistence/types'
import { workerCompactor } from '../../renderer/src/data/compactor'
import { DataDb, recordContext } from '../../renderer/src/data/data-db'
import { EncryptedDocPersistence } from '../../renderer/src/data/encrypted-persistence'
import { IndexeddbDocPersistence } from '../../renderer/src/data/indexeddb-persistence'
import {
  circleState,
  dataKey,
  DOC_ID,
  gcNow,
  now,
  seed,
  seedEncrypted,
  sleep,
  stamp,
} from './common'
import type { OpenResult, OpenRun } from './protocol'

const OPEN_RUNS = 3

let opens = 0

async function openOnce(persistence: DocPersistence, n: number, label: string): Promise<OpenRun> {
  gcNow()
  await sleep(20)
  const mark = `open-${label}-${++opens}`
  const doc = new Y.Doc()
  performance.mark(mark)
  const t0 = now()
  const handle = await persistence.attach(DOC_ID, doc)
  const t1 = now()
  const session = new CircleSession(DOC_ID, doc)
  const t2 = now()
  const list = filterPeople(session.people, session.people.getSnapshot(), '')
  const t3 = now()
  performance.measure(mark, mark)
  await handle.close()
  session.destroy()
  doc.destroy()
  if (list.length !== n) throw new Error(`opened ${list.length} people, expected ${n}`)
  return { ms: t3 - t0, attach_ms: t1 - t0, session_ms: t2 - t1, list_ms: t3 - t2, listed: n }
}

export async function benchOpenEncrypted(n: number): Promise<OpenResult> {
  const t0 = now()
  const key = await dataKey()
  const { bytes, build_ms } = circleState(n)

  const s0 = now()
  const db = new DataDb(`bench-open-${stamp}`)
  const sealedRecords = await seedEncrypted(db, key, bytes)
  // As the app creates it (data-services.ts); a one-record circle never calls it on open.
  const compactor = workerCompactor(db, key)
  const encrypted = new EncryptedDocPersistence(db, key, compactor)
  const plain = new IndexeddbDocPersistence(`bench-open-${stamp}-`)
  await seed(plain, bytes)
  const seed_ms = now() - s0
  const sealed_bytes = await encrypted.storedBytes(DOC_ID)

  const enc: OpenRun[] = []
  const pl: OpenRun[] = []
  const apply: number[] = []
  for (let i = 0; i < OPEN_RUNS; i++) {
    gcNow()
    const a0 = now()
    Y.applyUpdate(new Y.Doc(), bytes)
    apply.push(now() - a0)
    // Alternate which store goes first, so neither always runs on a warmer page.
    if (i % 2 === 0) {
      pl.push(await openOnce(plain, n, 'plain'))
      enc.push(await openOnce(encrypted, n, 'encrypted'))
    } else {
      enc.push(await openOnce(encrypted, n, 'encrypted'))
      pl.push(await openOnce(plain, n, 'plain'))
    }
  }

  // What EncryptedDocPersistence.attach does, step by step (for the report, not the score).
  gcNow()
  const r0 = now()
  const rows = await db.records.where('doc').equals(DOC_ID).toArray()
  const r1 = now()
  const updates = await Promise.all(rows.map((r) => open(key, r.data, recordContext(DOC_ID))))
  const r2 = now()
  Y.applyUpdate(new Y.Doc(), updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates))
  const r3 = now()

  compactor.dispose?.()
  await plain.erase(DOC_ID)
  await db.delete()
  return {
    kind: 'open-encrypted',
    n,
    state_bytes: bytes.byteLength,
    sealed_bytes,
    sealed_records: sealedRecords,
    encrypted: enc,
    plain: pl,
    apply_ms: apply,
    attach_steps: { read_ms: r1 - r0, decrypt_ms: r2 - r1, apply_ms: r3 - r2 },
    build_ms,
    seed_ms,
    total_ms: now() - t0,
  }
}
