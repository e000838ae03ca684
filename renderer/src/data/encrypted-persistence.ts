import * as Y from 'yjs'
import type { AesKey } from '@shared/crypto/key-type'
import { open, seal } from '@shared/crypto/seal'
import { ValueStore } from '@shared/data/store'
import {
  classifyStorageError,
  type DocPersistence,
  type PersistenceHandle,
  type SaveState,
} from '@shared/persistence/types'
import { inlineCompactor, type Compactor } from './compactor'
import { recordContext, type DataDb } from './data-db'

const RETRY_MS = [250, 500, 1000, 2000, 5000, 10_000]
/** Compact once a document has this many records. */
export const COMPACT_AFTER = 64

/** A circle whose stored records do not decrypt (wrong key or changed bytes). */
export class DamagedStore extends Error {
  constructor(readonly docId: string) {
    super(`stored records of ${docId} could not be opened`)
    this.name = 'DamagedStore'
  }
}

/**
 * Circle documents in IndexedDB (Dexie), every update sealed with AES-256-GCM under the data
 * key, with a fresh IV and the document id as additional data. Writes are batched; a failed
 * write keeps its updates queued and is retried with backoff, and "saved" is reported only
 * after IndexedDB committed. Compaction runs off the interface thread.
 */
export class EncryptedDocPersistence implements DocPersistence {
  constructor(
    private readonly db: DataDb,
    private readonly key: AesKey,
    private readonly compactor: Compactor = inlineCompactor(db, key),
  ) {}

  async attach(docId: string, doc: Y.Doc): Promise<PersistenceHandle> {
    const ctx = recordContext(docId)
    const rows = await this.db.records.where('doc').equals(docId).toArray()
    let updates: Uint8Array[]
    try {
      updates = await Promise.all(rows.map((r) => open(this.key, r.data, ctx)))
    } catch {
      throw new DamagedStore(docId)
    }
    const pending: Uint8Array[] = []
    if (updates.length > 0) {
      try {
        doc.transact(() => {
          for (const u of updates) Y.applyUpdate(doc, u)
        }, this)
      } catch {
        throw new DamagedStore(docId)
      }
    } else if (doc.store.clients.size > 0) {
      pending.push(Y.encodeStateAsUpdate(doc))
    }
    return new Attachment(
      this.db,
      this.key,
      this.compactor,
      docId,
      doc,
      pending,
      rows.length,
      this,
    ).start()
  }

  async erase(docId: string): Promise<void> {
    await this.db.records.where('doc').equals(docId).delete()
    await this.db.quarantine.where('doc').equals(docId).delete()
  }

  async storedBytes(docId: string): Promise<number> {
    let n = 0
    await this.db.records
      .where('doc')
      .equals(docId)
      .each((r) => {
        n += r.data.byteLength
      })
    return n
  }

  /** Moves a damaged document's records aside (kept, not deleted) so it can be restored. */
  async quarantine(docId: string): Promise<number> {
    return this.db.transaction('rw', this.db.records, this.db.quarantine, async () => {
      const rows = await this.db.records.where('doc').equals(docId).toArray()
      await this.db.quarantine.bulkAdd(rows.map(({ doc, data }) => ({ doc, data, at: Date.now() })))
      await this.db.records.bulkDelete(rows.map((r) => r.seq!))
      return rows.length
    })
  }
}

class Attachment implements PersistenceHandle {
  readonly saveState = new ValueStore<SaveState>({ kind: 'saved' })
  private writing: Promise<void> | null = null
  private retry: ReturnType<typeof setTimeout> | null = null
  private attempt = 0
  private closed = false
  private lastError: unknown = null
  private compacting: Promise<void> | null = null

  constructor(
    private readonly db: DataDb,
    private readonly key: AesKey,
    private readonly compactor: Compactor,
    private readonly docId: string,
    private readonly doc: Y.Doc,
    private readonly pending: Uint8Array[],
    private records: number,
    private readonly owner: unknown,
  ) {}

  start(): this {
    this.doc.on('update', this.onUpdate)
    if (this.pending.length > 0) this.kick()
    if (this.records > 1) this.compactSoon()
    return this
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.owner || this.closed) return
    this.pending.push(update)
    this.kick()
  }

  private kick(): void {
    if (this.saveState.getSnapshot().kind !== 'error') this.saveState.set({ kind: 'saving' })
    if (this.writing || this.retry) return
    this.writing = this.writeLoop().finally(() => {
      this.writing = null
    })
  }

  private async writeLoop(): Promise<void> {
    // Let a burst of edits in the same task land in one record.
    await Promise.resolve()
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0)
      try {
        const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch)
        const data = await seal(this.key, update, recordContext(this.docId))
        await this.db.records.add({ doc: this.docId, data })
        this.records++
        this.attempt = 0
        this.lastError = null
      } catch (err) {
        this.pending.unshift(...batch)
        this.lastError = err
        this.saveState.set({ kind: 'error', code: classifyStorageError(err) })
        this.scheduleRetry()
        return
      }
    }
    this.saveState.set({ kind: 'saved' })
    if (this.records >= COMPACT_AFTER) this.compactSoon()
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return
    const delay = RETRY_MS[Math.min(this.attempt++, RETRY_MS.length - 1)]
    this.retry = setTimeout(() => {
      this.retry = null
      this.kick()
    }, delay)
  }

  private compactSoon(): void {
    if (this.compacting || this.closed) return
    this.compacting = this.compact().finally(() => {
      this.compacting = null
    })
  }

  private async compact(): Promise<void> {
    try {
      const last = await this.db.records.where('doc').equals(this.docId).last()
      if (last?.seq !== undefined) {
        const replaced = await this.compactor(this.docId, last.seq)
        if (replaced > 0) this.records = this.records - replaced + 1
      }
    } catch (err) {
      console.warn('compaction failed; will try again later', err)
    }
  }

  /**
   * Stores what is pending, then rewrites the stored records as one state, so that content
   * deleted from the document (an erased person) is no longer on disk.
   */
  async compactNow(): Promise<void> {
    await this.flush()
    while (this.compacting) await this.compacting
    if (this.closed) return
    this.compacting = this.compact().finally(() => {
      this.compacting = null
    })
    await this.compacting
  }

  async flush(): Promise<void> {
    while (this.writing || (this.pending.length > 0 && !this.retry)) {
      if (!this.writing) this.kick()
      await this.writing
    }
    if (this.pending.length > 0 || this.lastError) throw this.lastError ?? new Error('not saved')
  }

  async close(): Promise<void> {
    this.doc.off('update', this.onUpdate)
    try {
      await this.flush()
    } catch {
      // Unsaved updates stay in this document; closing does not hide the error from flush().
    }
    this.closed = true
    if (this.retry) clearTimeout(this.retry)
  }
}
