import Dexie, { type Table } from 'dexie'

/** One sealed Yjs update (or compacted state) of one document. */
export interface SealedRecord {
  seq?: number
  doc: string
  data: Uint8Array
}

/**
 * Encrypted circle documents. Every record is AES-GCM sealed with the data key and bound to
 * its document id; `quarantine` keeps records that failed to open, untouched, when a circle is
 * restored over them.
 */
export class DataDb extends Dexie {
  records!: Table<SealedRecord, number>
  quarantine!: Table<SealedRecord & { at: number }, number>

  constructor(name = 'rhizome-data') {
    super(name)
    this.version(1).stores({ records: '++seq, doc', quarantine: '++seq, doc' })
  }
}

export const recordContext = (docId: string) => `rhizome:doc:${docId}`
