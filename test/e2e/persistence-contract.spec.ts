import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { expect, test } from '@playwright/test'
import { persistenceContract } from '../../shared/persistence/contract'

/**
 * The persistence contract against the renderer's stores in real Chromium IndexedDB (the unit
 * tests run it on fake-indexeddb). test/browser/persistence-contract.ts is bundled here with
 * esbuild and injected into a page of the app's origin; one test per store and contract case.
 */

/** What test/browser/persistence-contract.ts publishes as `window.persistenceContract`. */
interface ContractResult {
  store: string
  name: string
  ok: boolean
  error?: string
}

const entry = fileURLToPath(new URL('../browser/persistence-contract.ts', import.meta.url))
const shared = fileURLToPath(new URL('../../shared', import.meta.url))
const STORES = ['y-indexeddb (IndexeddbDocPersistence)', 'encrypted (EncryptedDocPersistence)']

// Tests of this file run in order in one worker, which runs the contract once.
test.describe.configure({ mode: 'default' })

let results: ContractResult[] = []

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000)
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    alias: { '@shared': shared },
    logLevel: 'silent',
  })
  // The app's CSP allows no inline script: this page only hosts the injected bundle.
  const context = await browser.newContext({
    bypassCSP: true,
    baseURL: testInfo.project.use.baseURL,
  })
  try {
    const page = await context.newPage()
    // Any page of the origin will do; the stores use databases of their own names.
    await page.goto('/')
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text })
    results = await page.evaluate(
      () =>
        (window as unknown as { persistenceContract: Promise<ContractResult[]> })
          .persistenceContract,
    )
  } finally {
    await context.close()
  }
})

test('every store ran every contract case', () => {
  expect(results.map((r) => `${r.store}: ${r.name}`)).toEqual(
    STORES.flatMap((store) => persistenceContract.map((c) => `${store}: ${c.name}`)),
  )
})

for (const store of STORES) {
  for (const c of persistenceContract) {
    test(`${store}: ${c.name}`, () => {
      const r = results.find((x) => x.store === store && x.name === c.name)
      expect(r, 'no result').toBeDefined()
      expect(r!.error ?? '', 'the case threw').toBe('')
      expect(r!.ok).toBe(true)
    })
  }
}
