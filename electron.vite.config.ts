import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './renderer/vite.shared'

const shared = fileURLToPath(new URL('./shared', import.meta.url))
const out = (p: string) => fileURLToPath(new URL(`./out/${p}`, import.meta.url))

export default defineConfig({
  // Main: ESM (package.json "type": "module"), dependencies stay external in node_modules.
  main: {
    resolve: { alias: { '@shared': shared } },
    build: {
      outDir: out('main'),
      externalizeDeps: true,
      rolldownOptions: { input: { index: 'electron/main/index.ts' } },
    },
  },
  // Preload: a sandboxed preload can only be CommonJS and can only require('electron'), so it
  // is one self-contained .cjs file with every other import bundled in.
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      outDir: out('preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: 'electron/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    ...rendererConfig(out('renderer')),
    build: {
      ...rendererConfig(out('renderer')).build,
      rollupOptions: { input: fileURLToPath(new URL('./renderer/index.html', import.meta.url)) },
    },
  },
})
