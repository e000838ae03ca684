import type { RhizomeBridge } from '@shared/platform/bridge'
import { electronPlatform } from './desktop'
import type { Platform } from './platform'
import { webPlatform } from './web'

declare global {
  interface Window {
    rhizome?: RhizomeBridge
  }
}

/** The desktop app's preload defines `window.rhizome`; a browser does not. */
export function detectPlatform(): Platform {
  const bridge = window.rhizome
  return bridge && bridge.kind === 'electron' ? electronPlatform(bridge) : webPlatform()
}
