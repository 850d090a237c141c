import { activityCount } from '../../shared/count-text'
import type { DbOrTx } from '../core/db/open-database'
import { countPending } from '../core/db/pending-fetches'

/** What the sync has not fetched yet, in one line; null when nothing is left. */
export function describeStillToFetch(db: DbOrTx): string | null {
  const details = countPending(db, 'detail')
  const streams = countPending(db, 'streams')
  if (details + streams === 0) return null
  return `Still to fetch from Strava: details of ${activityCount(details)}, streams of ${activityCount(streams)}`
}
