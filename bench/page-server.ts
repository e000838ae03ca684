/**
 * Builds a bench page (an HTML entry under bench/browser/) with Vite and serves the output on
 * 127.0.0.1, for the Chromium benches (bench/editor-trace.ts, bench/powermap.ts).
 */
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url))

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

export interface BenchPageOptions {
  /** The HTML entry, relative to the repository root (e.g. 'bench/browser/editor.html'). */
  html: string
  /** Absolute output directory (emptied first). */
  outDir: string
  /** Vite's minify option; omitted, Vite's default. */
  minify?: boolean
}

export async function buildBenchPage({ html, outDir, minify }: BenchPageOptions): Promise<void> {
  await build({
    root: ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: { '@shared': join(ROOT, 'shared') } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      ...(minify === undefined ? {} : { minify }),
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: join(ROOT, html) },
    },
  })
}

/** Serves `outDir` on 127.0.0.1 (a free port); `origin` is e.g. 'http://127.0.0.1:1234'. */
export async function serveDir(outDir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const file = normalize(join(outDir, path))
    if (!file.startsWith(outDir + sep)) {
      res.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        res.end(body)
      },
      () => res.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, origin: `http://127.0.0.1:${port}` }
}
