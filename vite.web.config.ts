import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { rendererConfig } from './renderer/vite.shared.ts'

/** The same renderer, built for a plain browser (npm run start:web, end-to-end tests). */
export default defineConfig({
  ...rendererConfig(fileURLToPath(new URL('./out/web', import.meta.url))),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
