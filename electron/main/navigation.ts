import { app, type WebContents } from 'electron'
import { isAppUrl } from './origin'

/** The subset of WebContents the guards use (keeps them testable with a plain emitter). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

interface PreventableNavigation {
  url: string
  preventDefault(): void
}

function blockForeign(kind: string) {
  return (event: PreventableNavigation): void => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    console.warn(`[navigation] blocked ${kind} away from the app origin`)
  }
}

/**
 * Keeps a webContents on the app origin: no navigation or redirect elsewhere, no new windows
 * (window.open, target=_blank), and no <webview>. The renderer has no other way out.
 */
export function hardenWebContents(contents: GuardedContents): void {
  contents.on('will-navigate', blockForeign('navigation'))
  contents.on('will-frame-navigate', blockForeign('frame navigation'))
  contents.on('will-redirect', blockForeign('redirect'))
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    console.warn('[navigation] blocked a <webview>')
  })
  contents.setWindowOpenHandler(() => {
    console.warn('[navigation] denied a new window')
    return { action: 'deny' }
  })
}

/** Applies hardenWebContents to every webContents the app ever creates. Call before ready. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
}
