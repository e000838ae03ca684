#!/usr/bin/env node
/**
 * `npm start`: builds the app and opens the desktop window (`electron-vite preview`).
 *
 * The electron npm package downloads its binary lazily, on first use. This script checks for
 * it first, tries the download once (with a time limit), and when that fails explains what
 * happened and how to use the browser build instead, rather than hanging or printing a stack.
 * Plain Node, no dependencies.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = path.join(root, 'node_modules', 'electron')
const installScript = path.join(electronDir, 'install.js')
const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const DOWNLOAD_TIMEOUT_MS = 60_000
const WEB_URL = 'http://127.0.0.1:4173'

/** The Electron executable when it is installed (path.txt names it inside dist/), else null. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = readFileSync(pathFile, 'utf8').trim()
  if (!executable) return null
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist')
  const binary = path.join(dist, executable)
  return existsSync(binary) ? binary : null
}

/** Runs electron's own installer once; returns null on success or a one-line reason. */
function downloadElectron() {
  if (!existsSync(installScript)) return 'the electron package is not installed'
  console.error(
    `Rhizome: the Electron binary is missing; downloading it (at most ${DOWNLOAD_TIMEOUT_MS / 1000} s)…`,
  )
  const result = spawnSync(process.execPath, [installScript], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: DOWNLOAD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  })
  if (result.error?.code === 'ETIMEDOUT' || result.signal) {
    return `no answer within ${DOWNLOAD_TIMEOUT_MS / 1000} seconds`
  }
  if (result.error) return result.error.message
  if (result.status !== 0) {
    const lines = `${result.stderr}\n${result.stdout}`
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('at '))
    return lines[0] ?? `the installer exited with code ${result.status}`
  }
  return electronBinary() ? null : 'the installer finished but no binary was found'
}

function explainAndExit(reason) {
  console.error(`
Rhizome: the desktop window cannot open.

  The Electron binary is not installed and could not be downloaded:
    ${reason}
  The likely cause is that this computer cannot reach GitHub, where Electron's
  releases are downloaded from (no internet connection, or a proxy or firewall).

  To try again:
    node node_modules/electron/install.js
  or reinstall Electron:
    rm -rf node_modules/electron && npm install

  Meanwhile the same app runs in a web browser:
    npm run start:web
  then open ${WEB_URL}
`)
  process.exit(1)
}

if (!electronBinary()) {
  const reason = downloadElectron()
  if (reason) explainAndExit(reason)
}

const child = spawn(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal))
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
