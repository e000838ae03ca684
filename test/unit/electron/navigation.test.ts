import { beforeEach, describe, expect, it, vi } from 'vitest'
import { hardenAllWebContents, hardenWebContents } from '../../../electron/main/navigation'
import { FakeWebContents, app, resetFakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

beforeEach(() => {
  resetFakeElectron()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

const hardened = (): FakeWebContents => {
  const contents = new FakeWebContents()
  hardenWebContents(contents as never)
  return contents
}

/** Emits a navigation-like event and tells whether the app prevented it. */
const prevented = (contents: FakeWebContents, name: string, url: string): boolean => {
  const event = { url, preventDefault: vi.fn() }
  contents.emit(name, event, url)
  return event.preventDefault.mock.calls.length > 0
}

const FOREIGN = [
  'https://example.com/',
  'http://127.0.0.1:4173/',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://rhizome:8080/index.html',
  'javascript:alert(1)',
  'not a url',
]

describe('navigation guards', () => {
  for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    it(`${name}: blocks other origins and allows the app origin`, () => {
      const contents = hardened()
      for (const url of FOREIGN) expect(prevented(contents, name, url), url).toBe(true)
      expect(prevented(contents, name, 'app://rhizome/index.html')).toBe(false)
      expect(prevented(contents, name, 'app://rhizome/circles/1?x=2#people')).toBe(false)
    })
  }

  it('allows the dev server only while unpackaged', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173'
    const contents = hardened()
    expect(prevented(contents, 'will-navigate', 'http://localhost:5173/index.html')).toBe(false)
    expect(prevented(contents, 'will-navigate', 'http://localhost:5174/')).toBe(true)
    app.isPackaged = true
    expect(prevented(contents, 'will-navigate', 'http://localhost:5173/index.html')).toBe(true)
  })

  it('denies every window.open, including to the app origin', () => {
    const contents = hardened()
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (details: {
      url: string
    }) => unknown
    for (const url of [...FOREIGN, 'app://rhizome/index.html', 'about:blank']) {
      expect(handler({ url })).toEqual({ action: 'deny' })
    }
  })

  it('refuses to attach a <webview>', () => {
    const contents = hardened()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('hardens every webContents the app creates', () => {
    hardenAllWebContents()
    const contents = new FakeWebContents()
    app.emit('web-contents-created', {}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1)
    expect(prevented(contents, 'will-navigate', 'https://example.com/')).toBe(true)
  })
})
