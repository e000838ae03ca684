import wrtc from '@roamhq/wrtc'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { CircleSession } from '../../shared/domain/circle/session'
import { deriveCircleKeys } from '../../shared/sync/circle-keys'
import { CircleMesh } from '../../shared/sync/mesh'
import { Replicator } from '../../shared/sync/replicator'
import { WebRtcConnector } from '../../renderer/src/sync/webrtc-connector'
import { WsSignaling, type SocketLike } from '../../renderer/src/sync/ws-signaling'

/** A Rhizome peer in Node: real WebRTC (@roamhq/wrtc) and real signaling (ws), no browser. */
export async function nodePeer(
  name: string,
  secret: Uint8Array,
  signalUrl: string,
  doc = new Y.Doc(),
) {
  const replicator = new Replicator(doc, { id: `member-${name}-0000`, name, colour: '#1d4ed8' })
  const session = new CircleSession('circle', doc)
  const signaling = new WsSignaling(signalUrl, (u) => new WebSocket(u) as unknown as SocketLike)
  const connector = new WebRtcConnector(
    [],
    wrtc.RTCPeerConnection as unknown as typeof RTCPeerConnection,
  )
  const mesh = new CircleMesh(await deriveCircleKeys(secret), [signaling], connector, replicator)
  mesh.start()
  return {
    doc,
    session,
    replicator,
    mesh,
    stop() {
      mesh.stop()
      signaling.destroy()
      replicator.destroy()
    },
  }
}
