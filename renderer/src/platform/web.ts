import type { Platform } from './platform'

declare const __APP_VERSION__: string

/** The web build in a plain browser: no application menu, no OS integration. */
export function webPlatform(): Platform {
  return {
    kind: 'web',
    getAppInfo: async () => ({ version: __APP_VERSION__, os: 'web' }),
    setLocale: () => undefined,
    onMenuCommand: () => () => undefined,
    // A browser has no keychain we could trust with the device key: passphrase only.
    keychain: {
      status: async () => 'unavailable',
      store: async () => {
        throw new Error('no keychain in the web build')
      },
      load: async () => null,
      clear: async () => undefined,
    },
    onLockRequest: () => () => undefined,
    wipeAll: async () => undefined,
    // A browser can neither host nor discover; members type the host's address instead.
    room: null,
    // A new tab that cannot reach back into this page.
    openLink: async (url) => {
      window.open(url, '_blank', 'noopener,noreferrer')
    },
  }
}
