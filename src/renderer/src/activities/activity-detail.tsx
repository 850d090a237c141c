import { ExportActivityMenu } from '../components/export-activity-menu'
import { ExternalLink, stravaActivityUrl } from '../components/external-link'
import { useMemo, type Ref } from 'react'
import type { ActivityDetailDto, ActivityListItemDto } from '../../../shared/library-dto'
import { formatInstantDate, formatLocalDateTimeLong, type DateStyle } from '../format/dates'
import type { Units } from '../format/units'
import { ActivityCharts } from './activity-charts'
import { ActivityPerformance } from './activity-performance'
import { createCursorStore } from './cursor-store'
import { DetailSources } from './detail-sources'
import { DetailStats } from './detail-stats'
import { LapsTable } from './laps-table'
import { pickRoute } from './route-geometry'
import { DetailMap } from '../maps/detail-map'
import { SameRouteSection } from '../maps/same-route-section'
import { useStretch } from '../maps/use-stretch'
import { SplitsTable } from './splits-table'
import { sportLabel } from '../../../shared/sport-label'
import { sportFamily } from './sport'
import { StreamsNotice } from './streams-notice'
import type { DetailState, FetchNowState } from './use-activity-detail'

/** What the detail passes on to its body unchanged. */
interface SharedProps {
  state: DetailState
  fetchState: FetchNowState
  onFetchNow: (id: number) => void
  units: Units
  dates: DateStyle
  headingRef: Ref<HTMLHeadingElement>
}

/** Everything Trailkeep keeps about one activity. Shows the list's summary while the rest loads. */
export function ActivityDetail({
  summary,
  ...shared
}: { summary: ActivityListItemDto | null } & SharedProps) {
  const { state } = shared
  const detail = state.kind === 'ready' ? state.detail : null
  const item: ActivityListItemDto | null = detail ?? summary
  if (state.kind === 'none') {
    return (
      <p className="detail-placeholder">Select an activity to see its map, charts and splits.</p>
    )
  }
  if (state.kind === 'missing') {
    return <p className="detail-placeholder">This activity is no longer in your library.</p>
  }
  if (!item) {
    return state.kind === 'failed' ? (
      <p className="detail-placeholder" role="alert">
        {state.message}
      </p>
    ) : (
      <p className="detail-placeholder" aria-busy="true">
        Loading…
      </p>
    )
  }
  return <DetailBody key={item.id} item={item} detail={detail} {...shared} />
}

function DetailBody({
  item,
  detail,
  state,
  fetchState,
  onFetchNow,
  units,
  dates,
  headingRef,
}: { item: ActivityListItemDto; detail: ActivityDetailDto | null } & SharedProps) {
  const cursor = useMemo(() => createCursorStore(), [])
  const streams = detail?.streams ?? null
  const route = useMemo(() => pickRoute(item, streams), [item, streams])
  const stretch = useStretch(item.id)
  return (
    <article className="activity-detail" aria-labelledby="activity-detail-title">
      <header className="detail-header">
        <div className="detail-header-text">
          <p className="detail-kicker">
            <span className={`sport-chip sport-${sportFamily(item.sportType)}`}>
              {sportLabel(item.sportType)}
            </span>
            <span>{formatLocalDateTimeLong(item.startDateLocal, dates)}</span>
          </p>
          <h2 id="activity-detail-title" tabIndex={-1} ref={headingRef}>
            {item.name}
          </h2>
          {(item.deletedAt || item.isPrivate || item.source === 'file') && (
            <p className="detail-badges">
              {item.source === 'file' && (
                <span className="badge" title="Recorded in a device file; Strava has not listed it">
                  From your file
                </span>
              )}
              {item.deletedAt && (
                <span
                  className="badge badge-deleted"
                  title={`Found deleted ${formatInstantDate(item.deletedAt, dates)}`}
                >
                  Deleted on Strava
                </span>
              )}
              {item.isPrivate && <span className="badge">Private</span>}
            </p>
          )}
        </div>
        {item.source !== 'file' && (
          <ExternalLink className="strava-link" href={stravaActivityUrl(item.id)}>
            View on Strava
          </ExternalLink>
        )}
      </header>

      {detail?.description && <p className="detail-description">{detail.description}</p>}

      <ExportActivityMenu activityId={item.id} />

      <DetailStats item={item} detail={detail} units={units} />

      {detail && <DetailSources detail={detail} />}

      <StreamsNotice
        item={item}
        givenUp={detail?.streamsGivenUp ?? false}
        fetchState={fetchState}
        onFetchNow={() => onFetchNow(item.id)}
      />

      {route && (
        <section className="detail-section detail-map" aria-label="Route">
          <DetailMap
            activityId={item.id}
            route={route}
            units={units}
            cursor={cursor}
            stretch={stretch}
          />
        </section>
      )}

      {state.kind === 'loading' && (
        <p className="detail-loading" aria-busy="true">
          Loading details…
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="detail-loading" role="alert">
          {state.message}
        </p>
      )}

      <ActivityPerformance activityId={item.id} sportType={item.sportType} units={units} />

      {detail && <ActivityCharts detail={detail} units={units} cursor={cursor} />}
      {route && <SameRouteSection activity={item} units={units} dates={dates} stretch={stretch} />}
      {detail && <SplitsTable detail={detail} units={units} />}
      {detail && <LapsTable detail={detail} units={units} />}
    </article>
  )
}
