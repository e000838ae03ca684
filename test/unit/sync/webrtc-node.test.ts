import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import { ORIGIN, write } from '@shared/data/origins'
import { CircleSession } from '@shared/domain/circle/session'
import { emptyPersonInput } from '@shared/domain/people/person'
import { startSignalServer, type SignalServer } from '../../../signal/server'
import { nodePeer } from '../../support/node-peer'

let server: SignalServer
let url: string
beforeAll(async () => {
  server = await startSignalServer({ host: '127.0.0.1', port: 0 })
  url = `ws://127.0.0.1:${server.port}`
})
afterAll(() => server.close())

function circleWith(n: number): Y.Doc {
  const doc = new Y.Doc()
  const s = new CircleSession('circle', doc)
  write(doc, ORIGIN.personAdd, () => {
    for (let i = 0; i < n; i++) {
      s.people.insert({
        ...emptyPersonInput(),
        id: `person-${String(i).padStart(8, '0')}`,
        name: `Person ${i}`,
        email: `person${i}@example.org`,
        unit: `Unit ${i % 40}`,
        notes: 'Met at the gate; cares about the night-shift rota and safety. '.repeat(2),
        createdAt: 1,
      })
    }
  })
  s.destroy()
  return doc
}

describe('sync over real WebRTC in Node (@roamhq/wrtc) through the Rhizome signaling server', () => {
  it('syncs a 10,000-person circle (several MB) completely to a fresh peer', async () => {
    const secret = randomBytes(32)
    const source = circleWith(10_000)
    const bytes = Y.encodeStateAsUpdate(source).length
    expect(bytes).toBeGreaterThan(2_000_000)
    const a = await nodePeer('ana', secret, url, source)
    const b = await nodePeer('ben', secret, url)
    try {
      await expect
        .poll(() => b.session.people.size, { timeout: 60_000, interval: 200 })
        .toBe(10_000)
      expect(Y.encodeStateVector(b.doc)).toEqual(Y.encodeStateVector(a.doc))
      expect(b.session.invariants()).toEqual([])
    } finally {
      a.stop()
      b.stop()
    }
  }, 90_000)

  it('exchanges nothing with a peer holding a wrong secret, and neither side crashes', async () => {
    const a = await nodePeer('ana', randomBytes(32), url, circleWith(5))
    const e = await nodePeer('eve', randomBytes(32), url)
    try {
      await new Promise((r) => setTimeout(r, 1500))
      expect(e.session.people.size).toBe(0)
      expect(a.mesh.connectedPeers + e.mesh.connectedPeers).toBe(0)
      expect(a.mesh.droppedSignals + e.mesh.droppedSignals).toBe(0)
    } finally {
      a.stop()
      e.stop()
    }
  }, 20_000)
})
