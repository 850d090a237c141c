import { backupLibrary } from '../backup/backup-library'
import type { Clock } from '../clock'
import type { OpenedDatabase } from '../db/open-database'
import { exportActivities } from '../export/export-activities'
import { importStravaExport } from '../import/import-strava-export'
import type { DataTools } from '../trailkeep'

export interface DataToolsParts {
  database: OpenedDatabase
  dataDir: string
  clock: Clock
  nativeBinding?: string
}

/** Export, import and backup on the open library. */
export function createDataTools(parts: DataToolsParts): DataTools {
  const place = { db: parts.database.db, dataDir: parts.dataDir, clock: parts.clock }
  return {
    export: (options) => exportActivities(place, options),
    import: (options) => importStravaExport(place, options),
    backup: (file, options = {}) =>
      backupLibrary(parts.database, file, { ...options, nativeBinding: parts.nativeBinding }),
  }
}
