import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './test/support/chromium'

// E2E_PORT and E2E_WEB_DIR let two suites run at once (another build in another folder,
// served on another port); the defaults are the ones `npm test` uses.
const port = Number(process.env.E2E_PORT ?? 4173)
const webDir = process.env.E2E_WEB_DIR
const preview = `npx vite preview -c vite.web.config.ts --port ${port}${webDir ? ` --outDir ${webDir}` : ''}`

/** End-to-end tests of the web build in Debian's Chromium (see README). */
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // Passphrase derivation and sealing make some steps take seconds on a busy 2-core machine.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: preview,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
