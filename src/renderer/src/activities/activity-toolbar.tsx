import type { Ref } from 'react'
import {
  SORT_OPTIONS,
  type ActivityFilters,
  type ActivitySort,
  type SortDirection,
} from './activity-filters'
import { SportTypeOptions } from '../components/sport-type-options'

const DIRECTION_LABELS: Record<ActivitySort, Record<SortDirection, string>> = {
  date: { desc: 'Newest first', asc: 'Oldest first' },
  distance: { desc: 'Longest first', asc: 'Shortest first' },
  movingTime: { desc: 'Longest first', asc: 'Shortest first' },
}

/** Search, sport, dates, sort and "Show deleted": every change is a new query for the list. */
export function ActivityToolbar({
  filters,
  sportTypes,
  onChange,
  searchRef,
  onSearchArrowDown,
}: {
  filters: ActivityFilters
  sportTypes: string[]
  onChange: (patch: Partial<ActivityFilters>) => void
  searchRef: Ref<HTMLInputElement>
  onSearchArrowDown: () => void
}) {
  // A sport chosen before it vanished from the library (all deleted) stays selectable.
  const sports =
    filters.sportType && !sportTypes.includes(filters.sportType)
      ? [...sportTypes, filters.sportType]
      : sportTypes
  return (
    <div className="activities-toolbar" role="search" aria-label="Filter activities">
      <label className="toolbar-search">
        <span className="activities-sr-only">Search activities</span>
        <input
          ref={searchRef}
          type="search"
          placeholder="Search activities"
          value={filters.search}
          maxLength={200}
          spellCheck={false}
          onChange={(event) => onChange({ search: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filters.search !== '') {
              event.preventDefault()
              onChange({ search: '' })
            } else if (event.key === 'ArrowDown') {
              event.preventDefault()
              onSearchArrowDown()
            }
          }}
        />
      </label>
      <label className="toolbar-field">
        <span className="activities-sr-only">Sport</span>
        <select
          value={filters.sportType}
          onChange={(event) => onChange({ sportType: event.target.value })}
        >
          <SportTypeOptions sportTypes={sports} />
        </select>
      </label>
      <div className="toolbar-dates">
        <label className="toolbar-field">
          <span className="toolbar-label">From</span>
          <input
            type="date"
            value={filters.from}
            max={filters.to || '9999-12-31'}
            onChange={(event) => onChange({ from: event.target.value })}
          />
        </label>
        <label className="toolbar-field">
          <span className="toolbar-label">To</span>
          <input
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            max="9999-12-31"
            onChange={(event) => onChange({ to: event.target.value })}
          />
        </label>
      </div>
      <div className="toolbar-sort">
        <label className="toolbar-field">
          <span className="toolbar-label">Sort</span>
          <select
            value={filters.sort}
            onChange={(event) => onChange({ sort: event.target.value as ActivitySort })}
          >
            {SORT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="toolbar-direction"
          aria-label={`Sort order: ${DIRECTION_LABELS[filters.sort][filters.direction]}`}
          title="Reverse the order"
          onClick={() => onChange({ direction: filters.direction === 'desc' ? 'asc' : 'desc' })}
        >
          <span aria-hidden="true" className={`direction-arrow is-${filters.direction}`} />
          {DIRECTION_LABELS[filters.sort][filters.direction]}
        </button>
      </div>
      <label className="toolbar-check">
        <input
          type="checkbox"
          checked={filters.includeDeleted}
          onChange={(event) => onChange({ includeDeleted: event.target.checked })}
        />
        Show deleted
      </label>
    </div>
  )
}
