import type { AesKey } from '@shared/crypto/key-type'
import { compactDoc } from './compaction'
import type { DataDb } from './data-db'

/** Compacts a document's records up to a sequence number; resolves to how many it replaced. */
export type Compactor = ((docId: string, maxSeq: number) => Promise<number>) & {
  dispose?: () => void
}

/** Compaction in the calling thread (tests, and browsers without module workers). */
export const inlineCompactor =
  (db: DataDb, key: AesKey): Compactor =>
  (docId, maxSeq) =>
    compactDoc(db, key, docId, maxSeq)

/** Compaction in a dedicated worker: the interface thread only posts a message. */
export function workerCompactor(db: DataDb, key: AesKey): Compactor {
  let worker: Worker
  try {
    worker = new Worker(new URL('./compaction.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return inlineCompactor(db, key)
  }
  let next = 1
  const waiting = new Map<number, { resolve: (n: number) => void; reject: (e: Error) => void }>()
  // A worker that fails to load or crashes must not leave compactions waiting forever.
  const failAll = () => {
    for (const w of waiting.values()) w.reject(new Error('compaction worker failed'))
    waiting.clear()
  }
  worker.onerror = failAll
  worker.onmessageerror = failAll
  worker.onmessage = (e: MessageEvent<{ id: number; replaced?: number; error?: string }>) => {
    const w = waiting.get(e.data.id)
    if (!w) return
    waiting.delete(e.data.id)
    if (e.data.error !== undefined) w.reject(new Error(`compaction failed: ${e.data.error}`))
    else w.resolve(e.data.replaced ?? 0)
  }
  const compact: Compactor = (docId, maxSeq) =>
    new Promise((resolve, reject) => {
      const id = next++
      waiting.set(id, { resolve, reject })
      worker.postMessage({ id, dbName: db.name, key, docId, maxSeq })
    })
  // The worker holds the key and a database connection: end it when the app locks.
  compact.dispose = () => {
    worker.terminate()
    for (const w of waiting.values()) w.reject(new Error('locked'))
    waiting.clear()
  }
  return compact
}
