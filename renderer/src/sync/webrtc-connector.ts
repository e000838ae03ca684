import type { Link } from '@shared/sync/link'
import type { Connector, Handshake } from '@shared/sync/signaling'
import { dataChannelLink } from './datachannel-link'

export interface IceServer {
  urls: string
  username?: string
  credential?: string
}

type Signal = { sdp: RTCSessionDescriptionInit } | { candidate: RTCIceCandidateInit | null }

const isSignal = (v: unknown): v is Signal =>
  typeof v === 'object' && v !== null && ('sdp' in v || 'candidate' in v)

/**
 * Native RTCPeerConnection (no simple-peer): no STUN or TURN unless the member configured one,
 * so no third party learns members' addresses. One ordered, reliable data channel per peer
 * carries all of a circle's documents. `RTC` is injectable so Node tests can pass @roamhq/wrtc.
 */
export class WebRtcConnector implements Connector {
  constructor(
    private readonly iceServers: IceServer[] = [],
    private readonly RTC: typeof RTCPeerConnection = globalThis.RTCPeerConnection,
  ) {}

  create(_remote: string, initiator: boolean, signal: (s: unknown) => void): Handshake {
    const pc = new this.RTC({ iceServers: this.iceServers })
    let resolve!: (l: Link) => void
    let reject!: (e: Error) => void
    const link = new Promise<Link>((res, rej) => {
      resolve = res
      reject = rej
    })
    link.catch(() => undefined)
    const queued: RTCIceCandidateInit[] = []
    let closed = false
    const close = () => {
      if (closed) return
      closed = true
      reject(new Error('closed'))
      try {
        pc.close()
      } catch {
        // already closed
      }
    }
    const adopt = (channel: RTCDataChannel) => {
      const ready = () => resolve(dataChannelLink(channel, close))
      if (channel.readyState === 'open') ready()
      else channel.onopen = ready
    }
    pc.onicecandidate = (e) => signal({ candidate: e.candidate ? e.candidate.toJSON() : null })
    let gone: ReturnType<typeof setTimeout> | null = null
    pc.onconnectionstatechange = () => {
      const state = pc.connectionState
      if (state === 'failed' || state === 'closed') close()
      // 'disconnected' can recover; after 5 s it is treated as gone (the peer quit or moved).
      if (state === 'disconnected' && !gone) gone = setTimeout(close, 5000)
      if (state === 'connected' && gone) {
        clearTimeout(gone)
        gone = null
      }
    }
    if (initiator) {
      adopt(pc.createDataChannel('rhizome', { ordered: true }))
      void (async () => {
        try {
          await pc.setLocalDescription(await pc.createOffer())
          signal({ sdp: pc.localDescription!.toJSON() })
        } catch {
          close()
        }
      })()
    } else {
      pc.ondatachannel = (e) => adopt(e.channel)
    }
    const handle = async (s: unknown) => {
      if (closed || !isSignal(s)) return
      try {
        if ('sdp' in s) {
          if (s.sdp.type !== 'offer' && s.sdp.type !== 'answer') return
          await pc.setRemoteDescription(s.sdp)
          for (const c of queued.splice(0)) await pc.addIceCandidate(c)
          if (s.sdp.type === 'offer') {
            await pc.setLocalDescription(await pc.createAnswer())
            signal({ sdp: pc.localDescription!.toJSON() })
          }
        } else if (s.candidate) {
          if (pc.remoteDescription) await pc.addIceCandidate(s.candidate)
          else queued.push(s.candidate)
        }
      } catch {
        // A signal that does not apply (stale, hostile) is ignored; the handshake times out.
      }
    }
    return { handle: (s) => void handle(s), link, close }
  }
}
