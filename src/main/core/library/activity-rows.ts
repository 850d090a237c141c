import type { ActivityListItemDto, ActivitySourceDto } from '../../../shared/library-dto'
import { activities, type ActivitySource } from '../db/schema'

/** Where an activity's record came from, in the words the command line and the screens use. */
export const SOURCE_NAMES: Record<ActivitySource, ActivitySourceDto> = {
  api: 'strava',
  bulk_export: 'export',
  file: 'file',
}

/** The columns a list needs: never the raw JSON, which is most of a row's bytes. */
export const listColumns = {
  id: activities.id,
  name: activities.name,
  sportType: activities.sportType,
  startDate: activities.startDate,
  startDateLocal: activities.startDateLocal,
  distance: activities.distance,
  movingTime: activities.movingTime,
  elapsedTime: activities.elapsedTime,
  totalElevationGain: activities.totalElevationGain,
  deletedAt: activities.deletedAt,
  streamsState: activities.streamsState,
  isPrivate: activities.isPrivate,
  isManual: activities.isManual,
  summaryPolyline: activities.summaryPolyline,
  source: activities.source,
}

export type ListRow = Pick<typeof activities.$inferSelect, keyof typeof listColumns>

const LIST_COLUMNS = Object.entries(listColumns)

/** A row read as an array in listColumns order, decoded the way drizzle decodes it. */
export function toListRow(values: readonly unknown[]): ListRow {
  return Object.fromEntries(
    LIST_COLUMNS.map(([key, column], i) => {
      const value = values[i] ?? null
      return [key, value === null ? null : column.mapFromDriverValue(value)]
    }),
  ) as ListRow
}

/** Row to DTO: epoch seconds and milliseconds become ISO UTC, the streams state a boolean. */
export function toListItem(row: ListRow): ActivityListItemDto {
  return {
    id: row.id,
    name: row.name,
    sportType: row.sportType,
    startDate: new Date(row.startDate * 1000).toISOString(),
    startDateLocal: row.startDateLocal,
    distance: row.distance,
    movingTime: row.movingTime,
    elapsedTime: row.elapsedTime,
    totalElevationGain: row.totalElevationGain,
    deletedAt: row.deletedAt === null ? null : new Date(row.deletedAt).toISOString(),
    hasStreams: row.streamsState === 'stored',
    streamsPending: row.streamsState === 'pending',
    isPrivate: row.isPrivate,
    isManual: row.isManual,
    summaryPolyline: row.summaryPolyline,
    source: SOURCE_NAMES[row.source],
  }
}
