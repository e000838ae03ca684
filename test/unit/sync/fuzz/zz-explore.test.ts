import { it, vi } from 'vitest'
import { runSeed, type FuzzStats } from './harness'
vi.mock('@shared/util/id', async () => ({ newId: (await import('./ids')).nextId }))
it('explore', async () => {
  const rows: FuzzStats[] = []
  const presenceFails: number[] = []
  const t0 = Date.now()
  for (let seed = 1; seed <= Number(process.env.N ?? 200); seed++) {
    rows.push(await runSeed({ seed }))
    try { await runSeed({ seed, checkPresence: true }) } catch { presenceFails.push(seed) }
  }
  console.warn('time', Date.now() - t0)
  for (const r of rows) {
    const k = r.kinds
    if ((k.partition ?? 0) + (k.isolate ?? 0) >= 2 && r.orphansSwept > 0 && r.multiChunk > 0)
      console.warn(r.seed, r.peers, JSON.stringify(k), 'orph', r.orphansSwept, 'multi', r.multiChunk, 'deliv', r.deliveries, r.healDeliveries)
  }
  console.warn('multiChunk seeds', rows.filter((r) => r.multiChunk > 0).length, 'orphan seeds', rows.filter((r) => r.orphansSwept > 0).length)
  console.warn('presence fails', presenceFails.length, presenceFails.slice(0, 20).join(' '))
}, 600_000)
