import 'fake-indexeddb/auto'
import { MemoryPersistence } from '../shared/persistence/memory'
import type { DocPersistence } from '../shared/persistence/types'
import { IndexeddbDocPersistence } from '../renderer/src/data/indexeddb-persistence'

export type StoreKind = 'memory' | 'indexeddb'

let dbCounter = 0

/**
 * A fresh store of the given kind. IndexedDB is fake-indexeddb (in-memory, in this process),
 * so the figures include its overhead, not a real disk's; each call gets its own databases.
 */
export function openStore(kind: StoreKind): DocPersistence {
  if (kind === 'memory') return new MemoryPersistence()
  dbCounter++
  return new IndexeddbDocPersistence(`rhizome-bench-${process.pid}-${dbCounter}-`)
}
