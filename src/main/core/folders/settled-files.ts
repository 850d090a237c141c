/**
 * Files of a watched folder that are safe to read: a file a watch or a sync client is still
 * writing grows from one look to the next, so a file is read only once its size and modification
 * time have stayed the same for `settleMs` (two looks that far apart). Files already imported at
 * their path, size and time are not looked at again.
 */
import type { FoundActivityFile } from '../import/files/find-files'

export const SETTLE_MS = 2000

interface Seen {
  size: number
  mtimeMs: number
  since: number
}

export class SettledFiles {
  private readonly seen = new Map<string, Seen>()

  constructor(private readonly settleMs = SETTLE_MS) {}

  /**
   * Of the files found now, those unchanged for long enough; `waiting` counts the others, and
   * the caller looks again after `settleMs`.
   */
  sort(files: readonly FoundActivityFile[], now: number) {
    const ready: FoundActivityFile[] = []
    let waiting = 0
    const present = new Set<string>()
    for (const file of files) {
      present.add(file.path)
      const before = this.seen.get(file.path)
      const same = before && before.size === file.size && before.mtimeMs === file.mtimeMs
      if (same && now - before.since >= this.settleMs) ready.push(file)
      else {
        if (!same) this.seen.set(file.path, { size: file.size, mtimeMs: file.mtimeMs, since: now })
        waiting++
      }
    }
    // Forget files that went away (moved, deleted, the drive unplugged).
    for (const path of this.seen.keys()) if (!present.has(path)) this.seen.delete(path)
    return { ready, waiting }
  }

  /** Read files need no watching any more. */
  done(files: readonly FoundActivityFile[]): void {
    for (const file of files) this.seen.delete(file.path)
  }
}
