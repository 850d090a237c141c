/**
 * The device files a library has already read (imported_files), so that importing them again,
 * under any name, is answered without parsing: by size and SHA-256 of their bytes, or, for a
 * watched folder's rescans, by path, size and modification time before even hashing.
 */
import { and, eq, sql } from 'drizzle-orm'
import type { ContentKey } from '../activity-files/content-hash'
import type { DbOrTx } from '../../db/open-database'
import { importedFiles } from '../../db/schema'

export interface KnownFile {
  activityCount: number
  skipReason: string | null
}

/** Sizes of every known file: a file of any other size is new without hashing it. */
export function knownFileSizes(db: DbOrTx): Set<number> {
  return new Set(
    db
      .selectDistinct({ size: importedFiles.size })
      .from(importedFiles)
      .all()
      .map((r) => r.size),
  )
}

export function findKnownFile(db: DbOrTx, key: ContentKey): KnownFile | undefined {
  return db
    .select({ activityCount: importedFiles.activityCount, skipReason: importedFiles.skipReason })
    .from(importedFiles)
    .where(and(eq(importedFiles.size, key.size), eq(importedFiles.sha256, key.sha256)))
    .get()
}

/** The file at `path` as it was last read, if its size and modification time are unchanged. */
export function findUnchangedAt(
  db: DbOrTx,
  path: string,
  size: number,
  mtimeMs: number,
): KnownFile | undefined {
  return db
    .select({ activityCount: importedFiles.activityCount, skipReason: importedFiles.skipReason })
    .from(importedFiles)
    .where(
      and(
        eq(importedFiles.path, path),
        eq(importedFiles.size, size),
        eq(importedFiles.mtimeMs, Math.trunc(mtimeMs)),
      ),
    )
    .get()
}

export interface FileRecord extends KnownFile {
  key: ContentKey
  path: string
  mtimeMs: number
  importedAt: number
}

/** Remembers a file read; the same content seen again under another name updates where it is. */
export function recordKnownFile(db: DbOrTx, file: FileRecord): void {
  const where = { path: file.path, mtimeMs: Math.trunc(file.mtimeMs) }
  db.insert(importedFiles)
    .values({
      sha256: file.key.sha256,
      size: file.key.size,
      ...where,
      activityCount: file.activityCount,
      skipReason: file.skipReason,
      importedAt: file.importedAt,
    })
    .onConflictDoUpdate({ target: [importedFiles.size, importedFiles.sha256], set: where })
    .run()
}

/** Forgets every file read (the library was deleted): importing them again recreates it. */
export function forgetKnownFiles(db: DbOrTx): void {
  db.delete(importedFiles).run()
}

export function countKnownFiles(db: DbOrTx): number {
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM imported_files`)?.n ?? 0
}
