import { backupLibrary } from '../backup/backup-library'
import type { Clock } from '../clock'
import type { OpenedDatabase } from '../db/open-database'
import { exportActivities } from '../export/export-activities'
import { importPaths } from '../import/import-paths'
import { importStravaExport } from '../import/import-strava-export'
import type { WorkerPool } from '../workers/worker-pool'
import type { DataTools } from '../trailkeep'

export interface DataToolsParts {
  database: OpenedDatabase
  dataDir: string
  clock: Clock
  workers: WorkerPool
  nativeBinding?: string
}

/** Export, import (Strava's export, device files, folders) and backup on the open library. */
export function createDataTools(parts: DataToolsParts): DataTools {
  const place = { db: parts.database.db, dataDir: parts.dataDir, clock: parts.clock }
  const withWorkers = { ...place, workers: parts.workers }
  return {
    export: (options) => exportActivities(place, options),
    import: (options) => importStravaExport(withWorkers, options),
    importPaths: (options) => importPaths(withWorkers, options),
    backup: (file, options = {}) =>
      backupLibrary(parts.database, file, { ...options, nativeBinding: parts.nativeBinding }),
  }
}
