import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * In development node_modules holds better-sqlite3 built for Node (tests, command line); the
 * Electron build lives in .native/electron (scripts/build-electron-sqlite.ts). Packaged apps
 * get an Electron build from electron-builder and need no override.
 */
export function findElectronSqliteBinding(appPath: string, packaged: boolean): string | undefined {
  if (packaged) return undefined
  const candidate = join(
    appPath,
    '.native',
    'electron',
    `abi-${process.versions.modules}`,
    'better_sqlite3.node',
  )
  return existsSync(candidate) ? candidate : undefined
}
