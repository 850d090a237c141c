import { stringify } from 'csv-stringify/sync'
import { CSV_COLUMNS, csvRow } from './csv-columns'
import type { StoredActivity } from './stored-activities'
import { chunked } from './track-series'

const OPTIONS = {
  record_delimiter: '\r\n',
  cast: { boolean: (value: boolean) => (value ? 'true' : 'false') },
} as const

/** RFC 4180 CSV, one row per activity, rendered as the activities arrive. */
export function* renderCsv(activities: Iterable<StoredActivity>): Generator<string> {
  yield stringify([CSV_COLUMNS.map(([name]) => name)], OPTIONS)
  function* rows(): Generator<string> {
    for (const activity of activities) yield stringify([csvRow(activity)], OPTIONS)
  }
  yield* chunked(rows())
}
