import type { ActivityListItemDto } from '../../../shared/library-dto'
import { useConnectionState } from '../connection-context'
import type { FetchNowState } from './use-activity-detail'

/**
 * Why there are no charts: a manual activity, streams still waiting for the sync, or streams
 * the sync stopped asking for because Strava's answers could not be read.
 */
export function StreamsNotice({
  item,
  givenUp,
  fetchState,
  onFetchNow,
}: {
  item: ActivityListItemDto
  givenUp: boolean
  fetchState: FetchNowState
  onFetchNow: () => void
}) {
  const connected = useConnectionState() === 'connected'
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
        {givenUp ? (
          <>
            <strong>Streams could not be read.</strong> Three answers from Strava for this
            activity&rsquo;s GPS and sensor data were unreadable, so the backup stopped asking.
          </>
        ) : (
          <>
            <strong>No streams yet.</strong> Charts, splits and the full route need this
            activity&rsquo;s GPS and sensor data, which the backup has not reached yet.
          </>
        )}
        {!connected && (
          // Fetching needs Strava; say so instead of offering a button that can only fail.
          <span className="detail-notice-reason">
            Connect to Strava to fetch this activity&rsquo;s details.
          </span>
        )}
        <span className="detail-notice-status" role="status">
          {message}
        </span>
      </div>
      {connected && (
        <button type="button" onClick={onFetchNow} disabled={fetching}>
          {fetching ? 'Fetching…' : 'Fetch now'}
        </button>
      )}
    </div>
  )
}
