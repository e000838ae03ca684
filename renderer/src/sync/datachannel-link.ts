import type { Link } from '@shared/sync/link'
import { LOW_WATER } from '@shared/sync/peer-session'

/**
 * A Link over an RTCDataChannel. Messages that arrive before a listener is attached are kept
 * (the replicator attaches right after the channel opens, the other side may already talk).
 */
export function dataChannelLink(channel: RTCDataChannel, onClosed: () => void): Link {
  channel.binaryType = 'arraybuffer'
  channel.bufferedAmountLowThreshold = LOW_WATER
  const early: Uint8Array[] = []
  const messageListeners: ((d: Uint8Array) => void)[] = []
  const closeListeners: (() => void)[] = []
  let open = channel.readyState === 'open'
  channel.onmessage = (e: MessageEvent) => {
    if (!(e.data instanceof ArrayBuffer)) return
    const d = new Uint8Array(e.data)
    if (messageListeners.length === 0) early.push(d)
    else for (const l of messageListeners) l(d)
  }
  const closed = () => {
    if (!open) return
    open = false
    closeListeners.forEach((l) => l())
    onClosed()
  }
  channel.onclose = closed
  channel.onerror = closed
  return {
    get open() {
      return open && channel.readyState === 'open'
    },
    get bufferedAmount() {
      return channel.bufferedAmount
    },
    send(data) {
      if (channel.readyState === 'open') channel.send(data as Uint8Array<ArrayBuffer>)
    },
    whenBelow(bytes) {
      if (channel.bufferedAmount < bytes || channel.readyState !== 'open') return Promise.resolve()
      return new Promise((resolve) => {
        // Some WebRTC stacks (e.g. @roamhq/wrtc) never fire 'bufferedamountlow': poll as well.
        const poll = setInterval(() => {
          if (channel.bufferedAmount < bytes || channel.readyState !== 'open') done()
        }, 25)
        const done = () => {
          clearInterval(poll)
          channel.removeEventListener('bufferedamountlow', done)
          channel.removeEventListener('close', done)
          resolve()
        }
        channel.addEventListener('bufferedamountlow', done)
        channel.addEventListener('close', done)
      })
    },
    onMessage(l) {
      messageListeners.push(l)
      for (const d of early.splice(0)) l(d)
    },
    onClose(l) {
      closeListeners.push(l)
    },
    close() {
      channel.close()
      closed()
    },
  }
}
