/** Your history without the API (issue 16): device files already read and watched folders. */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

/**
 * Every device file already read, by content (size and SHA-256 of its bytes as stored), so that
 * importing it again, under any name, is answered without parsing it. `activityCount` is how
 * many activities it gave (0 with `skipReason` when it gave none); `path`, `size` and `mtimeMs`
 * of where it was last seen let a watched folder's rescan skip even the hashing.
 */
export const importedFiles = sqliteTable(
  'imported_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    path: text('path').notNull(),
    mtimeMs: integer('mtime_ms').notNull(),
    activityCount: integer('activity_count').notNull(),
    skipReason: text('skip_reason'),
    importedAt: integer('imported_at').notNull(),
  },
  (table) => [
    uniqueIndex('imported_files_content_idx').on(table.size, table.sha256),
    index('imported_files_path_idx').on(table.path),
  ],
)

/** Folders whose new device files are imported on launch and while the app runs. */
export const watchedFolders = sqliteTable('watched_folders', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  path: text('path').notNull().unique(),
  addedAt: integer('added_at').notNull(),
  lastScanAt: integer('last_scan_at'),
  /** Activities it brought in since it was added. */
  activitiesAdded: integer('activities_added').notNull().default(0),
  /** Why the last scan could not read the folder (missing, not allowed), or null. */
  lastError: text('last_error'),
})
