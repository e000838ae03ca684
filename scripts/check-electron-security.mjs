#!/usr/bin/env node
/**
 * Static security check of the BUILT Electron app (out/main, out/preload, out/renderer), in the
 * spirit of electronegativity: it parses the emitted JavaScript with Vite's parser (so comments
 * and strings cannot fake or hide a finding) and reads the built index.html.
 *
 *   node scripts/check-electron-security.mjs [outDir]     (default: ./out)
 *
 * Every finding is high severity and printed as `HIGH <rule> <file>:<line> <message>`; the last
 * line is `security: <n> high, <m> checks passed`. Exit code 1 when anything was found.
 * `checkBuild(outDir)` is exported for the unit test (test/unit/electron/security-check.test.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rel = (file) => path.relative(process.cwd(), file) || file

/** Rule id -> what a finding means. */
export const RULES = {
  'build-output': 'the built main, preload and renderer must exist (run npm run build)',
  'parse-error': 'every built script must parse',
  'node-integration': 'nodeIntegration (also InWorker / InSubFrames) must not be true',
  'context-isolation': 'contextIsolation must not be false',
  sandbox: 'sandbox must not be false, and --no-sandbox must not be appended',
  'web-security': 'webSecurity must not be false, and --disable-web-security must not be appended',
  'insecure-content': 'allowRunningInsecureContent must not be true',
  'experimental-features': 'experimentalFeatures must not be true',
  'blink-features': 'enableBlinkFeatures / --enable-blink-features must not be used',
  'webview-tag': 'webviewTag must not be true',
  'app-sandbox': 'main must call app.enableSandbox()',
  'permission-request-handler': 'main must call session.setPermissionRequestHandler()',
  'permission-check-handler': 'main must call session.setPermissionCheckHandler()',
  'navigation-guard': "main must handle 'will-navigate'",
  'window-open-handler': 'main must call webContents.setWindowOpenHandler()',
  'csp-header': 'main must send a Content-Security-Policy header',
  'open-external':
    'shell.openExternal may only be called once, in openLink (electron/main/external-link.ts) after safeExternalUrl',
  'remote-module': '@electron/remote / enableRemoteModule must not be used',
  'preload-ipc-renderer': 'the preload must not expose ipcRenderer itself',
  'preload-sandbox': "a sandboxed preload must be CommonJS and require only 'electron'",
  eval: 'the renderer must not call eval()',
  'new-function': 'the renderer must not create functions from strings (new Function)',
  'csp-meta': 'index.html must carry a Content-Security-Policy meta tag',
  'csp-unsafe-script': "script-src must not allow 'unsafe-eval', 'unsafe-inline' or remote code",
  'http-url': 'nothing may be loaded over plain http:',
}

/** Findings of the running check; reset by checkBuild. */
let findings = []
const report = (rule, file, line, message) => findings.push({ rule, file, line, message })

const listFiles = (dir, test) => {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? listFiles(full, test) : test(name) ? [full] : []
  })
}
const isScript = (name) => /\.(c|m)?js$/.test(name)

// ---------------------------------------------------------------- JavaScript analysis

const { parseAst } = await import('vite')

/** Parses a file; yields { file, code, ast, lineOf } or reports a parse error. */
function load(file) {
  const code = readFileSync(file, 'utf8')
  try {
    const ast = parseAst(code, { lang: 'js' })
    const lineOf = (node) => code.slice(0, node?.start ?? 0).split('\n').length
    return { file, code, ast, lineOf }
  } catch (error) {
    report('parse-error', file, 1, String(error?.message ?? error).split('\n')[0])
    return null
  }
}

/** Depth-first visit of every ESTree node. */
function walk(node, visit) {
  visit(node)
  for (const key in node) {
    const value = node[key]
    if (!value || typeof value !== 'object' || key === 'parent') continue
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit)
    } else if (typeof value.type === 'string') walk(value, visit)
  }
}

const keyName = (key, computed) => {
  if (!key) return undefined
  if (key.type === 'Identifier' && !computed) return key.name
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value
  return undefined
}

/** true / false for `true`, `false`, `!0`, `!1`; undefined for anything not literal. */
const boolValue = (node) => {
  if (!node) return undefined
  if (node.type === 'Literal' && typeof node.value === 'boolean') return node.value
  if (
    node.type === 'UnaryExpression' &&
    node.operator === '!' &&
    node.argument.type === 'Literal'
  ) {
    return !node.argument.value
  }
  return undefined
}

/** Name of the called function or method: `a.b.on(...)` -> 'on', `eval(...)` -> 'eval'. */
const calleeName = (callee) => {
  if (!callee) return undefined
  if (callee.type === 'Identifier') return callee.name
  if (callee.type === 'MemberExpression') return keyName(callee.property, callee.computed)
  if (callee.type === 'SequenceExpression') return calleeName(callee.expressions.at(-1))
  if (callee.type === 'ParenthesizedExpression') return calleeName(callee.expression)
  return undefined
}

const stringValue = (node) => {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined
  }
  return undefined
}

/** webPreferences keys and the literal value that is insecure. */
const PREFERENCES = {
  nodeIntegration: ['node-integration', true],
  nodeIntegrationInWorker: ['node-integration', true],
  nodeIntegrationInSubFrames: ['node-integration', true],
  contextIsolation: ['context-isolation', false],
  sandbox: ['sandbox', false],
  webSecurity: ['web-security', false],
  allowRunningInsecureContent: ['insecure-content', true],
  experimentalFeatures: ['experimental-features', true],
  webviewTag: ['webview-tag', true],
}
const SWITCHES = {
  'no-sandbox': 'sandbox',
  'disable-web-security': 'web-security',
  'enable-blink-features': 'blink-features',
}
const LOADERS = new Set(['loadURL', 'fetch', 'open', 'importScripts', 'EventSource', 'WebSocket'])

/** Rules for the Node side (main and preload bundles); returns the names of calls seen. */
function checkNodeSide({ file, code, ast, lineOf }) {
  const calls = new Set()
  // The one allowed shell.openExternal: inside `function openLink` that checks the address
  // with safeExternalUrl first (electron/main/external-link.ts). Everything else is refused.
  const linkOpeners = []
  walk(ast, (node) => {
    if (
      node.type === 'FunctionDeclaration' &&
      /^openLink(\$\d+)?$/.test(node.id?.name ?? '') &&
      /safeExternalUrl(\$\d+)?\(/.test(code.slice(node.start, node.end))
    )
      linkOpeners.push(node)
  })
  let openExternalCalls = 0
  const allowedOpenExternal = (node) =>
    ++openExternalCalls === 1 &&
    linkOpeners.length === 1 &&
    node.start > linkOpeners[0].start &&
    node.end < linkOpeners[0].end &&
    code.indexOf('safeExternalUrl', linkOpeners[0].start) < node.start
  const checkPreference = (name, value, node) => {
    if (name === 'enableBlinkFeatures') {
      report('blink-features', file, lineOf(node), 'enableBlinkFeatures is set')
      return
    }
    const rule = PREFERENCES[name]
    if (!rule) return
    const literal = boolValue(value)
    if (literal === rule[1]) report(rule[0], file, lineOf(node), `${name}: ${literal}`)
    else if (literal === undefined) {
      report(rule[0], file, lineOf(node), `${name} must be a literal boolean`)
    }
  }
  walk(ast, (node) => {
    if (node.type === 'Property')
      checkPreference(keyName(node.key, node.computed), node.value, node)
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
      checkPreference(keyName(node.left.property, node.left.computed), node.right, node)
    }
    const text = stringValue(node)
    if (text?.toLowerCase() === 'content-security-policy') calls.add('csp-header')
    if (text !== undefined && /^http:\/\//i.test(text)) {
      report('http-url', file, lineOf(node), `plain http URL "${text.slice(0, 60)}"`)
    }
    if (text !== undefined && /^@electron\/remote(\/|$)/.test(text)) {
      report('remote-module', file, lineOf(node), 'imports @electron/remote')
    }
    if (node.type === 'Property' && keyName(node.key, node.computed) === 'enableRemoteModule') {
      report('remote-module', file, lineOf(node), 'enableRemoteModule is set')
    }
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return
    const name = calleeName(node.callee)
    if (!name) return
    calls.add(name)
    const [first, second] = node.arguments
    if (name === 'openExternal' && !allowedOpenExternal(node))
      report('open-external', file, lineOf(node), 'shell.openExternal()')
    if (name === 'appendSwitch' && SWITCHES[stringValue(first)]) {
      report(SWITCHES[stringValue(first)], file, lineOf(node), `--${stringValue(first)}`)
    }
    if (['on', 'once', 'addListener', 'prependListener'].includes(name)) {
      const event = stringValue(first)
      if (event) calls.add(`event:${event}`)
    }
    if (name === 'exposeInMainWorld' && second && calleeName(second) === 'ipcRenderer') {
      report('preload-ipc-renderer', file, lineOf(node), 'exposeInMainWorld(…, ipcRenderer)')
    }
    if (name === 'exposeInMainWorld' && second?.type === 'ObjectExpression') {
      for (const prop of second.properties) {
        if (prop.type === 'Property' && calleeName(prop.value) === 'ipcRenderer') {
          report('preload-ipc-renderer', file, lineOf(prop), 'a bridge member is ipcRenderer')
        }
      }
    }
  })
  return calls
}

function checkPreloadFormat({ file, ast, lineOf }) {
  walk(ast, (node) => {
    if (
      /^(Import|Export(Named|Default|All))Declaration$/.test(node.type) ||
      node.type === 'ImportExpression'
    ) {
      report('preload-sandbox', file, lineOf(node), `ES module syntax (${node.type})`)
    }
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'require'
    ) {
      const id = stringValue(node.arguments[0])
      if (id !== 'electron')
        report('preload-sandbox', file, lineOf(node), `require(${JSON.stringify(id ?? '?')})`)
    }
  })
}

const GLOBAL_OBJECTS = new Set(['window', 'self', 'globalThis', 'top', 'parent', 'frames'])
const isGlobalRef = (callee, name) =>
  (callee.type === 'Identifier' && callee.name === name) ||
  (callee.type === 'MemberExpression' &&
    keyName(callee.property, callee.computed) === name &&
    callee.object.type === 'Identifier' &&
    GLOBAL_OBJECTS.has(callee.object.name)) ||
  (callee.type === 'SequenceExpression' && isGlobalRef(callee.expressions.at(-1), name))

function checkRendererScript({ file, ast, lineOf }) {
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return
    if (node.type === 'CallExpression' && isGlobalRef(node.callee, 'eval')) {
      report('eval', file, lineOf(node), 'eval()')
    }
    if (isGlobalRef(node.callee, 'Function')) {
      report('new-function', file, lineOf(node), 'Function constructor')
    }
    const name = calleeName(node.callee)
    if (LOADERS.has(name) && /^http:\/\//i.test(stringValue(node.arguments[0]) ?? '')) {
      report('http-url', file, lineOf(node), `${name}("${stringValue(node.arguments[0])}")`)
    }
  })
}

// ---------------------------------------------------------------- HTML and CSP

const decodeEntities = (s) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const attr = (tag, name) => {
  const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
  return match ? decodeEntities(match[2] ?? match[3] ?? match[4] ?? '') : undefined
}

function checkHtml(file) {
  const html = readFileSync(file, 'utf8')
  const lineAt = (index) => html.slice(0, index).split('\n').length
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].filter(
    (m) => attr(m[0], 'http-equiv')?.toLowerCase() === 'content-security-policy',
  )
  if (metas.length === 0) report('csp-meta', file, 1, 'no Content-Security-Policy meta tag')
  for (const meta of metas) {
    const directives = new Map(
      (attr(meta[0], 'content') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name.toLowerCase(), values.map((v) => v.toLowerCase())]),
    )
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src')
    if (!scriptSrc) {
      report('csp-unsafe-script', file, lineAt(meta.index), 'no script-src or default-src')
      continue
    }
    for (const source of scriptSrc) {
      if (
        [
          "'unsafe-eval'",
          "'unsafe-inline'",
          "'unsafe-hashes'",
          '*',
          'http:',
          'https:',
          'data:',
        ].includes(source) ||
        /^https?:\/\//.test(source)
      ) {
        report('csp-unsafe-script', file, lineAt(meta.index), `script-src allows ${source}`)
      }
    }
  }
  for (const m of html.matchAll(/<(script|link|img|iframe|source|form)\b[^>]*>/gi)) {
    for (const name of ['src', 'href', 'action']) {
      if (/^http:/i.test(attr(m[0], name) ?? '')) {
        report('http-url', file, lineAt(m.index), `<${m[1]} ${name}="${attr(m[0], name)}">`)
      }
    }
  }
}

// ---------------------------------------------------------------- run

/** Checks a build directory; returns every finding and the number of rules that passed. */
export function checkBuild(outDir) {
  findings = []
  const mainFiles = listFiles(path.join(outDir, 'main'), isScript)
  const preloadFiles = listFiles(path.join(outDir, 'preload'), isScript)
  const rendererScripts = listFiles(path.join(outDir, 'renderer'), isScript)
  const rendererHtml = listFiles(path.join(outDir, 'renderer'), (n) => n.endsWith('.html'))

  for (const [files, what] of [
    [mainFiles, 'out/main/*.js'],
    [preloadFiles, 'out/preload/*.cjs'],
    [rendererHtml, 'out/renderer/index.html'],
  ]) {
    if (files.length === 0) report('build-output', outDir, 0, `missing ${what}`)
  }

  const mainCalls = new Set()
  for (const parsed of mainFiles.map(load).filter(Boolean)) {
    for (const call of checkNodeSide(parsed)) mainCalls.add(call)
  }
  for (const parsed of preloadFiles.map(load).filter(Boolean)) {
    checkNodeSide(parsed)
    checkPreloadFormat(parsed)
  }
  for (const parsed of rendererScripts.map(load).filter(Boolean)) checkRendererScript(parsed)
  for (const file of rendererHtml) checkHtml(file)

  if (mainFiles.length > 0) {
    const required = {
      'app-sandbox': 'enableSandbox',
      'permission-request-handler': 'setPermissionRequestHandler',
      'permission-check-handler': 'setPermissionCheckHandler',
      'navigation-guard': 'event:will-navigate',
      'window-open-handler': 'setWindowOpenHandler',
      'csp-header': 'csp-header',
    }
    for (const [rule, call] of Object.entries(required)) {
      if (!mainCalls.has(call)) {
        report(rule, path.join(outDir, 'main'), 0, `not found in the main bundle: ${RULES[rule]}`)
      }
    }
  }

  const failed = new Set(findings.map((f) => f.rule))
  const passed = Object.keys(RULES).filter((rule) => !failed.has(rule)).length
  return { findings, passed }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const { findings: found, passed } = checkBuild(
    path.resolve(process.argv[2] ?? path.join(projectRoot, 'out')),
  )
  for (const f of found) {
    const where = f.line > 0 ? `${rel(f.file)}:${f.line}` : rel(f.file)
    console.error(`HIGH ${f.rule} ${where} ${f.message}`)
  }
  process.stdout.write(`security: ${found.length} high, ${passed} checks passed\n`)
  process.exitCode = found.length > 0 ? 1 : 0
}
