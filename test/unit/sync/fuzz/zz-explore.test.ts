import { it, vi } from 'vitest'
import { writeFileSync } from 'node:fs'
import { runSeed } from './harness'
vi.mock('@shared/util/id', async () => ({ newId: (await import('./ids')).nextId }))
it('explore', async () => {
  const fails: Record<number, string> = {}
  const cands: string[] = []
  let multi = 0, orph = 0, tree = 0, n = 0
  const t0 = Date.now()
  for (let seed = Number(process.env.FROM ?? 1); seed <= Number(process.env.TO ?? 200); seed++) {
    try {
      const r = await runSeed({ seed })
      n++
      const k = r.kinds
      if (r.multiChunk) multi++
      if (r.orphansSwept) orph++
      if (r.heal === 'tree') tree++
      const parts = (k.partition ?? 0) + (k.isolate ?? 0)
      if (seed <= 300 && parts >= 2 && r.orphansSwept > 0 && (k.removeMember ?? 0) > 0)
        cands.push(`${seed} peers ${r.peers} ${r.heal} parts ${parts} conflict ${k.conflict} orph ${r.orphansSwept} multi ${r.multiChunk} dup ${k.duplicateChunk} replay ${k.replayUpdate} rmMember ${k.removeMember}`)
    } catch (e) {
      fails[seed] = String((e as Error).message).split('\n').slice(0, 4).join(' | ')
    }
  }
  writeFileSync(process.env.OUT ?? '/tmp/fails.json', JSON.stringify({ ms: Date.now() - t0, passed: n, multi, orph, tree, fails, cands }, null, 1))
}, 3_600_000)
