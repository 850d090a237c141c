/** The fake core's answers to library queries: filtered, sorted and totalled like the core's. */
import type { ActivityDetailDto, TotalsRowDto } from '../../../src/shared/library-dto'
import type { activityQuerySchema } from '../../../src/shared/library-query'
import { type TotalsQuery } from '../../../src/shared/library-query'

type ParsedQuery = ReturnType<typeof activityQuerySchema.parse>

export function filterActivities(
  all: ActivityDetailDto[],
  query: ParsedQuery,
): ActivityDetailDto[] {
  const search = query.search?.normalize('NFC').trim().toLowerCase() ?? ''
  const after = query.after ? Date.parse(query.after) : null
  const before = query.before ? Date.parse(query.before) : null
  const matches = all.filter((a) => {
    if (!query.includeDeleted && a.deletedAt) return false
    if (search && !a.name.normalize('NFC').toLowerCase().includes(search)) return false
    if (query.sportTypes?.length && !query.sportTypes.includes(a.sportType)) return false
    const start = Date.parse(a.startDate)
    if (after !== null && start < after) return false
    if (before !== null && start >= before) return false
    const localDay = a.startDateLocal.slice(0, 10)
    if (query.fromDate !== undefined && localDay < query.fromDate) return false
    if (query.toDate !== undefined && localDay > query.toDate) return false
    if (query.minDistance !== undefined && a.distance < query.minDistance) return false
    if (query.maxDistance !== undefined && a.distance > query.maxDistance) return false
    return true
  })
  const key = (a: ActivityDetailDto) =>
    query.sort === 'distance'
      ? a.distance
      : query.sort === 'movingTime'
        ? a.movingTime
        : Date.parse(a.startDate)
  const sign = query.direction === 'asc' ? 1 : -1
  return matches.sort((a, b) => sign * (key(a) - key(b) || a.id - b.id))
}

export function totalsOf(all: ActivityDetailDto[], query: TotalsQuery): TotalsRowDto[] {
  const rows = new Map<string, TotalsRowDto>()
  for (const a of all) {
    if (a.deletedAt || (query.sportType && a.sportType !== query.sportType)) continue
    const period = periodOf(a.startDateLocal, query.period)
    const key = `${period}\u0000${a.sportType}`
    const row = rows.get(key) ?? {
      period,
      sportType: a.sportType,
      count: 0,
      distance: 0,
      movingTime: 0,
      elevationGain: 0,
    }
    row.count++
    row.distance += a.distance
    row.movingTime += a.movingTime
    row.elevationGain += a.totalElevationGain
    rows.set(key, row)
  }
  return [...rows.values()].sort(
    (x, y) => x.period.localeCompare(y.period) || x.sportType.localeCompare(y.sportType),
  )
}

/** `2024`, `2024-05` or the ISO week `2024-W18` of a start_date_local, read as written. */
function periodOf(startDateLocal: string, period: TotalsQuery['period']): string {
  const year = startDateLocal.slice(0, 4)
  if (period === 'year') return year
  if (period === 'month') return startDateLocal.slice(0, 7)
  const date = new Date(`${startDateLocal.slice(0, 10)}T00:00:00Z`)
  const weekday = (date.getUTCDay() + 6) % 7
  date.setUTCDate(date.getUTCDate() - weekday + 3)
  const weekYear = date.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4))
  const week =
    1 +
    Math.round(
      ((date.getTime() - firstThursday.getTime()) / 86_400_000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7,
    )
  return `${weekYear}-W${String(week).padStart(2, '0')}`
}
