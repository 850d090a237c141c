import { deflateSync, inflateSync } from 'node:zlib'
import type { StreamSet } from '../strava/activity-schemas'

/**
 * Level 4: a third of the time of zlib's default for streams JSON, about 6% larger. An import
 * compresses thousands of activities in a row; a sync compresses one per request.
 */
const LEVEL = 4

/** How activity_streams holds one activity's streams: deflated JSON keyed by stream type. */
export function encodeStreams(streams: StreamSet): Buffer {
  return deflateSync(JSON.stringify(streams), { level: LEVEL })
}

/** What an activity_streams row holds: the stream types, how many samples, the encoded data. */
export interface EncodedStreams {
  keys: string
  sampleCount: number
  data: Buffer
}

/** Its sample count is the longest stream's. */
export function encodeStreamSet(streams: StreamSet): EncodedStreams {
  return {
    keys: Object.keys(streams).join(','),
    sampleCount: Math.max(0, ...Object.values(streams).map((s) => s?.length ?? 0)),
    data: encodeStreams(streams),
  }
}

export function decodeStreams(data: Buffer): StreamSet {
  return JSON.parse(inflateSync(data).toString('utf8')) as StreamSet
}
