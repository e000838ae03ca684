import { app } from 'electron'

/** The privileged custom scheme the packaged renderer is served from (see protocol.ts). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'rhizome'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The electron-vite dev server URL, only while developing: `electron-vite dev` sets
 * ELECTRON_RENDERER_URL, and a packaged app ignores it so an environment variable can never
 * point a release build at a foreign page.
 */
export function devServerUrl(): string | null {
  const url = process.env['ELECTRON_RENDERER_URL']
  if (app.isPackaged || !url) return null
  return parseUrl(url) ? url : null
}

/** The URL the main window loads: the dev server in development, the app scheme otherwise. */
export function rendererEntryUrl(): string {
  return devServerUrl() ?? APP_ENTRY_URL
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** True when `url` belongs to the app itself: `app://rhizome/…`, or the dev server in dev. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  const dev = devServerUrl()
  return dev !== null && parsed.origin === new URL(dev).origin
}
