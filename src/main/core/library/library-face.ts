import type { Clock } from '../clock'
import { countLiveActivities, readLastSyncAt } from '../db/library-repo'
import type { AppDb } from '../db/open-database'
import type { Library } from '../trailkeep'
import {
  computeTotals,
  getActivityDetail,
  listActivities,
  listAllActivities,
  listSportTypes,
} from './activity-queries'
import { purgeDeletedWithOriginals } from './retention'

export interface LibraryParts {
  db: AppDb
  dataDir: string
  clock: Clock
  fetchNow(id: number): Promise<ReturnType<Library['detail']>>
}

/** The library's queries as the face offers them. */
export function createLibrary(parts: LibraryParts): Library {
  const { db } = parts
  return {
    list: (query) => listActivities(db, query),
    listAll: (query) => listAllActivities(db, query),
    detail: ({ id }) => getActivityDetail(db, id),
    fetchNow: ({ id }) => parts.fetchNow(id),
    totals: (query) => computeTotals(db, query),
    sportTypes: () => listSportTypes(db),
    purgeDeleted: () => purgeDeletedWithOriginals(parts, parts.clock.now()),
    count: () => countLiveActivities(db),
    lastSyncAt: () => readLastSyncAt(db),
  }
}
