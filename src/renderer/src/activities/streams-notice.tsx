import type { ActivityListItemDto } from '../../../shared/library-dto'
import type { FetchNowState } from './use-activity-detail'

/** Why there are no charts: a manual activity, or streams still waiting in the sync queue. */
export function StreamsNotice({
  item,
  fetchState,
  onFetchNow,
}: {
  item: ActivityListItemDto
  fetchState: FetchNowState
  onFetchNow: () => void
}) {
  if (item.isManual) {
    return <p className="detail-notice">Manual activity: no GPS or sensor data</p>
  }
  const fetching = fetchState.kind === 'fetching'
  const message =
    fetchState.kind === 'fetching'
      ? 'Fetching from Strava…'
      : fetchState.kind === 'done' || fetchState.kind === 'failed'
        ? fetchState.message
        : ''
  if (!item.streamsPending) {
    if (!item.hasStreams) {
      return <p className="detail-notice">Strava has no GPS or sensor data for this activity.</p>
    }
    return fetchState.kind === 'done' ? (
      <p className="detail-notice detail-notice-done" role="status">
        {message}
      </p>
    ) : null
  }
  return (
    <div className={`detail-notice${fetchState.kind === 'failed' ? ' detail-notice-warn' : ''}`}>
      <div className="detail-notice-text">
        <strong>No streams yet.</strong> Charts, splits and the full route need this
        activity&rsquo;s GPS and sensor data, which the backup has not reached yet.
        <span className="detail-notice-status" role="status">
          {message}
        </span>
      </div>
      <button type="button" onClick={onFetchNow} disabled={fetching}>
        {fetching ? 'Fetching…' : 'Fetch now'}
      </button>
    </div>
  )
}
