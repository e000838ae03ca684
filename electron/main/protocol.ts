import { realpath, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { protocol } from 'electron'
import { CSP } from './csp'
import { APP_HOST, APP_SCHEME } from './origin'

/**
 * Must run before the app is ready: makes `app://` a standard, secure origin, so the renderer
 * gets a real origin (storage, workers, fetch) without the extra powers of `file://`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves `app://rhizome/…` from the built renderer. Call once the app is ready. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir))
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

const isInside = (root: string, target: string): boolean => {
  const rel = path.relative(root, target)
  return rel !== '' && !path.isAbsolute(rel) && rel.split(path.sep)[0] !== '..'
}

type Resolved = { kind: 'file'; file: string } | { kind: 'forbidden' } | { kind: 'missing' }

/**
 * Maps a URL path to a file inside `rendererDir`. Anything that decodes to a path outside it
 * (`..%2f`, symlinks out of the directory, NUL bytes, backslashes) is forbidden.
 */
export async function resolveAppFile(rendererDir: string, urlPath: string): Promise<Resolved> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return { kind: 'forbidden' }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' }
  const root = path.resolve(rendererDir)
  const relative = decoded.replace(/^\/+/, '') || 'index.html'
  const target = path.resolve(root, relative)
  if (!isInside(root, target)) return { kind: 'forbidden' }
  try {
    const realRoot = await realpath(root)
    let file = await realpath(target)
    if ((await stat(file)).isDirectory()) file = await realpath(path.join(file, 'index.html'))
    if (!isInside(realRoot, file)) return { kind: 'forbidden' }
    return (await stat(file)).isFile() ? { kind: 'file', file } : { kind: 'missing' }
  } catch {
    return { kind: 'missing' }
  }
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
}

const plain = (status: number, text: string): Response =>
  new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })

/** The `protocol.handle` handler; takes only what it needs from a Request, for tests. */
export function createAppRequestHandler(rendererDir: string) {
  return async (request: { url: string; method: string }): Promise<Response> => {
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return plain(400, 'Bad request')
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found')
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed')
    }
    const resolved = await resolveAppFile(rendererDir, url.pathname || '/')
    if (resolved.kind === 'forbidden') {
      console.warn('[protocol] refused a request outside the renderer directory')
      return plain(403, 'Forbidden')
    }
    if (resolved.kind === 'missing') return plain(404, 'Not found')
    const body = request.method === 'HEAD' ? null : await readFile(resolved.file)
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mimeType(resolved.file) },
    })
  }
}
