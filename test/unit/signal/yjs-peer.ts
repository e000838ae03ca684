/*
 * One y-webrtc peer in its own process (y-webrtc allows one provider per room per process):
 *   node --import tsx test/unit/signal/yjs-peer.ts <signaling-url> <room> <password> <text>
 * Inserts <text> into a shared Y.Text, prints the text on stdout on every change, and exits when
 * its stdin closes.
 */
import wrtc from '@roamhq/wrtc'
import { WebSocket } from 'ws'
import { WebrtcProvider } from 'y-webrtc'
import * as Y from 'yjs'

export function useNodeWebSocket(): void {
  // lib0's WebSocket client expects the browser global; Node 20 does not have it unflagged.
  globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket
}

export function provider(url: string, room: string, password: string, doc: Y.Doc) {
  return new WebrtcProvider(room, doc, {
    signaling: [url],
    password,
    peerOpts: { wrtc, config: { iceServers: [] } }, // host candidates only: no network needed
  })
}

if (process.argv[1]?.endsWith('yjs-peer.ts')) {
  const [url, room, password, text] = process.argv.slice(2) as [string, string, string, string]
  useNodeWebSocket()
  const doc = new Y.Doc()
  const shared = doc.getText('t')
  shared.observe(() => process.stdout.write(`${shared.toString()}\n`))
  const peer = provider(url, room, password, doc)
  shared.insert(0, text)
  process.stdin.resume()
  process.stdin.on('close', () => {
    peer.destroy()
    process.exit(0)
  })
}
