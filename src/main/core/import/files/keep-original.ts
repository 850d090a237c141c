/**
 * A device file kept byte for byte as an activity's original (`originals/<id>.<ext>` under the
 * data folder, the one shape Trailkeep writes, library/original-path.ts), so `export --format
 * original` gives it back unchanged.
 */
import { copyFileSync, constants, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ContentKey } from '../activity-files/content-hash'
import type { DbOrTx } from '../../db/open-database'
import { originals } from '../../db/schema'
import { ORIGINALS_FOLDER } from '../commit-import'
import type { ActivityFileFormat } from '../activity-files/recorded-activity'

export interface OriginalSource {
  path: string
  format: ActivityFileFormat
  gzipped: boolean
  key: ContentKey
}

/** Copies made during a transaction, removed again if it rolls back. */
export class KeptOriginals {
  private readonly copied: string[] = []

  constructor(private readonly dataDir: string) {}

  /** Copies the file and records it as `activityId`'s original (inside the caller's transaction). */
  keep(db: DbOrTx, activityId: number, source: OriginalSource, now: number): void {
    const extension = source.gzipped ? `${source.format}.gz` : source.format
    const path = `${ORIGINALS_FOLDER}/${activityId}.${extension}`
    const target = join(this.dataDir, ORIGINALS_FOLDER, `${activityId}.${extension}`)
    mkdirSync(join(this.dataDir, ORIGINALS_FOLDER), { recursive: true })
    // COPYFILE_EXCL: a stale file of a rolled-back import is never silently kept in its place.
    rmSync(target, { force: true })
    copyFileSync(source.path, target, constants.COPYFILE_EXCL)
    this.copied.push(target)
    db.insert(originals)
      .values({
        activityId,
        path,
        format: source.format,
        gzipped: source.gzipped,
        archivePath: source.path,
        byteSize: source.key.size,
        sha256: source.key.sha256,
        importedAt: now,
      })
      .run()
  }

  rollBack(): void {
    for (const file of this.copied.splice(0)) rmSync(file, { force: true })
  }
}
