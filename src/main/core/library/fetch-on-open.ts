import type { ActivityDetailDto } from '../../../shared/library-dto'
import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { pendingFetchesFor } from '../db/pending-fetches'
import type { StravaApi } from '../strava/api-client'
import { fetchPending } from '../sync/fetch-worker'
import type { SyncContext } from '../sync/sync-context'
import { getActivityDetail } from './activity-detail'

/**
 * When the user opens an activity whose detail or streams are still pending, fetch them now from
 * the requests reserved for the user, without waiting for a rate-limit window.
 */
export async function fetchActivityNow(
  core: { db: AppDb; api: StravaApi; clock: Clock },
  activityId: number,
): Promise<ActivityDetailDto | null> {
  const items = pendingFetchesFor(core.db, activityId)
  // The export and the files answered the sync; the athlete opening it gets Strava's own detail.
  if (items.length === 0 && getActivityDetail(core.db, activityId)?.stravaDetailMissing) {
    items.push({ activityId, kind: 'detail', startDate: 0, attempts: 0 })
  }
  if (items.length > 0) {
    const ctx: SyncContext = {
      db: core.db,
      api: core.api,
      clock: core.clock,
      request: { priority: 'user', wait: false },
      counts: { added: 0, updated: 0, deleted: 0, detailsDone: 0, streamsDone: 0, warnings: 0 },
      allActivitiesVisible: true,
      setPhase: () => undefined,
      report: () => undefined,
    }
    for (const item of items) await fetchPending(ctx, item)
  }
  return getActivityDetail(core.db, activityId)
}
