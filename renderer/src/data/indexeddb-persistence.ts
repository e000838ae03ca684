import * as Y from 'yjs'
import {
  IndexeddbPersistence as YIndexeddb,
  PREFERRED_TRIM_SIZE,
  clearDocument,
  storeState,
} from 'y-indexeddb'
import { ValueStore } from '@shared/data/store'
import {
  classifyStorageError,
  type DocPersistence,
  type PersistenceHandle,
  type SaveState,
} from '@shared/persistence/types'

const RETRY_MS = [500, 1000, 2000, 5000, 10_000]

/** Resolves when every IndexedDB write queued on `db` before this call has finished. */
function afterQueuedWrites(db: IDBDatabase): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['updates'], 'readonly')
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('aborted'))
  })
}

/**
 * Circle documents in IndexedDB through y-indexeddb, patched (patches/) so that write errors
 * reach us. A failed write leaves the edit in memory; we then store the whole state again
 * with backoff until it succeeds, so nothing shown as saved is lost.
 */
export class IndexeddbDocPersistence implements DocPersistence {
  constructor(private readonly prefix = 'rhizome-circle-') {}

  private dbName(docId: string): string {
    return `${this.prefix}${docId}`
  }

  async attach(docId: string, doc: Y.Doc): Promise<PersistenceHandle> {
    const provider = new YIndexeddb(this.dbName(docId), doc)
    const saveState = new ValueStore<SaveState>({ kind: 'saved' })
    let lastError: unknown = null
    let retry: ReturnType<typeof setTimeout> | null = null
    let attempt = 0
    let closed = false
    let checking: Promise<void> | null = null

    const opened = new Promise<void>((resolve, reject) => {
      provider.on('error', (err: unknown) => {
        if (!provider.synced) reject(err)
      })
      void provider.whenSynced.then(() => resolve())
    })

    provider.on('error', (err: unknown) => {
      if (!provider.synced || closed) return
      lastError = err
      saveState.set({ kind: 'error', code: classifyStorageError(err) })
      scheduleRetry()
    })

    const scheduleRetry = () => {
      if (retry !== null || closed) return
      const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]
      attempt++
      retry = setTimeout(() => {
        retry = null
        storeState(provider, true).then(
          () => {
            lastError = null
            attempt = 0
            void settle()
          },
          (err: unknown) => {
            lastError = err
            saveState.set({ kind: 'error', code: classifyStorageError(err) })
            scheduleRetry()
          },
        )
      }, delay)
    }

    const settle = (): Promise<void> => {
      if (checking) return checking
      checking = (async () => {
        try {
          if (provider.db) await afterQueuedWrites(provider.db)
        } catch (err) {
          lastError = err
        } finally {
          checking = null
        }
        if (lastError === null) saveState.set({ kind: 'saved' })
        else scheduleRetry()
      })()
      return checking
    }

    const onUpdate = (_u: Uint8Array, origin: unknown) => {
      if (origin === provider || closed) return
      if (saveState.getSnapshot().kind !== 'error') saveState.set({ kind: 'saving' })
      queueMicrotask(() => void settle())
    }
    try {
      await opened
    } catch (err) {
      await provider.destroy()
      throw err
    }
    // Listen only after loading: otherwise Yjs encodes the whole loaded state as one update.
    doc.on('update', onUpdate)

    return {
      saveState,
      flush: async () => {
        await settle()
        if (checking) await checking
        if (lastError !== null) throw lastError
      },
      close: async () => {
        closed = true
        if (retry !== null) clearTimeout(retry)
        doc.off('update', onUpdate)
        if (provider.db) await afterQueuedWrites(provider.db).catch(() => undefined)
        // y-indexeddb trims only while open, after 500 updates and a second of quiet: a burst
        // of edits followed by closing would otherwise stay untrimmed.
        if (provider._dbsize >= PREFERRED_TRIM_SIZE)
          await storeState(provider, true).catch(() => undefined)
        await provider.destroy()
      },
    }
  }

  async erase(docId: string): Promise<void> {
    await clearDocument(this.dbName(docId))
  }

  async storedBytes(docId: string): Promise<number> {
    const name = this.dbName(docId)
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name)
      req.onupgradeneeded = () => {
        req.result.createObjectStore('updates', { autoIncrement: true })
        req.result.createObjectStore('custom')
      }
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    try {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(['updates'], 'readonly').objectStore('updates').getAll()
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
      return all.reduce<number>((n, u) => n + (u instanceof Uint8Array ? u.byteLength : 0), 0)
    } finally {
      db.close()
    }
  }
}
