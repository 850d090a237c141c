import { z } from 'zod'

/** A folder whose new device files Trailkeep imports (a watch's drive, a sync folder). */
export interface WatchedFolderDto {
  id: number
  path: string
  /** ISO UTC of the last look at it, or null before the first. */
  lastScanAt: string | null
  /** Activities it brought in since it was added. */
  activitiesAdded: number
  /** Why it could not be read last time (missing, not allowed), or null. */
  problem: string | null
}

/** New activities a watched folder brought in: the app's quiet notification. */
export interface FolderArrivalsDto {
  folder: string
  added: number
  updated: number
}

/** Activities arrived or changed outside a sync (an import, a watched folder). */
export interface LibraryChangedDto {
  added: number
  updated: number
}

export const folderRefSchema = z.object({ id: z.number().int().positive().safe() }).strict()

/**
 * Paths of files dropped onto the window (Electron: from the preload's `webUtils`). The core
 * accepts only absolute paths, checks each exists, and reads only activity files and ZIPs.
 */
export const droppedPathsSchema = z
  .object({
    paths: z
      .array(
        z
          .string()
          .min(1)
          .max(4096)
          .refine((p) => !p.includes('\0'), 'not a path'),
      )
      .min(1)
      .max(1000),
  })
  .strict()
export type DroppedPaths = z.infer<typeof droppedPathsSchema>
