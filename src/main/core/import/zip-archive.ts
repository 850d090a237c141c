/** A ZIP file read with yauzl: the central directory first, then entries one stream at a time. */
import type { Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { AppError } from '../errors'

export type { Entry }

export interface ZipArchive {
  entries: Entry[]
  openEntry(entry: Entry): Promise<Readable>
  close(): void
}

function damaged(file: string, cause: unknown): AppError {
  return new AppError(
    'ARCHIVE_INVALID',
    `${file} is damaged or incomplete (not a readable ZIP file); download your Strava export again.`,
    { cause },
  )
}

/**
 * Opens the archive and lists its entries without reading any file data. A truncated or
 * damaged archive (no readable central directory) throws ARCHIVE_INVALID.
 */
export async function openZipArchive(file: string): Promise<ZipArchive> {
  let zip: ZipFile
  try {
    zip = await yauzl.openPromise(file, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError(
        'FILE_ACCESS',
        `${file} does not exist; check the path to your Strava export.`,
      )
    }
    throw damaged(file, error)
  }
  const entries: Entry[] = []
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry)
  } catch (error) {
    zip.close()
    throw damaged(file, error)
  }
  return {
    entries,
    async openEntry(entry) {
      try {
        return await zip.openReadStreamPromise(entry)
      } catch (error) {
        // The entry's local header is unreadable: the archive itself is broken, not one file.
        throw damaged(file, error)
      }
    },
    close: () => zip.close(),
  }
}
