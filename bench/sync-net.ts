import wrtc from '@roamhq/wrtc'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { CircleSession } from '../shared/domain/circle/session'
import type { CircleKeys } from '../shared/sync/circle-keys'
import { CircleMesh } from '../shared/sync/mesh'
import { HIGH_WATER, LOW_WATER } from '../shared/sync/peer-session'
import { Replicator } from '../shared/sync/replicator'
import { WebRtcConnector } from '../renderer/src/sync/webrtc-connector'
import { WsSignaling, type SocketLike } from '../renderer/src/sync/ws-signaling'

/**
 * The network side of the sync benchmarks: Rhizome peers in Node over real WebRTC
 * (@roamhq/wrtc) and real signaling (ws), and a plain data-channel pair for the floors.
 */

const RTC = wrtc.RTCPeerConnection as unknown as typeof RTCPeerConnection

/**
 * @roamhq/wrtc 0.10 has no `bufferedAmountLowThreshold` and never fires `bufferedamountlow`
 * (its bufferedAmount is live, though). PeerSession's flow control waits for that event once
 * more than HIGH_WATER is queued, so in Node any frame over about 3.4 MB (dcSCTP's own
 * buffer plus HIGH_WATER) would stall for ever. This fires the event as a browser does, from
 * a 1 ms poll while someone listens; the floors below use the same flow control.
 */
export function polyfillBufferedAmountLow(): void {
  type Channel = RTCDataChannel & { __lowTimer?: ReturnType<typeof setInterval> }
  const proto = wrtc.RTCDataChannel.prototype as Channel & { __lowPolyfill?: true }
  if (proto.__lowPolyfill) return
  proto.__lowPolyfill = true
  const add = proto.addEventListener
  proto.addEventListener = function (
    this: Channel,
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ) {
    add.call(this, type, listener, options)
    if (type !== 'bufferedamountlow' || this.__lowTimer) return
    const timer = setInterval(() => {
      const open = this.readyState === 'open'
      if (open && this.bufferedAmount > this.bufferedAmountLowThreshold) return
      clearInterval(timer)
      this.__lowTimer = undefined
      if (open) this.dispatchEvent({ type: 'bufferedamountlow', target: this } as unknown as Event)
    }, 1)
    this.__lowTimer = timer
  } as typeof proto.addEventListener
}
polyfillBufferedAmountLow()

export interface BenchPeer {
  doc: Y.Doc
  session: CircleSession
  replicator: Replicator
  mesh: CircleMesh
  signaling: WsSignaling
  stop(): void
}

/** A Rhizome peer as the app builds one (CircleSync without the browser), in this process. */
export function startPeer(
  name: string,
  keys: CircleKeys,
  signalUrl: string,
  doc = new Y.Doc(),
): BenchPeer {
  const session = new CircleSession('bench-circle', doc)
  const id = `member-${name}`.padEnd(12, '0')
  const replicator = new Replicator(doc, { id, name, colour: '#1d4ed8' })
  const signaling = new WsSignaling(signalUrl, (u) => new WebSocket(u) as unknown as SocketLike)
  const mesh = new CircleMesh(keys, [signaling], new WebRtcConnector([], RTC), replicator)
  mesh.start()
  let stopped = false
  return {
    doc,
    session,
    replicator,
    mesh,
    signaling,
    stop() {
      if (stopped) return
      stopped = true
      mesh.stop()
      signaling.destroy()
      replicator.destroy()
      session.destroy()
    },
  }
}

/** Resolves once `check` is true, testing it every `everyMs`; rejects after `timeoutMs`. */
export function until(check: () => boolean, timeoutMs: number, what: string, everyMs = 2) {
  return new Promise<void>((resolve, reject) => {
    if (check()) return resolve()
    const started = Date.now()
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer)
        resolve()
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer)
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))
      }
    }, everyMs)
  })
}

export interface ChannelPair {
  a: RTCDataChannel
  b: RTCDataChannel
  close(): void
}

function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve()
  return new Promise((resolve) => {
    pc.onicegatheringstatechange = () => {
      if (pc.iceGatheringState === 'complete') resolve()
    }
  })
}

function opened(ch: RTCDataChannel): Promise<void> {
  if (ch.readyState === 'open') return Promise.resolve()
  return new Promise((resolve) => (ch.onopen = () => resolve()))
}

/**
 * Two RTCPeerConnections in this process joined directly (no signaling server), with one
 * ordered data channel as the app uses: the floor the app's transport is measured against.
 */
export async function channelPair(): Promise<ChannelPair> {
  const pa = new RTC({ iceServers: [] })
  const pb = new RTC({ iceServers: [] })
  const a = pa.createDataChannel('floor', { ordered: true })
  const b = new Promise<RTCDataChannel>((resolve) => (pb.ondatachannel = (e) => resolve(e.channel)))
  await pa.setLocalDescription(await pa.createOffer())
  await gathered(pa)
  await pb.setRemoteDescription(pa.localDescription!)
  await pb.setLocalDescription(await pb.createAnswer())
  await gathered(pb)
  await pa.setRemoteDescription(pb.localDescription!)
  const channelB = await b
  await Promise.all([opened(a), opened(channelB)])
  for (const ch of [a, channelB]) {
    ch.binaryType = 'arraybuffer'
    ch.bufferedAmountLowThreshold = LOW_WATER
  }
  return {
    a,
    b: channelB,
    close() {
      a.close()
      channelB.close()
      pa.close()
      pb.close()
    },
  }
}

function below(ch: RTCDataChannel): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      ch.removeEventListener('bufferedamountlow', done)
      resolve()
    }
    ch.addEventListener('bufferedamountlow', done)
  })
}

/** Sends `bytes` in `chunkBytes` pieces with the app's flow control (PeerSession.send). */
export async function sendChunked(
  ch: RTCDataChannel,
  bytes: Uint8Array,
  chunkBytes: number,
): Promise<void> {
  for (let o = 0; o < bytes.length; o += chunkBytes) {
    if (ch.bufferedAmount > HIGH_WATER) await below(ch)
    ch.send(bytes.slice(o, o + chunkBytes))
  }
}

/** Collects `total` bytes from the channel into one buffer. */
export function receiveAll(ch: RTCDataChannel, total: number): Promise<Uint8Array> {
  const out = new Uint8Array(total)
  let at = 0
  return new Promise((resolve) => {
    ch.onmessage = (e: MessageEvent) => {
      const part = new Uint8Array(e.data as ArrayBuffer)
      out.set(part, at)
      at += part.length
      if (at >= total) {
        ch.onmessage = null
        resolve(out)
      }
    }
  })
}

/** Round trips of a tiny message over the channel pair, in ms, one at a time. */
export async function pingPong(pair: ChannelPair, count: number): Promise<number[]> {
  pair.b.onmessage = (e: MessageEvent) => pair.b.send(e.data as ArrayBuffer)
  const times: number[] = []
  const ping = new Uint8Array(16)
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    await new Promise<void>((resolve) => {
      pair.a.onmessage = () => resolve()
      pair.a.send(ping)
    })
    times.push(performance.now() - t0)
  }
  pair.a.onmessage = null
  pair.b.onmessage = null
  return times
}
