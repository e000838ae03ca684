import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { AesKey } from '@shared/crypto/key-type'
import { seal } from '@shared/crypto/seal'
import { CircleSession } from '@shared/domain/circle/session'
import { renameCircle } from '@shared/domain/circle/commands'
import { addPerson } from '@shared/domain/people/commands'
import { emptyPersonInput } from '@shared/domain/people/person'
import { CHUNK_BYTES, chunk } from '@shared/sync/chunks'
import { deriveCircleKeys } from '@shared/sync/circle-keys'
import { encodeFrame, FRAME, type Frame, type FrameKind } from '@shared/sync/frames'
import { PeerSession } from '@shared/sync/peer-session'
import { linkPair } from '../../../support/fake-net'
import { FuzzNet, fuzzWireKey, type FuzzPeer } from './harness'
import { Rng } from './prng'

vi.mock('@shared/util/id', async () => ({ newId: (await import('./ids')).nextId }))

/** PeerSession's sealing context (not exported by peer-session.ts). */
const WIRE = 'rhizome:wire:v1'
const utf8 = (s: string) => new TextEncoder().encode(s)

/**
 * A victim (p0) with an honest friend (p1), and Mallory: a member holding the circle key who
 * talks to the victim over a real PeerSession, or writes raw chunks on the link under it.
 */
async function scene() {
  const net = await FuzzNet.create({ seed: 99, peers: 2, links: [[0, 1]] })
  const [victim, friend] = net.peers as [FuzzPeer, FuzzPeer]
  addPerson(friend.session, { ...emptyPersonInput(), name: 'Rosa' })
  addPerson(friend.session, { ...emptyPersonInput(), name: 'Ben' })
  renameCircle(friend.session, 'Tenants')
  await net.drainAll()

  const key = await fuzzWireKey()
  const [victimEnd, malloryEnd] = linkPair()
  victimEnd.auto = false
  malloryEnd.auto = false
  const session = new PeerSession('mallory', victimEnd, key, (f, from) =>
    victim.replicator.receive(f, from),
  )
  const mallory = new PeerSession('victim', malloryEnd, key, () => undefined)
  net.watch(session, mallory)
  victim.replicator.attach(session)

  // Mallory's own replica, up to date with the victim's.
  const doc = new Y.Doc()
  doc.clientID = 666
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(victim.doc))

  let messageId = 1_000_000
  const s = {
    net,
    victim,
    friend,
    /** The victim's session with Mallory: its drop counters are what we check. */
    session,
    doc,
    /** Sends a frame the normal way (sealed with the right key, chunked). */
    send: (frame: Frame) => mallory.send(frame),
    /** Seals arbitrary plaintext (not necessarily a frame) and sends its chunks. */
    async sendSealed(plain: Uint8Array, withKey: AesKey = key, context = WIRE) {
      for (const part of chunk(await seal(withKey, plain, context), messageId++))
        malloryEnd.send(part)
    },
    /** Writes bytes on the link as one chunk, header and all. */
    sendRaw: (bytes: Uint8Array) => malloryEnd.send(bytes),
    /** Sends what `change` does to Mallory's replica as an update frame. */
    async sendChange(change: (doc: Y.Doc) => void) {
      const before = Y.encodeStateVector(doc)
      change(doc)
      await mallory.send({
        kind: FRAME.update,
        doc: '',
        payload: Y.encodeStateAsUpdate(doc, before),
      })
    },
    /** Delivers all Mallory sent to the victim, then lets the honest peers sync. */
    async deliver() {
      await net.settle()
      while (victimEnd.deliverOne()) await net.settle()
      await net.drainAll()
    },
    totalDrops: () => Object.values(session.dropped).reduce((a, b) => a + b, 0),
    names: (p: FuzzPeer) => p.session.people.getSnapshot().map((x) => x.name),
    /** A later valid edit from Mallory still reaches the victim (and, relayed, the friend). */
    async linkStillWorks() {
      const m = new CircleSession('mallory', doc)
      const before = Y.encodeStateVector(doc)
      addPerson(m, { ...emptyPersonInput(), name: 'Zoe' })
      m.destroy()
      await mallory.send({
        kind: FRAME.update,
        doc: '',
        payload: Y.encodeStateAsUpdate(doc, before),
      })
      await s.deliver()
      expect(s.names(victim)).toContain('Zoe')
      expect(s.names(friend)).toContain('Zoe')
    },
    invariantsHold() {
      for (const p of [victim, friend]) {
        expect(p.session.invariants()).toEqual([])
        expect(p.doc.store.pendingStructs).toBeNull()
      }
      // The honest link never dropped anything.
      for (const p of net.pairs.values())
        for (const x of p.sessions)
          expect(Object.values(x.dropped).every((n) => n === 0)).toBe(true)
    },
  }
  return s
}

/** One chunk: [u32 id][u32 index][u32 count][body]. */
function rawChunk(
  id: number,
  index: number,
  count: number,
  body: Uint8Array = new Uint8Array(8),
): Uint8Array {
  const out = new Uint8Array(12 + body.length)
  const v = new DataView(out.buffer)
  v.setUint32(0, id)
  v.setUint32(4, index)
  v.setUint32(8, count)
  out.set(body, 12)
  return out
}

describe('a hostile peer cannot break the victim', () => {
  it('drops and counts malformed frames', async () => {
    const s = await scene()
    const longDoc = encodeFrame({
      kind: FRAME.update,
      doc: 'd'.repeat(200),
      payload: new Uint8Array(),
    })
    const trailing = new Uint8Array([
      ...encodeFrame({ kind: 1, doc: '', payload: new Uint8Array() }),
      0,
    ])
    await s.sendSealed(new Uint8Array()) // empty
    await s.sendSealed(new Uint8Array([9, 0, 0])) // unknown kind
    await s.sendSealed(new Uint8Array([1, 5, 97])) // doc id cut short
    await s.sendSealed(trailing) // bytes after the payload
    await s.sendSealed(longDoc) // doc id over MAX_DOC_ID
    await s.send({ kind: 7 as FrameKind, doc: '', payload: new Uint8Array([1]) })
    await s.deliver()
    expect(s.session.dropped.malformed).toBe(6)
    expect(s.totalDrops()).toBe(6)
    expect(s.names(s.victim)).toEqual(['Ben', 'Rosa'])
    s.invariantsHold()
    await s.linkStillWorks()
    s.net.destroy()
  })

  it('drops garbage updates, sync requests, presence and hellos', async () => {
    const s = await scene()
    const rng = new Rng(7)
    const before = Y.encodeStateVector(s.victim.doc)
    const garbage = [
      ...Array.from({ length: 8 }, () => rng.bytes(rng.int(1, 64))),
      new Uint8Array([1, 2, 3]),
      new Uint8Array(10).fill(255),
    ]
    for (const payload of garbage) await s.send({ kind: FRAME.update, doc: '', payload })
    await s.send({ kind: FRAME.syncRequest, doc: '', payload: new Uint8Array(10).fill(255) })
    await s.send({ kind: FRAME.awareness, doc: '', payload: new Uint8Array([1, 2, 3]) })
    await s.send({ kind: FRAME.hello, doc: '', payload: utf8('{not json') })
    await s.send({ kind: FRAME.update, doc: 'no-such-doc', payload: new Uint8Array([0, 0]) })
    await s.deliver()
    expect(s.session.dropped.invalidUpdate).toBe(garbage.length)
    expect(s.session.dropped.malformed).toBe(3)
    expect(s.session.dropped.unknownDoc).toBe(1)
    expect(Y.encodeStateVector(s.victim.doc)).toEqual(before)
    // A hello whose member is unusable is ignored, not trusted.
    await s.send({ kind: FRAME.hello, doc: '', payload: utf8('{"v":1,"member":{"id":"<x>"}}') })
    await s.deliver()
    const mallory = s.victim.replicator.peerStates().find((p) => p.session === s.session)
    expect(mallory?.member).toBeNull()
    s.invariantsHold()
    await s.linkStillWorks()
    s.net.destroy()
  })

  it('hides people with junk values, here and on the peers it relays to', async () => {
    const s = await scene()
    const byName = (name: string) =>
      s.victim.session.people.getSnapshot().find((p) => p.name === name)!.id
    const rosa = byName('Rosa')
    const ben = byName('Ben')
    await s.sendChange((doc) => {
      const people = doc.getMap<unknown>('people')
      const fields = doc.getMap<unknown>('people.fields')
      people.set('junk-number-name', { id: 'junk-number-name', name: 42, createdAt: 1, tags: [] })
      people.set('junk-string', 'just a string')
      people.set('junk-array', [1, 2, 3])
      people.set('junk-null', null)
      people.set('junk-wrong-id', { id: 'another-id-000', name: 'Eve', createdAt: 1 })
      people.set('junk-nested-type', new Y.Map())
      // Invalid optional fields fall back to their default: visible, repaired.
      people.set('junk-repaired', {
        id: 'junk-repaired',
        name: 'Odd',
        createdAt: 1,
        email: 42,
        tags: 'x',
      })
      fields.set(`${rosa}/name`, 42) // an invalid required field hides the whole person
      fields.set(`${ben}/tags`, ['x', 'x', ' x ']) // duplicates are merged on read
      fields.set(`${ben}/createdAt2`, 'unknown field, ignored')
      fields.set('no-separator', 1)
      fields.set('/name', 'no id')
      doc.getMap<unknown>('meta').set('language', 'not a language tag')
    })
    await s.deliver()
    expect(s.totalDrops()).toBe(0) // valid Yjs: nothing to drop, the collection does the rest
    for (const p of [s.victim, s.friend]) {
      const people = p.session.people
      expect(people.getSnapshot().map((x) => [x.name, x.tags, x.email])).toEqual([
        ['Ben', ['x'], ''],
        ['Odd', [], ''],
      ])
      expect(
        people
          .malformedRecords()
          .map((m) => m.id)
          .sort(),
      ).toEqual(
        [
          'junk-array',
          'junk-nested-type',
          'junk-null',
          'junk-number-name',
          'junk-string',
          'junk-wrong-id',
          rosa,
        ].sort(),
      )
      // An invalid optional meta field falls back too.
      expect(p.session.meta.getSnapshot()).toMatchObject({ name: 'Tenants', language: 'en' })
    }
    s.invariantsHold()
    await s.linkStillWorks()
    s.net.destroy()
  })

  it('drops chunks with an oversize count, bad headers, or too many open messages', async () => {
    const s = await scene()
    s.sendRaw(rawChunk(1, 0, 0xffffffff)) // would claim 256 TiB
    s.sendRaw(rawChunk(2, 0, 10_000)) // 600 MB: over maxMessage
    s.sendRaw(new Uint8Array(5)) // shorter than a header
    s.sendRaw(rawChunk(3, 0, 0)) // zero chunks
    s.sendRaw(rawChunk(4, 5, 2)) // index past count
    s.sendRaw(rawChunk(5, 0, 1, new Uint8Array(CHUNK_BYTES + 1))) // body over CHUNK_BYTES
    for (let id = 10; id < 19; id++) s.sendRaw(rawChunk(id, 0, 2)) // 9 messages never finished
    s.sendRaw(rawChunk(10, 1, 3)) // the count changed midway
    await s.deliver()
    expect(s.session.dropped.oversize).toBe(2)
    expect(s.session.dropped.malformed).toBe(5)
    expect(s.session.dropped.tooMany).toBe(1) // the 9th: at most 8 are assembled at once
    expect(s.names(s.victim)).toEqual(['Ben', 'Rosa'])
    s.invariantsHold()
    await s.linkStillWorks()
    s.net.destroy()
  })

  it('drops chunks sealed with another key, tampered or cut short', async () => {
    const s = await scene()
    const otherKey = (await deriveCircleKeys(new Uint8Array(32).fill(7))).wireKey
    const other = new Y.Doc()
    other.getMap('people').set('x', { id: 'intruder-0001', name: 'Intruder', createdAt: 1 })
    const frame = encodeFrame({
      kind: FRAME.update,
      doc: '',
      payload: Y.encodeStateAsUpdate(other),
    })
    await s.sendSealed(frame, otherKey) // wrong key
    const sealed = await seal(await fuzzWireKey(), frame, WIRE)
    const last = sealed.length - 1
    sealed[last] = sealed[last]! ^ 1 // one bit flipped
    s.sendRaw(rawChunk(77, 0, 1, sealed))
    s.sendRaw(rawChunk(78, 0, 1, sealed.subarray(0, 20))) // shorter than IV + tag
    await s.sendSealed(frame, await fuzzWireKey(), 'rhizome:signal:v1') // right key, wrong purpose
    await s.deliver()
    expect(s.session.dropped.decrypt).toBe(4)
    expect(s.totalDrops()).toBe(4)
    expect(s.names(s.victim)).toEqual(['Ben', 'Rosa'])
    s.invariantsHold()
    await s.linkStillWorks()
    s.net.destroy()
  })
})
