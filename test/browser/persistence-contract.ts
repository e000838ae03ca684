/**
 * The persistence contract (shared/persistence/contract.ts) in a real browser, against real
 * IndexedDB: bundled by test/e2e/persistence-contract.spec.ts and injected into a page of the
 * app's origin. It runs every case against every store the renderer has and publishes the
 * results as `window.persistenceContract`.
 */
import { randomBytes } from '@shared/crypto/bytes'
import { importAesKey } from '@shared/crypto/seal'
import { persistenceContract } from '@shared/persistence/contract'
import type { DocPersistence } from '@shared/persistence/types'
import { inlineCompactor } from '../../renderer/src/data/compactor'
import { DataDb } from '../../renderer/src/data/data-db'
import { EncryptedDocPersistence } from '../../renderer/src/data/encrypted-persistence'
import { IndexeddbDocPersistence } from '../../renderer/src/data/indexeddb-persistence'

export interface ContractResult {
  store: string
  name: string
  ok: boolean
  error?: string
}

interface Store {
  name: string
  /** A persistence over the same storage each time, as a restarted app would get. */
  open: () => DocPersistence
  dispose: () => void
}

declare global {
  interface Window {
    persistenceContract?: Promise<ContractResult[]>
  }
}

async function stores(run: string): Promise<Store[]> {
  const key = await importAesKey(randomBytes(32))
  const dbs: DataDb[] = []
  return [
    {
      name: 'y-indexeddb (IndexeddbDocPersistence)',
      open: () => new IndexeddbDocPersistence(`contract-${run}-`),
      dispose: () => undefined,
    },
    {
      // A new Dexie connection per open(), like a restart; compaction in this thread.
      name: 'encrypted (EncryptedDocPersistence)',
      open: () => {
        const db = new DataDb(`contract-data-${run}`)
        dbs.push(db)
        return new EncryptedDocPersistence(db, key, inlineCompactor(db, key))
      },
      dispose: () => dbs.forEach((db) => db.close()),
    },
  ]
}

async function runAll(): Promise<ContractResult[]> {
  const run = Math.random().toString(36).slice(2, 10)
  const results: ContractResult[] = []
  for (const store of await stores(run)) {
    for (const [i, c] of persistenceContract.entries()) {
      try {
        await c.run(store.open, `doc-${i}`)
        results.push({ store: store.name, name: c.name, ok: true })
      } catch (err) {
        const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
        results.push({ store: store.name, name: c.name, ok: false, error })
      }
    }
    store.dispose()
  }
  return results
}

window.persistenceContract = runAll()
