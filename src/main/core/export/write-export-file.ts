import { randomUUID } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { link, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { PRIVATE_FILE_MODE } from '../config/private-files'
import { AppError } from '../errors'

export type WriteOutcome = 'written' | 'exists'
export type FileContent = Readable | Iterable<string | Buffer> | AsyncIterable<string | Buffer>

/**
 * Writes a file next to its final name and moves it into place only when complete, so a stop
 * half-way never leaves a truncated export that a re-run would then keep. Without `overwrite`
 * an existing file is never replaced, even one created meanwhile by someone else.
 */
export async function writeExportFile(
  path: string,
  content: FileContent,
  overwrite: boolean,
): Promise<WriteOutcome> {
  if (!overwrite && existsSync(path)) return 'exists'
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.part`)
  try {
    const input = content instanceof Readable ? content : Readable.from(content)
    await pipeline(input, createWriteStream(temp, { flags: 'wx', mode: PRIVATE_FILE_MODE }))
    if (overwrite) {
      await rename(temp, path)
      return 'written'
    }
    return await moveWithoutReplacing(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    // Only file-system failures become a sentence; an abort or a bug keeps its own error.
    if (typeof (error as NodeJS.ErrnoException | null)?.code !== 'string') throw error
    throw new AppError('FILE_ACCESS', `Could not write ${path} (${errorCode(error)}).`, {
      cause: error,
    })
  }
}

/**
 * Moves a finished temporary file to `path` unless something is there already. A hard link
 * fails when the target exists; file systems without links (FAT) fall back to a rename.
 */
export async function moveWithoutReplacing(temp: string, path: string): Promise<WriteOutcome> {
  try {
    await link(temp, path)
    await rm(temp, { force: true })
    return 'written'
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      await rm(temp, { force: true })
      return 'exists'
    }
    if (existsSync(path)) {
      await rm(temp, { force: true })
      return 'exists'
    }
    await rename(temp, path)
    return 'written'
  }
}

export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error'
}
