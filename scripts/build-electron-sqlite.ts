/**
 * Builds better-sqlite3 for Electron's ABI into .native/electron/abi-<N>/, leaving the Node build
 * in node_modules for the tests and the command line. The Electron shell loads it through
 * better-sqlite3's `nativeBinding` option (src/main/electron/native-binding.ts).
 * Needs network access to Electron's headers (or a prebuilt binary); packaged builds do not use it.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const electronVersion = (require('electron/package.json') as { version: string }).version
const abi = readFileSync(join(root, 'node_modules/electron/abi_version'), 'utf8').trim()
const source = dirname(require.resolve('better-sqlite3/package.json'))
const work = mkdtempSync(join(tmpdir(), 'trailkeep-sqlite-'))
const target = join(root, '.native', 'electron', `abi-${abi}`)

try {
  cpSync(source, work, { recursive: true })
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', {
    paths: [dirname(process.execPath), '/usr/lib/node_modules/npm'],
  })
  execFileSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit' },
  )
  mkdirSync(target, { recursive: true })
  cpSync(join(work, 'build/Release/better_sqlite3.node'), join(target, 'better_sqlite3.node'))
  console.error(`Built better-sqlite3 for Electron ${electronVersion} (ABI ${abi}) into ${target}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
