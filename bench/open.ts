import * as Y from 'yjs'
import { CircleSession } from '../shared/domain/circle/session'
import { filterPeople } from '../shared/domain/people/filter'
import { gcNow, median, round, timed, timedSync, type BenchLine } from './helpers'
import { buildCircle, makePeople } from './people'
import { openStore, type StoreKind } from './stores'

export interface OpenOptions {
  n: number
  runs: number
  store: StoreKind
  name?: string
}

const DOC_ID = 'bench-open'

/**
 * Time from "nothing in memory" to "the people list is usable": a new Y.Doc, the stored state
 * loaded through a DocPersistence, a CircleSession, the sorted list and one (empty) filter.
 * Floor: `Y.applyUpdate` of the same bytes into a fresh doc, measured in the same run.
 */
export async function benchOpen(opts: OpenOptions): Promise<BenchLine> {
  const built = buildCircle(makePeople(opts.n))
  const bytes = Y.encodeStateAsUpdate(built.doc)
  const store = openStore(opts.store)
  const seed = await store.attach(DOC_ID, built.doc)
  await seed.flush()
  await seed.close()
  built.destroy()
  built.doc.destroy()

  const times: number[] = []
  const floors: number[] = []
  const cpu: number[] = []
  const floorCpu: number[] = []
  let listed = 0
  for (let i = 0; i < opts.runs; i++) {
    gcNow()
    const floor = timedSync(() => Y.applyUpdate(new Y.Doc(), bytes))
    floors.push(floor.ms)
    floorCpu.push(floor.cpu)
    gcNow()
    const doc = new Y.Doc()
    const run = await timed(async () => {
      const handle = await store.attach(DOC_ID, doc)
      const session = new CircleSession(DOC_ID, doc)
      const list = filterPeople(session.people, session.people.getSnapshot(), '')
      return { handle, session, list }
    })
    times.push(run.ms)
    cpu.push(run.cpu)
    listed = run.value.list.length
    await run.value.handle.close()
    run.value.session.destroy()
    doc.destroy()
  }
  await store.erase(DOC_ID)
  if (listed !== opts.n) throw new Error(`opened ${listed} people, expected ${opts.n}`)

  const ms = median(times)
  const floor = median(floors)
  // Each measured run follows its own floor run, so their ratio is less hurt by a busy machine.
  const paired = median(times.map((t, i) => t / floors[i]!))
  return {
    name: opts.name ?? `open-${opts.n}`,
    ms: round(ms),
    floor_ms: round(floor),
    ratio: round(ms / floor, 2),
    n: opts.n,
    store: opts.store,
    state_bytes: bytes.byteLength,
    paired_ratio: round(paired, 2),
    cpu_ms: round(median(cpu)),
    floor_cpu_ms: round(median(floorCpu)),
    cpu_ratio: round(median(cpu) / median(floorCpu), 2),
    runs: opts.runs,
    ms_runs: times.map((t) => round(t)),
    floor_runs: floors.map((t) => round(t)),
    target: 'ratio <= 1.3 and ms < 1000 at 100k',
  }
}
