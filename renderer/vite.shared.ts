import { fileURLToPath } from 'node:url'
import type { Plugin, UserConfig } from 'vite'
import react from '@vitejs/plugin-react'
import pkg from '../package.json' with { type: 'json' }

const root = fileURLToPath(new URL('.', import.meta.url))

/**
 * The Content-Security-Policy of the built renderer. No inline script, no eval, no remote
 * code; `connect-src` allows WebSocket signaling (sync) and nothing else off-origin.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ')

/** Adds the CSP as a meta tag to the built page (not in dev, where Vite needs inline code). */
function cspMeta(): Plugin {
  return {
    name: 'rhizome-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * decimal.js-light (a recharts dependency) finds the global object with the UMD fallback
 * `Function("return this")()` where `self` is missing. In a window `self` always exists, but the
 * Function constructor must not be in the renderer at all (the CSP forbids eval, and
 * scripts/check-electron-security.mjs refuses it): replace that one expression by `globalThis`.
 */
function noGlobalFunction(): Plugin {
  const pattern = /\bFunction\(\s*(['"])return this\1\s*\)\(\)/g
  return {
    name: 'rhizome-no-global-function',
    transform(code, id) {
      if (!id.includes('node_modules') || !code.includes('return this')) return null
      const out = code.replace(pattern, 'globalThis')
      return out === code ? null : { code: out, map: null }
    },
  }
}

/** Vite settings shared by the Electron renderer and the web build. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root,
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    plugins: [react(), cspMeta(), noGlobalFunction()],
    resolve: { alias: { '@shared': fileURLToPath(new URL('../shared', import.meta.url)) } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: false,
      chunkSizeWarningLimit: 2000,
    },
  }
}
