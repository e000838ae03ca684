import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { MemoryPersistence } from '@shared/persistence/memory'
import { CircleRegistry } from '../../../renderer/src/data/circle-registry'
import { CircleIndex, LocalDb } from '../../../renderer/src/data/local-db'
import { randomBytes } from '@shared/crypto/bytes'
import { importAesKey } from '@shared/crypto/seal'

const key = await importAesKey(randomBytes(32))

let n = 0
const fresh = () => {
  const db = new LocalDb(`registry-test-${n++}`)
  const persistence = new MemoryPersistence()
  return { db, persistence, registry: new CircleRegistry(new CircleIndex(db, key), persistence) }
}

describe('CircleRegistry', () => {
  it('creates, lists, renames and deletes circles', async () => {
    const { registry, persistence } = fresh()
    const a = await registry.create('Tenants of Block 7', 'de', 'Ana')
    const b = await registry.create('Amazon drive', 'en', 'Ana')
    expect(a.ok && b.ok).toBe(true)
    expect(registry.list.getSnapshot()?.map((c) => c.name)).toEqual([
      'Amazon drive',
      'Tenants of Block 7',
    ])
    const id = a.ok ? a.value : ''
    expect((await registry.rename(id, 'Block 7 tenants')).ok).toBe(true)
    expect(registry.list.getSnapshot()?.map((c) => c.name)).toContain('Block 7 tenants')
    await registry.remove(id)
    expect(registry.list.getSnapshot()?.map((c) => c.name)).toEqual(['Amazon drive'])
    expect(await persistence.storedBytes(id)).toBe(0)
  })

  it('refuses an empty or overlong name and creates nothing', async () => {
    const { registry } = fresh()
    const empty = await registry.create('   ', 'en', 'Ana')
    const long = await registry.create('x'.repeat(10_000), 'en', 'Ana')
    expect(empty.ok || long.ok).toBe(false)
    if (!long.ok && long.error.code === 'invalid')
      expect(long.error.errors[0]).toMatchObject({ field: 'name', code: 'tooLong' })
    await registry.refresh()
    expect(registry.list.getSnapshot()).toEqual([])
  })

  it('reopens a circle with its people (a restart)', async () => {
    const { db, persistence, registry } = fresh()
    const r = await registry.create('Night shift', 'en', 'Ana')
    const id = r.ok ? r.value : ''
    const opened = await registry.open(id)
    if (!opened.ok) throw new Error('not opened')
    addPerson(opened.circle.session, { ...emptyPersonInput(), name: 'Rosa' })
    await opened.circle.handle.flush()
    const again = await new CircleRegistry(new CircleIndex(db, key), persistence).open(id)
    expect(again.ok && again.circle.session.people.getSnapshot().map((p) => p.name)).toEqual([
      'Rosa',
    ])
  })

  it('reports an unknown circle and a store that cannot be read, without changing anything', async () => {
    const { db, persistence, registry } = fresh()
    expect(await registry.open('AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ ok: false, reason: 'notFound' })
    const r = await registry.create('Broken', 'en', 'Ana')
    const id = r.ok ? r.value : ''
    persistence.stores.set(id, [new Uint8Array([1, 2, 3, 255, 255])])
    const broken = await new CircleRegistry(new CircleIndex(db, key), persistence).open(id)
    expect(broken).toEqual({ ok: false, reason: 'damaged' })
    expect(persistence.stores.get(id)).toEqual([new Uint8Array([1, 2, 3, 255, 255])])
  })

  it('keeps circle names sealed in the local database', async () => {
    const { db, registry } = fresh()
    await registry.create('CANARY-circle-name', 'en', 'Ana')
    const rows = JSON.stringify(await db.circles.toArray(), (_k, v) =>
      v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
    )
    expect(rows).not.toContain('CANARY')
  })

  it('restores a backup on another device with the circle, its people and its sync secret', async () => {
    const a = fresh()
    const r = await a.registry.create('Night shift', 'en', 'Ana')
    const id = r.ok ? r.value : ''
    const opened = await a.registry.open(id)
    if (!opened.ok) throw new Error('not opened')
    addPerson(opened.circle.session, { ...emptyPersonInput(), name: 'Rosa' })
    const exported = await a.registry.exportState(id)
    if (!exported) throw new Error('not exported')
    const { entry, state } = exported
    const b = fresh()
    await b.registry.restore({
      circleId: id,
      name: entry.name,
      language: entry.language,
      exportedAt: 1,
      secret: entry.secret,
      signaling: entry.signaling,
      memberName: entry.member.name,
      state,
    })
    const back = await b.registry.open(id)
    expect(back.ok && back.circle.session.people.getSnapshot().map((p) => p.name)).toEqual(['Rosa'])
    expect(back.ok && back.circle.entry.secret).toBe(entry.secret)
  })
})
