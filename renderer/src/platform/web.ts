import type { Platform } from './platform'

declare const __APP_VERSION__: string

/** The web build in a plain browser: no application menu, no OS integration. */
export function webPlatform(): Platform {
  return {
    kind: 'web',
    getAppInfo: async () => ({ version: __APP_VERSION__, os: 'web' }),
    setLocale: () => undefined,
    onMenuCommand: () => () => undefined,
  }
}
