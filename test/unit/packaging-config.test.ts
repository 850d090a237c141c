import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
interface PlatformConfig {
  target: string[]
  icon: string
}
interface BuilderConfig {
  appId: string
  productName: string
  asar: boolean
  asarUnpack: string[]
  npmRebuild: boolean
  files: string[]
  electronFuses: Record<string, boolean>
  linux: PlatformConfig
  mac: PlatformConfig
  win: PlatformConfig
}
interface PackageJson {
  main: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

const builder = parse(readFileSync(`${root}electron-builder.yml`, 'utf8')) as BuilderConfig
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as PackageJson

/**
 * electron-builder cannot run on machines without the Electron download, so these checks read
 * its configuration for the mistakes that produce a package which installs but cannot start.
 */
describe('packaging configuration', () => {
  it('ships better-sqlite3 as a runtime dependency, unpacked from asar and rebuilt for Electron', () => {
    expect(pkg.dependencies['better-sqlite3']).toBeDefined()
    expect(pkg.devDependencies['better-sqlite3']).toBeUndefined()
    expect(pkg.dependencies.electron).toBeUndefined()
    expect(pkg.devDependencies.electron).toBeDefined()
    expect(builder.asar).toBe(true)
    expect(builder.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node')
    expect(builder.npmRebuild).toBe(true)
  })

  it('packages the built app and none of the sources, tests or emulator', () => {
    expect(pkg.main).toBe('out/main/index.js')
    expect(builder.files).toContain('out/**')
    for (const excluded of ['!test/**', '!src/**', '!scripts/**', '!bench/**'])
      expect(builder.files).toContain(excluded)
  })

  it('turns off the Electron fuses an attacker could use', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('builds AppImage and deb, dmg and nsis with an icon of our own', () => {
    expect(builder.linux.target).toEqual(['AppImage', 'deb'])
    expect(builder.mac.target).toEqual(['dmg'])
    expect(builder.win.target).toEqual(['nsis'])
    for (const platform of ['linux', 'mac', 'win'] as const) {
      const { icon } = builder[platform]
      expect(existsSync(`${root}${icon}`), `${platform} icon ${icon}`).toBe(true)
    }
    expect(builder.productName).toBe('Trailkeep')
    expect(`${builder.productName} ${builder.appId}`).not.toMatch(/strava/i)
  })
})

describe('the built main-process bundle (npm test builds first)', () => {
  const outMain = `${root}out/main`

  function bundleText(): string {
    expect(existsSync(outMain), 'run `npm run build` before the tests').toBe(true)
    return readdirSync(outMain, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(`${outMain}/${f}`, 'utf8'))
      .join('\n')
  }

  it('loads better-sqlite3 from node_modules instead of bundling the native module', () => {
    const text = bundleText()
    expect(text).toMatch(/from\s*["']better-sqlite3["']|require\(["']better-sqlite3["']\)/)
    // better-sqlite3's own loader (lib/database.js) must stay in node_modules, next to its .node file.
    expect(text).not.toContain('DEFAULT_ADDON')
  })

  it('contains no test-only code: no emulator, no fixed test keys', () => {
    const text = bundleText()
    for (const marker of [
      'strava-emulator',
      'emulator-client-secret',
      'correct horse battery staple',
      'createSimClock',
      'Ångström-Nakamura',
    ]) {
      expect(text.includes(marker), marker).toBe(false)
    }
  })
})

describe('app version', () => {
  it('matches package.json', async () => {
    const { APP_VERSION } = await import('../../src/main/core/app-version')
    expect(APP_VERSION).toBe(
      (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version,
    )
  })
})
