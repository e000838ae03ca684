import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium'

/**
 * Persistent Chromium profiles for the security tests: a real user-data directory on disk that
 * can be inspected byte by byte after the browser is closed (or killed).
 */

/** A fresh, empty profile directory under the system's temp directory. */
export const makeProfileDir = (label: string): Promise<string> =>
  mkdtemp(join(tmpdir(), `rhizome-${label}-`))

export const removeProfileDir = (dir: string): Promise<void> =>
  rm(dir, { recursive: true, force: true, maxRetries: 3 })

/** Launches Chromium on a persistent profile through Playwright (closed with context.close()). */
export async function launchProfile(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions(),
    acceptDownloads: true,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page }
}

/** A random marker with upper- and lower-case letters, so its lower-cased form differs. */
export const makeCanary = (): string => `QxCanary${randomBytes(6).toString('hex').toUpperCase()}`

export interface Hit {
  /** Path relative to the scanned directory. */
  file: string
  needle: string
  encoding: 'utf8' | 'utf16le' | 'utf16be'
  count: number
  /** Printable bytes around the first match, to tell what kind of record it is. */
  context: string
}

const ENCODINGS = ['utf8', 'utf16le', 'utf16be'] as const

function encode(needle: string, encoding: (typeof ENCODINGS)[number]): Buffer {
  if (encoding !== 'utf16be') return Buffer.from(needle, encoding)
  return Buffer.from(needle, 'utf16le').swap16()
}

function countIn(haystack: Buffer, needle: Buffer): { count: number; first: number } {
  let count = 0
  let first = -1
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (first === -1) first = at
    count++
  }
  return { count, first }
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    // Symlinks (Chromium's Singleton* lock files) point outside the profile or nowhere.
    if (entry.isSymbolicLink()) continue
    if (entry.isDirectory()) yield* filesUnder(path)
    else if (entry.isFile()) yield path
  }
}

/**
 * Reads every regular file under `dir` as raw bytes and looks for each needle in UTF-8,
 * UTF-16LE (V8's two-byte strings, IndexedDB values) and UTF-16BE (IndexedDB keys).
 */
export async function scanFiles(
  dir: string,
  needles: readonly string[],
): Promise<{ files: number; bytes: number; hits: Hit[] }> {
  const patterns = needles.flatMap((needle) =>
    ENCODINGS.map((encoding) => ({ needle, encoding, bytes: encode(needle, encoding) })),
  )
  const hits: Hit[] = []
  let files = 0
  let bytes = 0
  for await (const path of filesUnder(dir)) {
    let data: Buffer
    try {
      if (!(await lstat(path)).isFile()) continue
      data = await readFile(path)
    } catch (err) {
      // A file that vanished between listing and reading (Chromium still shutting down).
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw err
    }
    files++
    bytes += data.length
    for (const p of patterns) {
      const { count, first } = countIn(data, p.bytes)
      if (count === 0) continue
      const around = data.subarray(Math.max(0, first - 64), first + p.bytes.length + 64)
      hits.push({
        file: relative(dir, path),
        needle: p.needle,
        encoding: p.encoding,
        count,
        context: around.toString('latin1').replace(/[^\x20-\x7e]/g, '.'),
      })
    }
  }
  return { files, bytes, hits }
}

export interface RawChromium {
  pid: number
  /** The DevTools HTTP endpoint, for chromium.connectOverCDP(). */
  endpoint: string
  /** SIGKILLs the browser's whole process group and waits until the browser process is gone. */
  kill: () => Promise<void>
}

/**
 * Starts Chromium ourselves (not through Playwright's launcher) on a persistent profile, so the
 * test can SIGKILL it like a crash or power loss. It runs in its own process group, so the
 * kill takes its renderer, GPU and utility processes with it.
 */
export async function startRawChromium(profile: string, timeoutMs = 20_000): Promise<RawChromium> {
  const { executablePath, args } = chromiumLaunchOptions()
  const portFile = join(profile, 'DevToolsActivePort')
  // A killed browser leaves the previous run's port behind.
  await rm(portFile, { force: true })
  const child = spawn(
    executablePath,
    [
      ...args,
      '--headless=new',
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: 'ignore' },
  )
  const pid = child.pid
  if (pid === undefined) throw new Error(`could not start ${executablePath}`)
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  let gone = false
  void exited.then(() => (gone = true))
  const kill = async () => {
    if (!gone) {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err
      }
    }
    await exited
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const text = await readFile(portFile, 'utf8').catch(() => '')
    const port = Number(text.split('\n')[0])
    if (text.includes('\n') && Number.isInteger(port) && port > 0)
      return { pid, endpoint: `http://127.0.0.1:${port}`, kill }
    if (gone || Date.now() > deadline) {
      await kill()
      throw new Error(`Chromium did not publish its DevTools port in ${portFile}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}
