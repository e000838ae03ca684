import os from 'node:os'
import { app, BrowserWindow } from 'electron'
import { IPC } from '@shared/platform/bridge'
import { startSignalServer } from '../../../signal/server'
import { createBonjour } from './bonjour'
import { RoomController } from './room'

export { RoomController } from './room'

/** The room of this app: real network, mDNS and signaling server; status sent to every window. */
export function createRoom(): RoomController {
  const room = new RoomController({
    networkInterfaces: () => os.networkInterfaces(),
    createBonjour,
    startSignal: (options) => startSignalServer(options),
  })
  room.onChange((status) => {
    for (const win of BrowserWindow.getAllWindows()) {
      try {
        win.webContents.send(IPC.roomChanged, status)
      } catch {
        // A window closing right now misses one update.
      }
    }
  })
  return room
}

export const HIDE_LOCAL_IPS_FEATURE = 'WebRtcHideLocalIpsWithMdns'

/**
 * Chromium hides a peer's LAN address behind a random `.local` mDNS name in ICE candidates;
 * peers that cannot resolve it (another app's WebRTC stack, a network without mDNS) then find no
 * direct path. A room is exactly the case where LAN peers must see host candidates. Must run
 * before `ready`; keeps whatever else is in `--disable-features`.
 */
export function showLocalIpsToPeers(): void {
  const existing = app.commandLine.getSwitchValue('disable-features')
  const features = existing
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '')
  if (!features.includes(HIDE_LOCAL_IPS_FEATURE)) features.push(HIDE_LOCAL_IPS_FEATURE)
  app.commandLine.appendSwitch('disable-features', features.join(','))
}

/**
 * On quit, the room says goodbye on mDNS and closes its signaling servers before the process
 * ends: quitting is held once (bounded by RoomController.dispose), then resumed.
 */
export function stopRoomOnQuit(room: RoomController): void {
  let stopped = false
  app.on('will-quit', (event) => {
    if (stopped) return
    stopped = true
    event.preventDefault()
    void room.dispose().finally(() => app.quit())
  })
}
