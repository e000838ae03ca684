import type * as Y from 'yjs'
import type { ReadStore } from '../data/store'

/** What the UI shows about storing a circle on this device. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** A write failed; `code` is translated (`errors.storage.<code>`). Unsaved edits stay in memory and are retried. */
  | { kind: 'error'; code: StorageErrorCode }

export type StorageErrorCode = 'quotaExceeded' | 'writeFailed' | 'openFailed'

/** A circle document attached to local storage. */
export interface PersistenceHandle {
  /** Resolves once every update made so far is durably stored; rejects if storing failed. */
  flush(): Promise<void>
  /** Saved / saving / error, for the UI's indicator. */
  readonly saveState: ReadStore<SaveState>
  /**
   * Rewrites what is stored as the document's current state, dropping deleted content (after
   * an erasure). Stores that keep no history need not implement it.
   */
  compactNow?(): Promise<void>
  /** Stops storing updates and releases the store (the data stays). */
  close(): Promise<void>
}

/**
 * Stores circle documents on this device. Implementations: y-indexeddb (renderer), in-memory
 * (tests); the encrypted store replaces the first. All pass persistence/contract.ts.
 */
export interface DocPersistence {
  /** Loads what is stored for `docId` into `doc`, then stores every later update of `doc`. */
  attach(docId: string, doc: Y.Doc): Promise<PersistenceHandle>
  /** Deletes everything stored for `docId`. The doc must not be attached. */
  erase(docId: string): Promise<void>
  /** Bytes stored for `docId` (for growth checks and the bench). */
  storedBytes(docId: string): Promise<number>
  /**
   * Moves a document's stored data aside without deleting it (a damaged circle about to be
   * restored from a backup). Stores that cannot be damaged this way need not implement it.
   */
  quarantine?(docId: string): Promise<number>
}

export function classifyStorageError(err: unknown): StorageErrorCode {
  const name =
    typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined
  return name === 'QuotaExceededError' ? 'quotaExceeded' : 'writeFailed'
}
