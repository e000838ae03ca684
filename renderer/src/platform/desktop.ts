import type { RhizomeBridge } from '@shared/platform/bridge'
import type { Platform } from './platform'

/** The desktop app: everything goes through the preload's small, validated bridge. */
export function electronPlatform(bridge: RhizomeBridge): Platform {
  return {
    kind: 'electron',
    getAppInfo: () => bridge.getAppInfo(),
    setLocale: (locale) => {
      bridge.setLocale(locale).catch((err: unknown) => console.error('setLocale failed', err))
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    keychain: bridge.keychain,
    onLockRequest: (listener) => bridge.onLockRequest(listener),
    wipeAll: () => bridge.wipeAll(),
    room: bridge.room,
    openLink: (url) => bridge.openLink(url),
  }
}
