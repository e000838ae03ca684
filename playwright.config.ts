import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './test/support/chromium'

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
    baseURL: 'http://127.0.0.1:4173',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npx vite preview -c vite.web.config.ts',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
