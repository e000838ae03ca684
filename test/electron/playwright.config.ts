import { defineConfig } from '@playwright/test'
import { SKIP_REASON, electronBinary } from './electron-binary'

// Say once (in the runner, not in every worker) why the suite is skipped.
if (!electronBinary() && !process.env['TEST_WORKER_INDEX']) console.warn(`\n${SKIP_REASON}\n`)

/** The packaged-app checks: launches the built app (out/) in Electron. Run `npm run build` first. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
})
