import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { persistenceContract } from '@shared/persistence/contract'
import { CircleSession } from '@shared/domain/circle/session'
import { addPerson, updatePerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { IndexeddbDocPersistence } from '../../../renderer/src/data/indexeddb-persistence'

describe('persistence contract: y-indexeddb on fake-indexeddb', () => {
  persistenceContract.forEach((c, i) =>
    it(c.name, () => c.run(() => new IndexeddbDocPersistence('contract-'), `doc-${i}`)),
  )
})

describe('IndexeddbDocPersistence with a circle', () => {
  it('keeps a field edit across a reopen', async () => {
    const p = new IndexeddbDocPersistence('circle-')
    const doc = new Y.Doc()
    const h = await p.attach('c1', doc)
    const s = new CircleSession('c1', doc)
    const r = addPerson(s, { ...emptyPersonInput(), name: 'Rosa' })
    const id = r.ok ? r.value : ''
    await h.flush()
    updatePerson(s, id, { phone: '123' })
    await h.flush()
    expect(h.saveState.getSnapshot()).toEqual({ kind: 'saved' })
    await h.close()
    const again = new Y.Doc()
    const h2 = await p.attach('c1', again)
    expect(new CircleSession('c1', again).people.get(id)?.phone).toBe('123')
    await h2.close()
  })
})
