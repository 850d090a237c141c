import type { ActivityQueryInput } from '../../../shared/library-query'

export type ActivitySort = 'date' | 'distance' | 'movingTime'
export type SortDirection = 'asc' | 'desc'

/** What the toolbar holds; `from` and `to` are `YYYY-MM-DD` from date inputs, or empty. */
export interface ActivityFilters {
  search: string
  sportType: string
  from: string
  to: string
  sort: ActivitySort
  direction: SortDirection
  includeDeleted: boolean
}

export const DEFAULT_FILTERS: ActivityFilters = {
  search: '',
  sportType: '',
  from: '',
  to: '',
  sort: 'date',
  direction: 'desc',
  includeDeleted: false,
}

export const SORT_OPTIONS: readonly { value: ActivitySort; label: string }[] = [
  { value: 'date', label: 'Date' },
  { value: 'distance', label: 'Distance' },
  { value: 'movingTime', label: 'Duration' },
]

/** True when anything narrows the list (sorting and showing deleted do not). */
export function hasNarrowingFilters(filters: ActivityFilters): boolean {
  return (
    filters.search.trim() !== '' ||
    filters.sportType !== '' ||
    filters.from !== '' ||
    filters.to !== ''
  )
}

/**
 * The library query of the toolbar, without paging. Dates are whole days by the calendar where
 * each activity started, as the list and the totals show them, not by this computer's clock.
 */
export function toActivityQuery(filters: ActivityFilters): ActivityQueryInput {
  const query: ActivityQueryInput = { sort: filters.sort, direction: filters.direction }
  const search = filters.search.trim()
  if (search !== '') query.search = search.slice(0, 200)
  if (filters.sportType !== '') query.sportTypes = [filters.sportType]
  if (isCalendarDate(filters.from)) query.fromDate = filters.from
  if (isCalendarDate(filters.to)) query.toDate = filters.to
  if (filters.includeDeleted) query.includeDeleted = true
  return query
}

/** A real `YYYY-MM-DD` day from 1900 on (a date input can hold a half-typed year). */
function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match || Number(match[1]) < 1900) return false
  const day = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date
}
