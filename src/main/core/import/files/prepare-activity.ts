/**
 * A recorded activity made ready to store, in the worker that parsed it: its streams encoded as
 * activity_streams holds them (so the transaction only copies bytes), its route line for the
 * list, and how rich its recording is (to keep the richer of two copies of one recording).
 */
import { encodeStreamSet, type EncodedStreams } from '../../db/streams-codec'
import type { StreamSet } from '../../strava/activity-schemas'
import type { RecordedActivity } from '../activity-files/recorded-activity'
import { summaryPolylineOf } from './summary-polyline'

export interface PreparedActivity extends Omit<RecordedActivity, 'streams'> {
  streams: EncodedStreams
  summaryPolyline: string | null
  hasHeartrate: boolean
}

export function prepareActivity(activity: RecordedActivity): PreparedActivity {
  const { streams, ...rest } = activity
  return {
    ...rest,
    streams: encodeStreamSet(streams as StreamSet),
    summaryPolyline: streams.latlng ? summaryPolylineOf(streams.latlng) : null,
    hasHeartrate: streams.heartrate !== undefined,
  }
}

/** Kinds of streams, then samples: the richer of two copies of one recording wins. */
export function richness(streams: Pick<EncodedStreams, 'keys' | 'sampleCount'>): number {
  return streams.keys.split(',').length * 1e9 + streams.sampleCount
}
