import { activityCount } from '../../shared/count-text'

/** What the sync has not fetched yet, in one line; null when nothing is left. */
export function describeStillToFetch(left: { details: number; streams: number }): string | null {
  if (left.details + left.streams === 0) return null
  return `Still to fetch from Strava: details of ${activityCount(left.details)}, streams of ${activityCount(left.streams)}`
}
