import * as Y from 'yjs'
import type { DocPersistence } from './types'

/**
 * The behaviour every DocPersistence must have. Runs in vitest (memory, fake-indexeddb) and in
 * Chromium against real IndexedDB (test/browser/persistence-contract.ts). `open()` returns a
 * persistence over the same underlying storage each time, as a restarted app would get.
 */
export interface ContractCase {
  name: string
  run(open: () => DocPersistence, docId: string): Promise<void>
}

function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message)
}

async function reopen(open: () => DocPersistence, docId: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const handle = await open().attach(docId, doc)
  await handle.close()
  return doc
}

export const persistenceContract: ContractCase[] = [
  {
    name: 'stores updates and loads them into a new document',
    async run(open, docId) {
      const doc = new Y.Doc()
      const h = await open().attach(docId, doc)
      doc.getMap('m').set('a', 1)
      doc.getText('t').insert(0, 'hello')
      await h.flush()
      await h.close()
      const again = await reopen(open, docId)
      assert(again.getMap('m').get('a') === 1, 'map value lost')
      assert(again.getText('t').toString() === 'hello', 'text lost')
    },
  },
  {
    name: 'keeps documents apart',
    async run(open, docId) {
      const a = new Y.Doc()
      const b = new Y.Doc()
      const ha = await open().attach(docId, a)
      const hb = await open().attach(`${docId}-other`, b)
      a.getMap('m').set('who', 'a')
      b.getMap('m').set('who', 'b')
      await Promise.all([ha.flush(), hb.flush()])
      await Promise.all([ha.close(), hb.close()])
      assert((await reopen(open, docId)).getMap('m').get('who') === 'a', 'doc a mixed up')
      assert(
        (await reopen(open, `${docId}-other`)).getMap('m').get('who') === 'b',
        'doc b mixed up',
      )
      await open().erase(`${docId}-other`)
    },
  },
  {
    name: 'keeps every one of many small edits',
    async run(open, docId) {
      const doc = new Y.Doc()
      const h = await open().attach(docId, doc)
      const map = doc.getMap<number>('m')
      for (let i = 0; i < 600; i++) map.set(`k${i % 50}`, i)
      await h.flush()
      await h.close()
      const again = (await reopen(open, docId)).getMap<number>('m')
      for (let k = 0; k < 50; k++) assert(again.get(`k${k}`) === 550 + k, `edit k${k} lost`)
    },
  },
  {
    name: 'stores updates that arrive from peers',
    async run(open, docId) {
      const peer = new Y.Doc()
      peer.getMap('m').set('from', 'peer')
      const doc = new Y.Doc()
      const h = await open().attach(docId, doc)
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), 'remote')
      await h.flush()
      await h.close()
      assert((await reopen(open, docId)).getMap('m').get('from') === 'peer', 'peer update lost')
    },
  },
  {
    name: 'erase removes everything stored for the document',
    async run(open, docId) {
      const doc = new Y.Doc()
      const h = await open().attach(docId, doc)
      doc.getMap('m').set('secret', 'x')
      await h.flush()
      await h.close()
      await open().erase(docId)
      const again = await reopen(open, docId)
      assert(again.getMap('m').size === 0, 'data survived erase')
    },
  },
  {
    name: 'reopening does not grow the store',
    async run(open, docId) {
      const doc = new Y.Doc()
      const h = await open().attach(docId, doc)
      const map = doc.getMap<string>('m')
      for (let i = 0; i < 200; i++) map.set(`k${i}`, 'v'.repeat(20))
      await h.flush()
      await h.close()
      await reopen(open, docId)
      const before = await open().storedBytes(docId)
      for (let i = 0; i < 10; i++) await reopen(open, docId)
      const after = await open().storedBytes(docId)
      assert(after <= before, `store grew from ${before} to ${after} bytes over 10 reopenings`)
    },
  },
  {
    name: 'a document made before attaching is stored on attach',
    async run(open, docId) {
      const doc = new Y.Doc()
      doc.getMap('m').set('early', true)
      const h = await open().attach(docId, doc)
      await h.flush()
      await h.close()
      assert((await reopen(open, docId)).getMap('m').get('early') === true, 'early state lost')
    },
  },
]
