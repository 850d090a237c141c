/**
 * Everything an import reads is staged in a temporary folder inside the data folder (same file
 * system, so moving files into place is a rename) until the one transaction commits.
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { encodeStreamSet, type EncodedStreams } from '../db/streams-codec'
import type { StreamSet } from '../strava/activity-schemas'
import type { OriginalKind, StagedOriginal } from './original-file'

export interface StagedStreams {
  file: string
  keys: string
  sampleCount: number
  /** Time of the first sample, for activities whose CSV date is unreadable. */
  startMs: number
}

export interface StagedFile extends StagedOriginal {
  file: string
  kind: OriginalKind
  archivePath: string
}

export interface ImportStaging {
  dir: string
  /** A fresh path for the `index`th original of the archive. */
  originalPath(index: number, kind: OriginalKind): string
  writeStreams(id: number, streams: StreamSet, startMs: number): Promise<StagedStreams>
  /** Streams a worker already encoded. */
  writeEncodedStreams(
    id: number,
    streams: EncodedStreams & { startMs: number },
  ): Promise<StagedStreams>
  dispose(): Promise<void>
}

const PREFIX = '.import-'
/** Older staging folders are left-overs of an import that was killed. */
const STALE_MS = 24 * 60 * 60 * 1000

async function removeStaleStaging(dataDir: string): Promise<void> {
  for (const name of await readdir(dataDir)) {
    if (!name.startsWith(PREFIX)) continue
    const path = join(dataDir, name)
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }))
    if (Date.now() - mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true })
  }
}

export async function createImportStaging(dataDir: string): Promise<ImportStaging> {
  await mkdir(dataDir, { recursive: true })
  await removeStaleStaging(dataDir)
  const dir = await mkdtemp(join(dataDir, PREFIX))
  const writeEncodedStreams: ImportStaging['writeEncodedStreams'] = async (id, streams) => {
    // The same compressed JSON activity_streams holds, so the commit only copies bytes.
    const { keys, sampleCount, data, startMs } = streams
    const file = join(dir, `${id}.streams`)
    await writeFile(file, data)
    return { file, keys, sampleCount, startMs }
  }
  return {
    dir,
    originalPath: (index, kind) => join(dir, `${index}.${kind.extension}`),
    writeStreams: (id, streams, startMs) =>
      writeEncodedStreams(id, { ...encodeStreamSet(streams), startMs }),
    writeEncodedStreams,
    dispose: () => rm(dir, { recursive: true, force: true }),
  }
}
