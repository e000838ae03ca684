import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { SKIP_REASON, electronBinary, projectRoot } from './electron-binary'

const binary = electronBinary()
test.skip(!binary, SKIP_REASON)
test.describe.configure({ mode: 'serial' })

let app: ElectronApplication
let page: Page
let userData: string

/** The environment without variables that would change what Electron runs or loads. */
function launchEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['ELECTRON_RUN_AS_NODE', 'ELECTRON_RENDERER_URL'].includes(key)) {
      env[key] = value
    }
  }
  return { ...env, ...extra }
}

test.beforeAll(async () => {
  const main = path.join(projectRoot, 'out', 'main', 'index.js')
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first`)
  userData = mkdtempSync(path.join(tmpdir(), 'rhizome-electron-'))
  app = await _electron.launch({
    executablePath: binary!,
    args: [main],
    cwd: projectRoot,
    env: launchEnv({ RHIZOME_USER_DATA: userData }),
  })
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

test.afterAll(async () => {
  await app?.close()
  if (userData) rmSync(userData, { recursive: true, force: true })
})

test('opens one window titled Rhizome from app://rhizome', async () => {
  await expect(page).toHaveTitle(/Rhizome/)
  expect(page.url()).toMatch(/^app:\/\/rhizome\//)
  expect(app.windows()).toHaveLength(1)
  const profile = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
  expect(profile).toBe(userData)
})

test('gives the page the bridge and nothing of Node', async () => {
  expect(await page.evaluate('window.rhizome.kind')).toBe('electron')
  expect(await page.evaluate('Object.keys(window.rhizome).sort().join()')).toBe(
    'getAppInfo,keychain,kind,onLockRequest,onMenuCommand,setLocale,wipeAll',
  )
  expect(['available', 'unavailable', 'insecure']).toContain(
    await page.evaluate('window.rhizome.keychain.status()'),
  )
  for (const name of ['require', 'process', 'module', 'Buffer', 'global']) {
    expect(await page.evaluate(`typeof ${name}`), name).toBe('undefined')
  }
})

test('answers IPC from the page and rejects bad arguments', async () => {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  expect(await page.evaluate('window.rhizome.getAppInfo().then((i) => i.version)')).toBe(
    pkg.version,
  )
  expect(
    await page.evaluate('window.rhizome.setLocale("xx").then(() => "accepted", () => "rejected")'),
  ).toBe('rejected')
  expect(await page.evaluate('window.rhizome.setLocale("en").then(() => "accepted")')).toBe(
    'accepted',
  )
})

test('blocks navigation to another origin', async () => {
  const before = page.url()
  await page.evaluate('location.href = "https://example.com/"')
  await page.waitForTimeout(1_000)
  expect(page.url()).toBe(before)
  const mainUrl = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]!.webContents.getURL(),
  )
  expect(mainUrl).toBe(before)
})

test('denies window.open', async () => {
  expect(await page.evaluate('window.open("https://example.com/") === null')).toBe(true)
  expect(await page.evaluate('window.open("app://rhizome/index.html") === null')).toBe(true)
  await page.waitForTimeout(500)
  expect(app.windows()).toHaveLength(1)
})

test('carries the Content-Security-Policy as meta tag and header, and blocks eval', async () => {
  const meta = await page.evaluate(
    `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? null`,
  )
  expect(meta).toContain("script-src 'self'")
  const header = await page.evaluate(
    'fetch(location.href).then((r) => r.headers.get("content-security-policy"))',
  )
  expect(header).toBe(meta)
  expect(
    await page.evaluate(
      '(() => { try { eval("1 + 1"); return "ran" } catch (e) { return e.name } })()',
    ),
  ).toBe('EvalError')
})
