import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

export const SKIP_REASON =
  'Electron binary not installed (cannot be downloaded on this machine): skipping the _electron suite'

/**
 * The Electron executable, found the way node_modules/electron/index.js finds it but without
 * requiring that module, which would start a download when the binary is missing.
 */
export function electronBinary(): string | null {
  const electronDir = path.join(projectRoot, 'node_modules', 'electron')
  const pathFile = path.join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const executable = readFileSync(pathFile, 'utf8').trim()
  if (!executable) return null
  const dist = process.env['ELECTRON_OVERRIDE_DIST_PATH'] || path.join(electronDir, 'dist')
  const binary = path.join(dist, executable)
  return existsSync(binary) ? binary : null
}
