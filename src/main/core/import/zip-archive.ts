/** A ZIP file read with yauzl: the central directory first, then entries one stream at a time. */
import { pipeline, type Readable, type Transform } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { AppError } from '../errors'
import { importLimitsFor, InflateBudget, type ImportLimits } from './inflate-budget'

export type { Entry }

export interface ZipArchive {
  entries: Entry[]
  /** The entry's unpacked bytes, within the import's budget (see InflateBudget). */
  openEntry(entry: Entry): Promise<Readable>
  /** Counts what a .gz inside the archive unpacks to against the same budget. */
  meterUnpacked(entryName: string): Transform
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
export async function openZipArchive(
  file: string,
  limits: Partial<ImportLimits> = {},
): Promise<ZipArchive> {
  let zip: ZipFile
  try {
    zip = await yauzl.openPromise(file, {
      lazyEntries: true,
      autoClose: false,
      // The budget's meter checks sizes itself, so a lying entry refuses the whole archive
      // instead of passing for one damaged file.
      validateEntrySizes: false,
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
  const budget = new InflateBudget({ ...importLimitsFor(zip.fileSize), ...limits }, file)
  return {
    entries,
    async openEntry(entry) {
      let source: Readable
      try {
        source = await zip.openReadStreamPromise(entry)
      } catch (error) {
        // The entry's local header is unreadable: the archive itself is broken, not one file.
        throw damaged(file, error)
      }
      // pipeline destroys the inflater as soon as the meter refuses, so nothing more is unpacked.
      return pipeline(source, budget.meter(entry.fileName, entry.uncompressedSize), () => {})
    },
    meterUnpacked: (entryName) => budget.meter(entryName),
    close: () => zip.close(),
  }
}
