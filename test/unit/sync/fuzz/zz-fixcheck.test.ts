import { expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { removeAwarenessStates } from 'y-protocols/awareness'
import { Replicator } from '@shared/sync/replicator'
import { runSeed } from './harness'
vi.mock('@shared/util/id', async () => ({ newId: (await import('./ids')).nextId }))

it('candidate fixes make the failing seeds pass', async () => {
  const proto = Replicator.prototype as unknown as Record<string, unknown>
  // Fix 1 (relay): when an incoming update also released pending structs, relay to the sender too.
  const origReceive = proto.receive as (this: unknown, f: { doc: string }, from: unknown) => void
  proto.receive = function (this: { docs: Map<string, Y.Doc>; echo: boolean }, f: { doc: string }, from: unknown) {
    const doc = this.docs.get(f.doc)
    this.echo = !!(doc && (doc.store.pendingStructs || doc.store.pendingDs))
    try { origReceive.call(this, f, from) } finally { this.echo = false }
  }
  const origBroadcast = proto.broadcast as (this: unknown, frame: unknown, except?: unknown) => void
  proto.broadcast = function (this: { echo: boolean }, frame: unknown, except: unknown = null) {
    origBroadcast.call(this, frame, this.echo ? null : except)
  }
  // Fix 2 (presence): forget the meta (clock) of states removed on detach.
  const origDetach = proto.detach as (this: unknown, s: unknown) => void
  proto.detach = function (this: { awareness: { meta: Map<number, unknown>; states: Map<number, unknown> } }, s: unknown) {
    const before = new Set(this.awareness.states.keys())
    origDetach.call(this, s)
    for (const c of before) if (!this.awareness.states.has(c)) this.awareness.meta.delete(c)
  }
  void removeAwarenessStates
  const out: string[] = []
  for (let seed = 1; seed <= Number(process.env.TO ?? 150); seed++) {
    try { await runSeed({ seed, checkPresence: true, steps: 80 }) } catch (e) { out.push(`${seed} FAIL ${String(e).slice(40, 300)}`) }
  }
  console.warn('RESULT', out.length, '\n' + out.join('\n'))
}, 3_600_000)
