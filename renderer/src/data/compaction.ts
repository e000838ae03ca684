import * as Y from 'yjs'
import type { AesKey } from '@shared/crypto/key-type'
import { open, seal } from '@shared/crypto/seal'
import { recordContext, type DataDb } from './data-db'

/**
 * Replaces a document's records up to `maxSeq` with one sealed record of its state. The state
 * is rebuilt in a Y.Doc (with garbage collection), so deleted content is not carried over.
 * Runs in a worker in the app (compaction.worker.ts) so that it never blocks the interface.
 * Returns the number of records replaced (0 when another compaction got there first).
 */
export async function compactDoc(
  db: DataDb,
  key: AesKey,
  docId: string,
  maxSeq: number,
): Promise<number> {
  const ctx = recordContext(docId)
  const rows = await db.records
    .where('doc')
    .equals(docId)
    .filter((r) => (r.seq ?? 0) <= maxSeq)
    .toArray()
  if (rows.length < 2) return 0
  const updates = await Promise.all(rows.map((r) => open(key, r.data, ctx)))
  const doc = new Y.Doc({ gc: true })
  // Applying the updates one by one in one transaction is about twice as fast as mergeUpdates.
  doc.transact(() => {
    for (const u of updates) Y.applyUpdate(doc, u)
  })
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  const data = await seal(key, state, ctx)
  const seqs = rows.map((r) => r.seq!)
  return db.transaction('rw', db.records, async () => {
    // Another compaction may have replaced these records meanwhile: then do nothing.
    const still = await db.records.bulkGet(seqs)
    if (still.some((r) => r === undefined)) return 0
    await db.records.add({ doc: docId, data })
    await db.records.bulkDelete(seqs)
    return seqs.length
  })
}
