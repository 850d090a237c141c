import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { PRIVATE_FILE_MODE, restrictToOwner } from '../config/private-files'
import type { OpenedDatabase } from '../db/open-database'
import { openSqlite } from '../db/open-sqlite'
import { AppError } from '../errors'
import { errorCode, moveWithoutReplacing } from '../export/write-export-file'
import { inspectLibraryFile } from './inspect-library-file'
import { stripSecrets } from './strip-secrets'

export interface BackupOptions {
  overwrite?: boolean
  /** The shell's better-sqlite3 binding (the Electron app passes its own). */
  nativeBinding?: string
}

export interface BackupResult {
  file: string
  activities: number
}

/**
 * Copies the open library to `file` with SQLite's online backup: the app (or a sync) keeps
 * working meanwhile, and the copy is one consistent snapshot. The result is a single
 * self-contained file (rollback journal, not WAL) without any secret (see stripSecrets),
 * checked before it takes its final name. Restoring it asks to connect to Strava again.
 */
export async function backupLibrary(
  database: Pick<OpenedDatabase, 'sqlite'>,
  file: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const target = resolve(file)
  if (!options.overwrite && existsSync(target)) {
    throw new AppError(
      'FILE_EXISTS',
      `${target} already exists; choose another name or pass --overwrite.`,
    )
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.part`)
  try {
    await mkdir(dirname(target), { recursive: true })
    // Owner-only from its first byte: SQLite keeps the mode of a file that exists.
    await writeFile(temp, '', { flag: 'wx', mode: PRIVATE_FILE_MODE })
    await database.sqlite.backup(temp)
    const copy = openSqlite(temp, { nativeBinding: options.nativeBinding, fileMustExist: true })
    try {
      stripSecrets(copy)
    } finally {
      copy.close()
    }
    restrictToOwner(temp)
    const { activities } = inspectLibraryFile(temp, target, options.nativeBinding)
    if (options.overwrite) await rename(temp, target)
    else if ((await moveWithoutReplacing(temp, target)) === 'exists') {
      throw new AppError(
        'FILE_EXISTS',
        `${target} already exists; choose another name or pass --overwrite.`,
      )
    }
    return { file: target, activities }
  } catch (error) {
    await rm(temp, { force: true })
    if (error instanceof AppError) throw error
    throw new AppError(
      'FILE_ACCESS',
      `Could not write the backup to ${target} (${errorCode(error)}).`,
      {
        cause: error,
      },
    )
  }
}
