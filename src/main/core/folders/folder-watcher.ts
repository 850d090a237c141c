/**
 * Watched folders while the app runs: each is scanned at launch (what arrived while the app was
 * closed), on file-system events (chokidar: one watch per directory, not per file, so a sync
 * folder of 50,000 photos costs 21 watches where Node's recursive fs.watch on Linux takes
 * 50,000), and every few minutes as a fallback for events that never come (network drives, a
 * watch's USB drive plugged in again). A file is read once it has stopped growing
 * (settled-files.ts). Scans run one at a time; each import is one or more short transactions.
 */
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import chokidar, { type FSWatcher } from 'chokidar'
import { fileKindOf, isHiddenName } from '../import/files/file-kinds'
import { FileFinder } from '../import/files/find-files'
import { importDeviceFiles, type FileImportParts } from '../import/files/import-device-files'
import { findUnchangedAt } from '../import/files/known-files'
import { createLogger } from '../log/logger'
import { SETTLE_MS, SettledFiles } from './settled-files'
import { listWatchedFolders, recordFolderScan, type WatchedFolderRow } from './watched-folders-repo'

const log = createLogger('folders')

/** What one scan brought in, for the app's quiet notification. */
export interface FolderArrivals {
  folder: string
  added: number
  updated: number
  /** Ids of the new activities. */
  addedIds: number[]
}

export interface FolderWatcherOptions {
  onArrivals(arrivals: FolderArrivals): void
  /** A folder's status changed (scanned, missing, added or removed). */
  onChanged(): void
  rescanMs?: number
  settleMs?: number
  debounceMs?: number
}

export const RESCAN_MS = 5 * 60 * 1000
const DEBOUNCE_MS = 750

interface Watched {
  row: WatchedFolderRow
  settled: SettledFiles
  watcher: FSWatcher | null
  timer: ReturnType<typeof setTimeout> | null
}

const MISSING =
  'The folder is not there now (a watch or drive not plugged in?); it is looked for again every few minutes.'

export function createFolderWatcher(parts: FileImportParts, options: FolderWatcherOptions) {
  const rescanMs = options.rescanMs ?? RESCAN_MS
  const settleMs = options.settleMs ?? SETTLE_MS
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS
  const folders = new Map<number, Watched>()
  let queue: Promise<void> = Promise.resolve()
  let stopped = true
  let rescan: ReturnType<typeof setInterval> | null = null

  /** Queues a scan after the ones already queued; a failed scan is logged and retried later. */
  function enqueue(folder: Watched): Promise<void> {
    queue = queue
      .then(() => scan(folder))
      .catch((error: unknown) => log.warn('folder scan failed', { error }))
    return queue
  }

  function schedule(folder: Watched, delay: number): void {
    if (stopped || folder.timer) return
    folder.timer = setTimeout(() => {
      folder.timer = null
      void enqueue(folder)
    }, delay)
    folder.timer.unref?.()
  }

  function watch(folder: Watched): void {
    if (folder.watcher || !existsSync(folder.row.path)) return
    const watcher = chokidar.watch(folder.row.path, {
      ignoreInitial: true,
      followSymlinks: false,
      depth: 40,
      ignored: (path, stats) =>
        isHiddenName(basename(path)) ||
        (stats?.isFile() === true && fileKindOf(path).kind !== 'activity'),
    })
    const changed = () => schedule(folder, debounceMs)
    watcher.on('add', changed).on('change', changed)
    watcher.on('error', (error) => log.warn('folder watch failed', { error }))
    folder.watcher = watcher
  }

  async function unwatch(folder: Watched): Promise<void> {
    if (folder.timer) clearTimeout(folder.timer)
    folder.timer = null
    const watcher = folder.watcher
    folder.watcher = null
    await watcher?.close()
  }

  async function scan(folder: Watched): Promise<void> {
    if (stopped || !folders.has(folder.row.id)) return
    const { db, clock } = parts
    const path = folder.row.path
    if (!existsSync(path)) {
      await unwatch(folder)
      recordFolderScan(db, folder.row.id, { at: clock.now(), added: 0, problem: MISSING })
      options.onChanged()
      return
    }
    watch(folder)
    const finder = new FileFinder()
    await finder.add(path)
    const found = await finder.finish()
    const fresh = found.activityFiles.filter((f) => !findUnchangedAt(db, f.path, f.size, f.mtimeMs))
    const { ready, waiting } = folder.settled.sort(fresh, clock.now())
    let added: number[] = []
    let updated = 0
    if (ready.length > 0) {
      const outcome = await importDeviceFiles(parts, ready, { trustUnchangedPaths: true })
      folder.settled.done(ready)
      added = outcome.added
      updated = outcome.updated.length
    }
    recordFolderScan(db, folder.row.id, { at: clock.now(), added: added.length, problem: null })
    if (waiting > 0) schedule(folder, settleMs)
    if (added.length + updated > 0) {
      options.onArrivals({ folder: path, added: added.length, updated, addedIds: added })
    }
    options.onChanged()
  }

  /** Brings the watches in line with the folders in the library, scanning new ones. */
  async function refresh(): Promise<void> {
    const rows = listWatchedFolders(parts.db)
    const ids = new Set(rows.map((r) => r.id))
    for (const [id, folder] of folders) {
      if (ids.has(id)) continue
      folders.delete(id)
      await unwatch(folder)
    }
    for (const row of rows) {
      const known = folders.get(row.id)
      if (known) {
        known.row = row
        continue
      }
      const folder: Watched = {
        row,
        settled: new SettledFiles(settleMs),
        watcher: null,
        timer: null,
      }
      folders.set(row.id, folder)
      schedule(folder, 0)
    }
  }

  return {
    start(): void {
      if (!stopped) return
      stopped = false
      void refresh()
      rescan = setInterval(() => {
        for (const folder of folders.values()) schedule(folder, 0)
      }, rescanMs)
      rescan.unref?.()
    },
    refresh,
    /** Scans every folder now (or one), and resolves when done. */
    async scanNow(id?: number): Promise<void> {
      for (const folder of folders.values()) {
        if (id === undefined || folder.row.id === id) void enqueue(folder)
      }
      await queue
    },
    async stop(): Promise<void> {
      stopped = true
      if (rescan) clearInterval(rescan)
      for (const folder of folders.values()) await unwatch(folder)
      folders.clear()
      await queue
    },
  }
}

export type FolderWatcher = ReturnType<typeof createFolderWatcher>
