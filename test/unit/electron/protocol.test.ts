import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CSP } from '../../../electron/main/csp'
import {
  createAppRequestHandler,
  registerAppScheme,
  serveAppScheme,
} from '../../../electron/main/protocol'
import { protocol, resetFakeElectron } from './fake-electron'

vi.mock('electron', async () => (await import('./fake-electron')).electronModule)

const root = mkdtempSync(path.join(tmpdir(), 'rhizome-protocol-'))
const rendererDir = path.join(root, 'renderer')
mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Rhizome</title>')
writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(path.join(rendererDir, 'assets', 'style.css'), 'body{}')
writeFileSync(path.join(rendererDir, 'assets', 'font.woff2'), 'x')
writeFileSync(path.join(root, 'secret.txt'), 'TOP-SECRET')
writeFileSync(path.join(root, 'renderer-evil.txt'), 'TOP-SECRET')
symlinkSync(path.join(root, 'secret.txt'), path.join(rendererDir, 'link.txt'))

afterAll(() => rmSync(root, { recursive: true, force: true }))
beforeEach(() => {
  resetFakeElectron()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})

const handle = createAppRequestHandler(rendererDir)
const get = (url: string, method = 'GET') => handle({ url, method })

describe('app:// protocol', () => {
  it('registers app:// as a standard, secure, fetchable scheme', () => {
    registerAppScheme()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('handles app:// with the renderer file handler', () => {
    serveAppScheme(rendererDir)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('serves index.html with the CSP header', async () => {
    for (const url of ['app://rhizome/index.html', 'app://rhizome/', 'app://rhizome']) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(response.headers.get('content-security-policy')).toBe(CSP)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toContain('<title>Rhizome</title>')
    }
  })

  it('serves assets with their MIME type', async () => {
    const types: Record<string, string> = {
      'assets/app.js': 'text/javascript; charset=utf-8',
      'assets/style.css': 'text/css; charset=utf-8',
      'assets/font.woff2': 'font/woff2',
    }
    for (const [file, type] of Object.entries(types)) {
      const response = await get(`app://rhizome/${file}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(type)
      expect(response.headers.get('content-security-policy')).toBe(CSP)
    }
    const head = await get('app://rhizome/assets/app.js', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('refuses path traversal in every spelling', async () => {
    const attempts = [
      'app://rhizome/../../etc/passwd',
      'app://rhizome/../secret.txt',
      'app://rhizome/%2e%2e/%2e%2e/etc/passwd',
      'app://rhizome/..%2f..%2fetc%2fpasswd',
      'app://rhizome/..%2fsecret.txt',
      'app://rhizome/%2e%2e%2fsecret.txt',
      'app://rhizome/assets/..%2f..%2fsecret.txt',
      'app://rhizome/..%5csecret.txt',
      'app://rhizome/%2e%2e%5c%2e%2e%5cetc%5cpasswd',
      'app://rhizome/%252e%252e%252fsecret.txt',
      'app://rhizome/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      `app://rhizome/${encodeURIComponent(path.join(root, 'secret.txt'))}`,
      'app://rhizome/..%2frenderer-evil.txt',
      'app://rhizome/index.html%00.js',
      'app://rhizome/%E0%A4%A',
      'app://rhizome/link.txt',
    ]
    for (const url of attempts) {
      const response = await get(url)
      expect([400, 403, 404], url).toContain(response.status)
      const body = await response.text()
      expect(body, url).not.toContain('TOP-SECRET')
      expect(body, url).not.toContain('root:')
    }
    expect((await get('app://rhizome/..%2fsecret.txt')).status).toBe(403)
    expect((await get('app://rhizome/link.txt')).status).toBe(403)
  })

  it('answers 404 for missing files and other hosts, 405 for writes', async () => {
    expect((await get('app://rhizome/missing.js')).status).toBe(404)
    expect((await get('app://other/index.html')).status).toBe(404)
    expect((await get('app://rhizome/index.html', 'POST')).status).toBe(405)
  })
})
