import { it, vi } from 'vitest'
import { runSeed } from './harness'
vi.mock('@shared/util/id', async () => ({ newId: (await import('./ids')).nextId }))
it('explore', async () => {
  for (let seed = 1; seed <= 200; seed++) {
    if (seed === 111) continue
    const r = await runSeed({ seed })
    const k = r.kinds
    const parts = (k.partition ?? 0) + (k.isolate ?? 0)
    if (parts >= 2 && r.orphansSwept > 0 && (r.multiChunk > 0 || (k.duplicateChunk ?? 0) >= 2))
      console.warn(seed, r.peers, r.heal, 'parts', parts, 'conflict', k.conflict, 'orph', r.orphansSwept, 'multi', r.multiChunk, 'dup', k.duplicateChunk, 'replay', k.replayUpdate, 'recon', k.reconnect)
  }
}, 600_000)
