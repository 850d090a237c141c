import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const electronDir = fileURLToPath(new URL('../node_modules/electron', import.meta.url))

/**
 * The installed Electron executable, or null. Reads electron's own path.txt instead of
 * `require('electron')`, which would try to download the binary on machines without one.
 */
export function findElectronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron',
    )
    return existsSync(candidate) ? candidate : null
  }
  if (!existsSync(pathFile)) return null
  const candidate = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(candidate) ? candidate : null
}
