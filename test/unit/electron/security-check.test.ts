import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

interface Finding {
  rule: string
  file: string
  line: number
  message: string
}
interface Checker {
  RULES: Record<string, string>
  checkBuild(outDir: string): { findings: Finding[]; passed: number }
}

const script = fileURLToPath(
  new URL('../../../scripts/check-electron-security.mjs', import.meta.url),
)
let checker: Checker
const tmp = mkdtempSync(path.join(tmpdir(), 'rhizome-security-'))

beforeAll(async () => {
  checker = (await import(/* @vite-ignore */ pathToFileURL(script).href)) as Checker
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; object-src 'none'"

/** A minimal build that passes every rule; comments and strings mention bad things on purpose. */
const GOOD: Record<string, string> = {
  'main/index.js': `import { app, session, BrowserWindow } from 'electron'
// nodeIntegration: true, eval(x), shell.openExternal(url), setPermissionCheckHandler(() => true)
const note = 'nodeIntegration: true; contextIsolation: false; http://example.com'
app.enableSandbox()
session.defaultSession.setPermissionRequestHandler((_w, _p, callback) => callback(false))
session.defaultSession.setPermissionCheckHandler(() => false)
const headers = { 'Content-Security-Policy': "default-src 'none'" }
const win = new BrowserWindow({
  webPreferences: {
    preload: '/out/preload/index.cjs',
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
  },
})
win.webContents.on('will-navigate', (event) => event.preventDefault())
win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
win.loadURL('app://rhizome/index.html')
export { note, headers }
`,
  'preload/index.cjs': `const electron = require('electron')
electron.contextBridge.exposeInMainWorld('rhizome', {
  kind: 'electron',
  getAppInfo: () => electron.ipcRenderer.invoke('rhizome:app-info'),
})
exports.bridge = 1
`,
  'renderer/index.html': `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="${CSP.replaceAll("'", '&#39;')}">
<title>Rhizome</title>
<script type="module" src="./assets/index.js"></script>
</head><body><a href="https://example.com">x</a></body></html>
`,
  'renderer/assets/index.js': `// eval('1') and new Function('x') only in a comment
const text = 'eval(1); new Function("x")'
const obj = { eval: (s) => s }
obj.eval('fine')
const isFunction = (f) => typeof f === 'function'
export { text, isFunction }
`,
}

type Mutation = Partial<Record<keyof typeof GOOD, (code: string) => string>>

let fixtureCount = 0
function fixture(mutation: Mutation = {}): string {
  const dir = path.join(tmp, `build-${fixtureCount++}`)
  for (const [file, code] of Object.entries(GOOD)) {
    const change = mutation[file as keyof typeof GOOD]
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), change ? change(code) : code)
  }
  return dir
}

const replace = (from: string, to: string) => (code: string) => {
  expect(code).toContain(from)
  return code.replace(from, to)
}
const append = (extra: string) => (code: string) => `${code}\n${extra}\n`
const MAIN = 'main/index.js'
const PRELOAD = 'preload/index.cjs'
const HTML = 'renderer/index.html'
const JS = 'renderer/assets/index.js'
const pref = (setting: string) => ({
  [MAIN]: replace('webviewTag: false,', `webviewTag: false,\n    ${setting},`),
})

/** The one allowed form (electron/main/external-link.ts, as bundled). */
const CHECKED_OPEN_LINK = `async function openLink(raw) {
  const url = safeExternalUrl(raw)
  if (url === null) throw new Error('refused')
  await shell.openExternal(url, { activate: true })
}`

/** [rule, case name, mutation, file the finding must name]. */
const CASES: [string, string, Mutation, string][] = [
  ['node-integration', 'true', pref('nodeIntegration: true'), MAIN],
  ['node-integration', 'minified !0', pref('nodeIntegration: !0'), MAIN],
  ['node-integration', 'in workers', pref('nodeIntegrationInWorker: true'), MAIN],
  ['node-integration', 'not a literal', pref('nodeIntegration: process.env.X'), MAIN],
  ['context-isolation', 'false', pref('contextIsolation: false'), MAIN],
  ['context-isolation', 'assigned !1', { [MAIN]: append('win.prefs.contextIsolation = !1') }, MAIN],
  ['sandbox', 'false', pref('sandbox: false'), MAIN],
  [
    'sandbox',
    '--no-sandbox',
    { [MAIN]: append("app.commandLine.appendSwitch('no-sandbox')") },
    MAIN,
  ],
  ['web-security', 'false', pref('webSecurity: false'), MAIN],
  [
    'web-security',
    '--disable-web-security',
    { [MAIN]: append("app.commandLine.appendSwitch('disable-web-security')") },
    MAIN,
  ],
  ['insecure-content', 'true', pref('allowRunningInsecureContent: true'), MAIN],
  ['experimental-features', 'true', pref('experimentalFeatures: true'), MAIN],
  ['blink-features', 'enableBlinkFeatures', pref("enableBlinkFeatures: 'CSSVariables'"), MAIN],
  ['webview-tag', 'true', pref("'webviewTag': true"), MAIN],
  ['app-sandbox', 'missing', { [MAIN]: replace('app.enableSandbox()', '') }, 'main'],
  [
    'permission-request-handler',
    'missing',
    { [MAIN]: replace('session.defaultSession.setPermissionRequestHandler(', 'void (') },
    'main',
  ],
  [
    'permission-check-handler',
    'missing (a comment does not count)',
    { [MAIN]: replace('session.defaultSession.setPermissionCheckHandler(', 'void (') },
    'main',
  ],
  [
    'navigation-guard',
    'missing',
    { [MAIN]: replace("on('will-navigate'", "on('did-navigate'") },
    'main',
  ],
  [
    'window-open-handler',
    'missing',
    { [MAIN]: replace('win.webContents.setWindowOpenHandler(', 'void (') },
    'main',
  ],
  ['csp-header', 'missing', { [MAIN]: replace("'Content-Security-Policy'", "'X-Other'") }, 'main'],
  ['open-external', 'shell.openExternal', { [MAIN]: append('shell.openExternal(url)') }, MAIN],
  [
    'open-external',
    'in openLink without safeExternalUrl',
    { [MAIN]: append('function openLink(u) { return shell.openExternal(u) }') },
    MAIN,
  ],
  [
    'open-external',
    'in openLink before the check',
    { [MAIN]: append('function openLink(u) { shell.openExternal(u); return safeExternalUrl(u) }') },
    MAIN,
  ],
  [
    'open-external',
    'besides the checked openLink',
    { [MAIN]: append(`${CHECKED_OPEN_LINK}\nshell.openExternal(url)`) },
    MAIN,
  ],
  [
    'remote-module',
    '@electron/remote',
    { [MAIN]: append("require('@electron/remote/main')") },
    MAIN,
  ],
  ['remote-module', 'enableRemoteModule', pref('enableRemoteModule: true'), MAIN],
  [
    'preload-ipc-renderer',
    'exposed directly',
    { [PRELOAD]: append("electron.contextBridge.exposeInMainWorld('ipc', electron.ipcRenderer)") },
    PRELOAD,
  ],
  [
    'preload-ipc-renderer',
    'as a member',
    { [PRELOAD]: replace("kind: 'electron',", "kind: 'electron', ipc: electron.ipcRenderer,") },
    PRELOAD,
  ],
  ['preload-sandbox', 'requires fs', { [PRELOAD]: append("require('node:fs')") }, PRELOAD],
  [
    'preload-sandbox',
    'is an ES module',
    { [PRELOAD]: (code) => `import { x } from 'electron'\n${code}` },
    PRELOAD,
  ],
  ['eval', 'eval()', { [JS]: append("eval('1 + 1')") }, JS],
  ['eval', 'window.eval()', { [JS]: append('window.eval(code)') }, JS],
  ['eval', 'indirect (0, eval)()', { [JS]: append('(0, eval)(code)') }, JS],
  ['new-function', 'new Function()', { [JS]: append("new Function('a', 'return a')") }, JS],
  ['new-function', 'Function()', { [JS]: append("Function('return this')()") }, JS],
  ['csp-meta', 'missing', { [HTML]: (code) => code.replace(/<meta http-equiv[^>]*>/, '') }, HTML],
  [
    'csp-unsafe-script',
    "'unsafe-eval'",
    {
      [HTML]: replace(
        'script-src &#39;self&#39;',
        'script-src &#39;self&#39; &#39;unsafe-eval&#39;',
      ),
    },
    HTML,
  ],
  [
    'csp-unsafe-script',
    "'unsafe-inline'",
    { [HTML]: replace('script-src &#39;self&#39;', "script-src 'self' 'unsafe-inline'") },
    HTML,
  ],
  [
    'csp-unsafe-script',
    'default-src fallback',
    {
      [HTML]: replace(
        'default-src &#39;none&#39;; script-src &#39;self&#39;;',
        'default-src &#39;self&#39; &#39;unsafe-inline&#39;;',
      ),
    },
    HTML,
  ],
  ['http-url', 'main loads http:', { [MAIN]: append("win.loadURL('http://example.com/')") }, MAIN],
  ['http-url', 'renderer fetches http:', { [JS]: append("fetch('http://example.com/api')") }, JS],
  [
    'http-url',
    'html script over http:',
    { [HTML]: replace('./assets/index.js', 'http://cdn.example.com/x.js') },
    HTML,
  ],
  ['parse-error', 'broken script', { [JS]: append('function (') }, JS],
]

describe('security check', () => {
  it('passes a clean build, ignoring comments and strings', () => {
    const result = checker.checkBuild(fixture())
    expect(result.findings).toEqual([])
    expect(result.passed).toBe(Object.keys(checker.RULES).length)
  })

  it.each(CASES)('%s fails: %s', (rule, _name, mutation, file) => {
    const result = checker.checkBuild(fixture(mutation))
    expect(result.findings.map((f) => f.rule)).toContain(rule)
    const finding = result.findings.find((f) => f.rule === rule)!
    expect(finding.file.endsWith(path.normalize(file))).toBe(true)
    expect(
      result.findings.every((f) => f.rule === rule),
      JSON.stringify(result.findings),
    ).toBe(true)
  })

  it('allows shell.openExternal once, in openLink after safeExternalUrl', () => {
    const { findings } = checker.checkBuild(fixture({ [MAIN]: append(CHECKED_OPEN_LINK) }))
    expect(findings).toEqual([])
  })

  it('fails when the build is missing', () => {
    const empty = path.join(tmp, 'empty')
    mkdirSync(empty)
    expect(checker.checkBuild(empty).findings.map((f) => f.rule)).toContain('build-output')
  })

  it('has a failing case for every rule', () => {
    const covered = new Set([...CASES.map(([rule]) => rule), 'build-output'])
    expect([...covered].sort()).toEqual(Object.keys(checker.RULES).sort())
  })

  it('exits 1 naming rule and file, and 0 with a summary on a clean build', () => {
    const bad = spawnSync(process.execPath, [script, fixture(pref('sandbox: false'))], {
      encoding: 'utf8',
    })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/^HIGH sandbox \S*main[/\\]index\.js:\d+ sandbox: false$/m)
    expect(bad.stdout.trim()).toMatch(/^security: 1 high, \d+ checks passed$/)

    const good = spawnSync(process.execPath, [script, fixture()], { encoding: 'utf8' })
    expect(good.status).toBe(0)
    expect(good.stdout.trim()).toBe(
      `security: 0 high, ${Object.keys(checker.RULES).length} checks passed`,
    )
  })
})
