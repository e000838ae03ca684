/// <reference lib="webworker" />
import type { AesKey } from '@shared/crypto/key-type'
import { compactDoc } from './compaction'
import { DataDb } from './data-db'

interface Job {
  id: number
  dbName: string
  key: AesKey
  docId: string
  maxSeq: number
}

const dbs = new Map<string, DataDb>()

self.onmessage = async (e: MessageEvent<Job>) => {
  const { id, dbName, key, docId, maxSeq } = e.data
  try {
    let db = dbs.get(dbName)
    if (!db) dbs.set(dbName, (db = new DataDb(dbName)))
    self.postMessage({ id, replaced: await compactDoc(db, key, docId, maxSeq) })
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.name : 'Error' })
  }
}
