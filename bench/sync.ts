/**
 * Sync benchmarks over real WebRTC in Node (@roamhq/wrtc), through the Rhizome signaling
 * server started in this process on a free port:
 * - `syncBench(n)`: a circle of n people to a fresh peer, against the floor of moving the same
 *   bytes over a plain data channel (same chunk size and flow control) and applying them.
 * - `editLatencyBench(peers)`: one edit to every other peer of a full mesh, against the round
 *   trip of a tiny message on a plain data channel.
 * `npx tsx bench/sync.ts [sync-10k sync-100k edit-latency-2 edit-latency-5]` prints one JSON
 * line per benchmark on stdout; progress goes to stderr. Every line carries `load1` (the
 * machine's load average): on a shared 2-core machine the numbers move with it.
 * Note: bench/sync-net.ts gives @roamhq/wrtc the `bufferedamountlow` event it lacks; without
 * it PeerSession's flow control stalls for ever on any frame over about 3.4 MB (sync-100k).
 */
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { randomBytes } from '../shared/crypto/bytes'
import { open, seal } from '../shared/crypto/seal'
import { CircleSession } from '../shared/domain/circle/session'
import { updatePerson } from '../shared/domain/people/commands'
import { CHUNK_BYTES } from '../shared/sync/chunks'
import { deriveCircleKeys } from '../shared/sync/circle-keys'
import { encodeFrame, FRAME } from '../shared/sync/frames'
import { startSignalServer, type SignalServer } from '../signal/server'
import { emit, gcNow, isMain, median, round, type BenchLine } from './helpers'
import { buildCircle, makePeople } from './people'
import {
  channelPair,
  pingPong,
  receiveAll,
  sendChunked,
  startPeer,
  until,
  type BenchPeer,
} from './sync-net'

const log = (line: string) => process.stderr.write(`# ${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
}

async function withSignal<T>(fn: (url: string, server: SignalServer) => Promise<T>): Promise<T> {
  const server = await startSignalServer({ host: '127.0.0.1', port: 0 })
  try {
    return await fn(`ws://127.0.0.1:${server.port}`, server)
  } finally {
    await server.close()
  }
}

/** A circle document of `n` realistic people, written as the app writes them. */
function circleDoc(n: number): Y.Doc {
  const session = buildCircle(makePeople(n), 1)
  session.destroy()
  return session.doc
}

const waitOpen = (p: BenchPeer) =>
  until(() => p.signaling.state.getSnapshot() === 'open', 10_000, 'the signaling server')

interface SyncRun {
  ms: number
  /** CPU time of this process (both peers) during `ms`. */
  cpuMs: number
  connectMs: number
  firstAnswerByteMs: number
  lastByteMs: number
  floorMs: number
  floorTransferMs: number
  floorApplyMs: number
}

/** One run: peer B starts and receives the whole circle from A; then the floor, same bytes. */
async function syncRun(
  url: string,
  source: Y.Doc,
  n: number,
  update: Uint8Array,
  answerWireBytes: number,
) {
  const secret = randomBytes(32)
  const a = startPeer('ana', await deriveCircleKeys(secret), url, source)
  let b: BenchPeer | null = null
  try {
    await waitOpen(a)
    await sleep(100)
    gcNow()

    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    b = startPeer('ben', await deriveCircleKeys(secret), url)
    const peerB = b
    const session = () => peerB.replicator.peerStates()[0]?.session
    const marks = { connect: 0, first: 0, last: 0 }
    const watcher = setInterval(() => {
      const s = session()
      const now = performance.now() - t0
      if (s && !marks.connect) marks.connect = now
      if (s && !marks.first && s.receivedBytes > CHUNK_BYTES) marks.first = now
      if (s && !marks.last && s.receivedBytes >= answerWireBytes) marks.last = now
    }, 1)
    await until(() => peerB.session.people.size === n, 300_000, `${n} people on B`, 1)
    const ms = performance.now() - t0
    const cpu = process.cpuUsage(cpu0)
    clearInterval(watcher)

    // The floor, in the same run: the same bytes over a plain channel pair, then applied.
    a.stop()
    b.stop()
    b = null
    gcNow()
    const pair = await channelPair()
    try {
      const f0 = performance.now()
      const [received] = await Promise.all([
        receiveAll(pair.b, update.length),
        sendChunked(pair.a, update, CHUNK_BYTES),
      ])
      const f1 = performance.now()
      const fresh = new Y.Doc()
      Y.applyUpdate(fresh, received)
      const f2 = performance.now()
      fresh.destroy()
      return {
        ms,
        cpuMs: (cpu.user + cpu.system) / 1000,
        connectMs: marks.connect,
        firstAnswerByteMs: marks.first,
        lastByteMs: marks.last,
        floorMs: f2 - f0,
        floorTransferMs: f1 - f0,
        floorApplyMs: f2 - f1,
      } satisfies SyncRun
    } finally {
      pair.close()
    }
  } finally {
    a.stop()
    b?.stop()
  }
}

/**
 * The steps of a full sync apart from the network, each timed alone on the same bytes: what A
 * does to answer (encode the state, frame, seal) and what B does with the answer (open, apply
 * into its circle while the replicator listens for updates, as in the app).
 */
async function steps(source: Y.Doc, n: number) {
  const { wireKey } = await deriveCircleKeys(randomBytes(32))
  gcNow()
  const t0 = performance.now()
  const update = Y.encodeStateAsUpdate(source)
  const t1 = performance.now()
  const frame = encodeFrame({ kind: FRAME.update, doc: '', payload: update })
  const t2 = performance.now()
  const sealed = await seal(wireKey, frame, 'rhizome:wire:v1')
  const t3 = performance.now()
  await open(wireKey, sealed, 'rhizome:wire:v1')
  const t4 = performance.now()
  gcNow()
  const bare = new Y.Doc()
  const t5 = performance.now()
  Y.applyUpdate(bare, update)
  const t6 = performance.now()
  bare.destroy()
  gcNow()
  const doc = new Y.Doc()
  const session = new CircleSession('bench-circle', doc)
  // Any 'update' listener (the replicator's, the app's persistence) makes Yjs encode the
  // applied transaction again.
  const onUpdate = () => undefined
  doc.on('update', onUpdate)
  const t7 = performance.now()
  Y.applyUpdate(doc, update)
  const t8 = performance.now()
  if (session.people.size !== n) throw new Error('the update did not hold every person')
  doc.off('update', onUpdate)
  session.destroy()
  doc.destroy()
  return {
    encode_ms: round(t1 - t0),
    frame_ms: round(t2 - t1),
    seal_ms: round(t3 - t2),
    open_ms: round(t4 - t3),
    apply_bare_ms: round(t6 - t5),
    apply_like_app_ms: round(t8 - t7),
  }
}

/**
 * Full sync of a circle of `n` people to a fresh peer over loopback WebRTC. `ms` runs from
 * starting peer B (keys, signaling, handshake included) until B's circle holds all n people.
 */
export async function syncBench(
  n: 10_000 | 100_000,
  runs = n === 10_000 ? 3 : 1,
): Promise<BenchLine> {
  const name = `sync-${n / 1000}k`
  return withSignal(async (url) => {
    const source = circleDoc(n)
    const update = Y.encodeStateAsUpdate(source)
    // The answer as it travels: framed, sealed (IV and tag), 12-byte header per chunk.
    const sealed = encodeFrame({ kind: FRAME.update, doc: '', payload: update }).length + 28
    const answerWireBytes = sealed + 12 * Math.ceil(sealed / CHUNK_BYTES)
    const results: SyncRun[] = []
    for (let i = 0; i < runs; i++) {
      const r = await syncRun(url, source, n, update, answerWireBytes)
      log(
        `${name} run ${i + 1}: ${JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))}`,
      )
      results.push(r)
    }
    const pick = (k: keyof SyncRun) => round(median(results.map((r) => r[k])))
    const ms = pick('ms')
    const floor = pick('floorMs')
    const step = await steps(source, n)
    return {
      name,
      ms,
      floor_ms: floor,
      ratio: round(ms / floor, 2),
      target: 'ratio <= 1.5',
      met: ms / floor <= 1.5,
      n,
      runs,
      bytes: update.length,
      cpu_ms: pick('cpuMs'),
      connect_ms: pick('connectMs'),
      first_answer_byte_ms: pick('firstAnswerByteMs'),
      last_byte_ms: pick('lastByteMs'),
      floor_transfer_ms: pick('floorTransferMs'),
      floor_apply_ms: pick('floorApplyMs'),
      ...step,
      // The floor plus the one step no transport can skip: A encoding its state for B.
      floor_with_encode_ms: round(floor + step.encode_ms),
      ratio_with_encode: round(ms / (floor + step.encode_ms), 2),
      load1: round(loadavg()[0]!),
    }
  })
}

/**
 * p95 time for one edit (updatePerson on peer 0) to reach every other peer of a full mesh of
 * `peers` over loopback WebRTC, one edit at a time, against the round trip of a tiny message.
 * All peers share this process (and its event loop), unlike members' laptops.
 */
export async function editLatencyBench(
  peers: 2 | 5,
  edits = 200,
  people = 500,
): Promise<BenchLine> {
  const name = `edit-latency-${peers}`
  return withSignal(async (url) => {
    const keys = await deriveCircleKeys(randomBytes(32))
    const mesh: BenchPeer[] = []
    try {
      mesh.push(startPeer('peer0', keys, url, circleDoc(people)))
      for (let i = 1; i < peers; i++) mesh.push(startPeer(`peer${i}`, keys, url))
      await until(
        () =>
          mesh.every(
            (p) =>
              p.mesh.connectedPeers === peers - 1 &&
              p.session.people.size === people &&
              p.replicator.peerStates().every((s) => s.member !== null),
          ),
        60_000,
        'a full mesh in step',
        5,
      )
      await sleep(200)
      const editor = mesh[0]!
      const others = mesh.slice(1)
      const ids = editor.session.people.getSnapshot().map((p) => p.id)

      const editOnce = async (i: number): Promise<number> => {
        const id = ids[i % ids.length]!
        const unit = `Unit ${i}`
        let t0 = 0
        const arrived = others.map(
          (p) =>
            new Promise<number>((resolve) => {
              const check = () => {
                if (p.session.people.get(id)?.unit !== unit) return
                p.doc.off('afterTransaction', check)
                resolve(performance.now() - t0)
              }
              p.doc.on('afterTransaction', check)
            }),
        )
        t0 = performance.now()
        const r = updatePerson(editor.session, id, { unit })
        if (!r.ok || !r.value.changed) throw new Error(`edit ${i} did not change anything`)
        const times = await Promise.race([
          Promise.all(arrived),
          sleep(10_000).then(() => {
            throw new Error(`edit ${i} did not reach every peer in 10 s`)
          }),
        ])
        // Let relayed copies of this edit settle before the next one.
        await sleep(5)
        return Math.max(...times)
      }

      const sent = (peers: BenchPeer[]) =>
        peers.reduce(
          (sum, p) => sum + p.replicator.peerStates().reduce((s, q) => s + q.session.sentBytes, 0),
          0,
        )
      for (let i = 0; i < 20; i++) await editOnce(i)
      const latencies: number[] = []
      const [allBefore, editorBefore] = [sent(mesh), sent([editor])]
      const cpuBefore = process.cpuUsage()
      for (let i = 0; i < edits; i++) latencies.push(await editOnce(20 + i))
      const cpu = process.cpuUsage(cpuBefore)
      const bytesAll = (sent(mesh) - allBefore) / edits
      const bytesEditor = (sent([editor]) - editorBefore) / edits

      const pair = await channelPair()
      let rtts: number[]
      try {
        await pingPong(pair, 20)
        rtts = await pingPong(pair, edits)
      } finally {
        pair.close()
      }
      const p95 = percentile(latencies, 95)
      const rtt = median(rtts)
      return {
        name,
        ms: round(p95, 2),
        floor_ms: round(rtt, 3),
        ratio: round(p95 / rtt, 1),
        target: 'p95 < rtt + 20 ms',
        met: p95 < rtt + 20,
        peers,
        edits,
        people,
        p50_ms: round(median(latencies), 2),
        max_ms: round(Math.max(...latencies), 2),
        rtt_p95_ms: round(percentile(rtts, 95), 3),
        // CPU of the whole process (every peer) per edit: the edit path's own cost.
        cpu_ms_per_edit: round((cpu.user + cpu.system) / 1000 / edits, 2),
        // Bytes on the wire per edit: all peers (relays included) and the editor alone.
        wire_bytes_per_edit: Math.round(bytesAll),
        editor_bytes_per_edit: Math.round(bytesEditor),
        load1: round(loadavg()[0]!),
      }
    } finally {
      for (const p of mesh) p.stop()
    }
  })
}

export const SYNC_BENCHES: { name: string; run: () => Promise<BenchLine> }[] = [
  { name: 'sync-10k', run: () => syncBench(10_000) },
  { name: 'sync-100k', run: () => syncBench(100_000) },
  { name: 'edit-latency-2', run: () => editLatencyBench(2) },
  { name: 'edit-latency-5', run: () => editLatencyBench(5) },
]

if (isMain(import.meta.url)) {
  const only = process.argv.slice(2)
  for (const b of SYNC_BENCHES) {
    if (only.length > 0 && !only.includes(b.name)) continue
    const started = Date.now()
    emit(await b.run())
    log(`${b.name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  // @roamhq/wrtc keeps native threads alive after every connection is closed.
  process.exit(0)
}
