import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/**
 * The browser bench page (bench/encrypted.ts builds and serves it). Built like the renderer
 * (renderer/vite.shared.ts): same alias, target and default worker bundling, so that
 * `new Worker(new URL('./compaction.worker.ts', import.meta.url))` is bundled as in the app.
 */
export default defineConfig({
  root: here('.'),
  base: './',
  resolve: { alias: { '@shared': here('../../shared') } },
  build: {
    outDir: here('../../out/bench-browser'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // BENCH_MINIFY=0 keeps function names readable in Chromium traces and profiles.
    minify: process.env.BENCH_MINIFY !== '0',
    chunkSizeWarningLimit: 4000,
  },
})
