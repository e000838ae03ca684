import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'

type Config = Record<string, unknown> & {
  electronFuses?: Record<string, boolean>
  mac?: Record<string, unknown> & { extendInfo?: Record<string, string> }
  linux?: Record<string, unknown>
  win?: Record<string, unknown>
}
interface ConfigApi {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>
  validateConfiguration(config: Config, logger: unknown): Promise<void>
}

const root = fileURLToPath(new URL('../../..', import.meta.url))
const require = createRequire(import.meta.url)
// electron-builder's own loader and JSON-schema validation (app-builder-lib ships with it).
const api = require('app-builder-lib/out/util/config/config') as ConfigApi
const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown }

let config: Config

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  config = await api.getConfig(root, 'electron-builder.yml', null)
})

describe('electron-builder.yml', () => {
  it('passes electron-builder’s configuration schema', async () => {
    await expect(api.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('is really schema-checked (a misspelt fuse is rejected)', async () => {
    const typo = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }
    await expect(api.validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration object/,
    )
  })

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    })
  })

  it('pins the installed Electron version', () => {
    const pkg = JSON.parse(
      readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ) as { version: string }
    expect(config['electronVersion']).toBe(pkg.version)
  })

  it('packages only the built app into an asar', () => {
    expect(config).toMatchObject({ appId: 'org.rhizome.app', productName: 'Rhizome', asar: true })
    // getConfig normalizes `files` into file sets.
    expect(config['files']).toEqual([{ filter: ['out/**', '!out/web/**', 'package.json'] }])
  })

  it('targets AppImage and deb, NSIS and a hardened dmg', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' })
    expect(config.win).toMatchObject({ target: ['nsis'] })
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true })
    expect(config.mac?.extendInfo?.['NSLocalNetworkUsageDescription']).toMatch(/network/)
  })

  it('grants macOS only the JIT entitlement', () => {
    const file = path.join(root, String(config.mac?.['entitlements']))
    const plist = readFileSync(file, 'utf8')
    expect(plist).toContain('com.apple.security.cs.allow-jit')
    expect(plist.replace(/<!--[\s\S]*?-->/g, '').match(/<key>/g)).toHaveLength(1)
    expect(config.mac?.['entitlementsInherit']).toBe(config.mac?.['entitlements'])
  })
})
