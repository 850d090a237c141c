import { memo } from 'react'
import type { ActivityListItemDto } from '../../../shared/library-dto'
import { formatLocalDate, formatLocalTime, type DateStyle } from '../format/dates'
import { formatDistance, formatDuration, formatSpeed, type Units } from '../format/units'
import { RouteThumbnail } from './route-thumbnail'
import { sportLabel } from '../../../shared/sport-label'
import { sportFamily } from './sport'

export const ROW_HEIGHT = 72

export function optionId(id: number): string {
  return `activity-option-${id}`
}

/** One activity in the list: route tile, name, when, and the numbers that matter. */
export const ActivityRow = memo(function ActivityRow({
  item,
  index,
  count,
  start,
  selected,
  units,
  dates,
  onPick,
}: {
  item: ActivityListItemDto
  index: number
  count: number
  start: number
  selected: boolean
  units: Units
  dates: DateStyle
  onPick: (index: number, open: boolean) => void
}) {
  const deleted = item.deletedAt !== null
  return (
    <div
      id={optionId(item.id)}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      className={`activity-row sport-${sportFamily(item.sportType)}${deleted ? ' is-deleted' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onMouseDown={(event) => {
        if (event.button === 0) onPick(index, false)
      }}
      onDoubleClick={() => onPick(index, true)}
    >
      <RouteThumbnail polyline={item.summaryPolyline} sportType={item.sportType} />
      <div className="row-main">
        <div className="row-line">
          <span className="row-name">{item.name}</span>
          {item.distance > 0 && (
            <span className="row-distance">{formatDistance(item.distance, units)}</span>
          )}
        </div>
        <div className="row-line row-meta">
          <span className="row-when">
            <span className="row-sport">{sportLabel(item.sportType)}</span>
            {' · '}
            {formatLocalDate(item.startDateLocal, dates)} ·{' '}
            {formatLocalTime(item.startDateLocal, dates)}
          </span>
        </div>
        <div className="row-line row-meta">
          <span className="row-numbers">
            {formatDuration(item.movingTime)}
            {item.distance > 0 && item.movingTime > 0 && (
              <> · {formatSpeed(item.distance / item.movingTime, item.sportType, units)}</>
            )}
          </span>
          {(deleted || item.streamsPending || item.source === 'file') && (
            <span className="row-flags">
              {item.source === 'file' && (
                <span className="badge" title="Known from a device file only">
                  File
                </span>
              )}
              {item.streamsPending && <span className="row-hint">No streams yet</span>}
              {deleted && <span className="badge badge-deleted">Deleted on Strava</span>}
            </span>
          )}
        </div>
      </div>
    </div>
  )
})

export function PlaceholderRow({
  index,
  count,
  start,
}: {
  index: number
  count: number
  start: number
}) {
  return (
    <div
      role="option"
      aria-selected={false}
      aria-posinset={index + 1}
      aria-setsize={count}
      aria-busy="true"
      aria-label="Loading"
      className="activity-row is-placeholder"
      style={{ transform: `translateY(${start}px)` }}
    >
      <span className="row-tile" />
      <div className="row-main">
        <span className="skeleton skeleton-wide" />
        <span className="skeleton" />
      </div>
    </div>
  )
}
