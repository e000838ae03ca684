import * as Y from 'yjs'
import { ValueStore } from '../data/store'
import type { DocPersistence, PersistenceHandle, SaveState } from './types'

/**
 * Keeps documents' updates in memory, compacted on attach. For tests and for the bench's
 * floor; `failNextWrites` simulates a store refusing writes.
 */
export class MemoryPersistence implements DocPersistence {
  readonly stores = new Map<string, Uint8Array[]>()
  failNextWrites = 0

  async attach(docId: string, doc: Y.Doc): Promise<PersistenceHandle> {
    const stored = this.stores.get(docId) ?? []
    const hadContent = doc.store.clients.size > 0
    if (stored.length > 0)
      Y.applyUpdate(doc, stored.length === 1 ? stored[0]! : Y.mergeUpdates(stored), this)
    // Compact only when there is something to compact (re-encoding a big state costs as much
    // as loading it).
    if (stored.length !== 1 || hadContent) this.stores.set(docId, [Y.encodeStateAsUpdate(doc)])
    const saveState = new ValueStore<SaveState>({ kind: 'saved' })
    const pending: Uint8Array[] = []
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === this) return
      pending.push(update)
      this.drain(docId, pending, saveState)
    }
    doc.on('update', onUpdate)
    return {
      saveState,
      flush: async () => {
        this.drain(docId, pending, saveState)
        if (pending.length > 0) throw new Error('write failed')
      },
      close: async () => {
        doc.off('update', onUpdate)
      },
    }
  }

  private drain(docId: string, pending: Uint8Array[], state: ValueStore<SaveState>): void {
    while (pending.length > 0) {
      if (this.failNextWrites > 0) {
        this.failNextWrites--
        state.set({ kind: 'error', code: 'writeFailed' })
        return
      }
      const list = this.stores.get(docId) ?? []
      list.push(pending.shift()!)
      this.stores.set(docId, list)
    }
    state.set({ kind: 'saved' })
  }

  async erase(docId: string): Promise<void> {
    this.stores.delete(docId)
  }

  async storedBytes(docId: string): Promise<number> {
    return (this.stores.get(docId) ?? []).reduce((n, u) => n + u.byteLength, 0)
  }
}
