import type { SyncPhase } from '../../../shared/dto'
import type { Clock } from '../clock'
import type { AppDb } from '../db/open-database'
import { syncWarnings } from '../db/schema'
import type { RequestOptions, StravaApi } from '../strava/api-client'

/** What every sync step needs; built once per run by the engine. */
export interface SyncContext {
  db: AppDb
  api: StravaApi
  clock: Clock
  request: RequestOptions
  counts: SyncCounts
  /** The athlete granted activity:read_all, so Strava hides nothing from listings. */
  allActivitiesVisible: boolean
  setPhase(phase: SyncPhase): void
  report(): void
}

export interface SyncCounts {
  added: number
  updated: number
  deleted: number
  detailsDone: number
  streamsDone: number
  warnings: number
}

export function recordWarning(
  ctx: SyncContext,
  kind: string,
  message: string,
  activityId?: number,
) {
  ctx.db
    .insert(syncWarnings)
    .values({ at: ctx.clock.now(), kind, message, activityId: activityId ?? null })
    .run()
  ctx.counts.warnings++
}
