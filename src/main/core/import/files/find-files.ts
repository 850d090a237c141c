/**
 * The files an import reads, from the paths the athlete named: each path is a file or a folder
 * searched recursively. Folders are read entry by entry (`opendir`), and only activity files and
 * ZIPs are kept, so a folder of 50,000 photos costs a count, not memory. A folder reached twice
 * (a symlink loop, two links to one folder) is read once, by its device and inode; hidden files
 * and folders (`.Trash`, macOS `._` companions) are passed over.
 */
import type { Stats } from 'node:fs'
import { opendir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ActivityFileFormat } from '../activity-files/recorded-activity'
import { fileKindOf, isHiddenName } from './file-kinds'

export interface FoundFile {
  path: string
  size: number
  mtimeMs: number
}

export interface FoundActivityFile extends FoundFile {
  format: ActivityFileFormat
  gzipped: boolean
}

export interface FoundFiles {
  activityFiles: FoundActivityFile[]
  zips: FoundFile[]
  /** Files that are neither, counted. */
  ignored: number
  /** Folders or files that could not be read, and why. */
  unreadable: { file: string; reason: string }[]
}

/** Deeper than any device or sync folder nests; a guard, not a limit anyone meets. */
const MAX_DEPTH = 40

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'it cannot be read (permission denied)'
  if (code === 'ENOENT') return 'it no longer exists'
  if (code === 'ELOOP') return 'it is a symlink that leads back to itself'
  return 'it cannot be read'
}

export class FileFinder {
  readonly found: FoundFiles = { activityFiles: [], zips: [], ignored: 0, unreadable: [] }
  private readonly visited = new Set<string>()
  /** Activity files and ZIPs found in folders, stat'ed at the end so folders are read quickly. */
  private readonly pending: string[] = []

  constructor(private readonly signal?: AbortSignal) {}

  /** Adds what `path` holds: the file itself, or every file under the folder. */
  async add(path: string, explicit = true): Promise<void> {
    const info = await this.statOrReport(path)
    if (!info) return
    if (info.isDirectory()) await this.walk(path, info, 0)
    else if (info.isFile()) this.addFile(path, info, explicit)
  }

  private addFile(path: string, info: { size: number; mtimeMs: number }, explicit: boolean) {
    const kind = fileKindOf(path)
    const file = { path, size: info.size, mtimeMs: info.mtimeMs }
    if (kind.kind === 'activity') {
      this.found.activityFiles.push({ ...file, format: kind.format, gzipped: kind.gzipped })
    } else if (kind.kind === 'zip') this.found.zips.push(file)
    else if (explicit) {
      this.found.unreadable.push({
        file: path,
        reason: 'it is not a FIT, GPX or TCX file, nor a ZIP of Strava’s export',
      })
    } else this.found.ignored++
  }

  private async walk(folder: string, info: { dev: number; ino: number }, depth: number) {
    const identity = `${info.dev}:${info.ino}`
    if (this.visited.has(identity) || depth > MAX_DEPTH) return
    this.visited.add(identity)
    let dir
    try {
      dir = await opendir(folder, { bufferSize: 256 })
    } catch (error) {
      this.found.unreadable.push({ file: folder, reason: reasonOf(error) })
      return
    }
    const folders: string[] = []
    try {
      for await (const entry of dir) {
        this.signal?.throwIfAborted()
        const path = join(folder, entry.name)
        if (isHiddenName(entry.name)) {
          if (!entry.isDirectory()) this.found.ignored++
          continue
        }
        if (entry.isDirectory()) folders.push(path)
        else if (entry.isFile()) this.addEntry(path)
        else if (entry.isSymbolicLink()) folders.push(path)
        else this.found.ignored++
      }
    } catch (error) {
      if (this.signal?.aborted) throw error
      this.found.unreadable.push({ file: folder, reason: reasonOf(error) })
    }
    for (const path of folders) await this.enter(path, depth + 1)
  }

  /** A name that is not an activity file or ZIP is counted without even a stat. */
  private addEntry(path: string): void {
    if (fileKindOf(path).kind === 'other') {
      this.found.ignored++
      return
    }
    this.pending.push(path)
  }

  private async enter(path: string, depth: number): Promise<void> {
    const info = await this.statOrReport(path)
    if (!info) return
    if (info.isDirectory()) await this.walk(path, info, depth)
    else if (info.isFile()) this.addFile(path, info, false)
    else this.found.ignored++
  }

  /** The path's stat, or null with the path reported as unreadable. */
  private async statOrReport(path: string): Promise<Stats | null> {
    try {
      return await stat(path)
    } catch (error) {
      this.found.unreadable.push({ file: path, reason: reasonOf(error) })
      return null
    }
  }

  /** Stats the files found in folders; call once every path was added. */
  async finish(): Promise<FoundFiles> {
    for (const path of this.pending.splice(0)) {
      this.signal?.throwIfAborted()
      try {
        this.addFile(path, await stat(path), false)
      } catch (error) {
        this.found.unreadable.push({ file: path, reason: reasonOf(error) })
      }
    }
    // Folders list in no set order; by path, an import is the same every time (local ids too).
    const byPath = (a: FoundFile, b: FoundFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
    this.found.activityFiles.sort(byPath)
    this.found.zips.sort(byPath)
    return this.found
  }
}

/** Every activity file and ZIP under `paths`, with what was passed over. */
export async function findFiles(
  paths: readonly string[],
  signal?: AbortSignal,
): Promise<FoundFiles> {
  const finder = new FileFinder(signal)
  for (const path of paths) await finder.add(path)
  return finder.finish()
}
