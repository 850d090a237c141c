import { chmodSync, statSync } from 'node:fs'

/**
 * Owner-only permissions for everything Trailkeep keeps: the library, its logs, backups and
 * exports hold a whole training history (with home addresses in GPS tracks). Windows ignores
 * POSIX modes (a profile's files are private through its ACLs), so these do nothing there.
 */
export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_FOLDER_MODE = 0o700

/**
 * Takes every permission away from group and others on an existing file or folder (0644 becomes
 * 0600, 0755 becomes 0700) and never adds one. Best effort: a file that vanished meanwhile, or a
 * folder the user does not own, must not stop the app. False when it could not be done.
 */
export function restrictToOwner(path: string): boolean {
  if (process.platform === 'win32') return true
  try {
    const mode = statSync(path).mode & 0o777
    if ((mode & 0o077) !== 0) chmodSync(path, mode & 0o700)
    return true
  } catch {
    return false
  }
}
