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
 * The library query of the toolbar, without paging. Dates are whole days on this computer's
 * calendar: `from` starts at its local midnight, `to` includes the whole day.
 */
export function toActivityQuery(filters: ActivityFilters): ActivityQueryInput {
  const query: ActivityQueryInput = { sort: filters.sort, direction: filters.direction }
  const search = filters.search.trim()
  if (search !== '') query.search = search.slice(0, 200)
  if (filters.sportType !== '') query.sportTypes = [filters.sportType]
  const after = localMidnight(filters.from, 0)
  if (after) query.after = after
  const before = localMidnight(filters.to, 1)
  if (before) query.before = before
  if (filters.includeDeleted) query.includeDeleted = true
  return query
}

/** The instant of local midnight `days` after a `YYYY-MM-DD` date, as ISO UTC. */
function localMidnight(date: string, days: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match || Number(match[1]) < 1900) return undefined
  const instant = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days)
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString()
}
