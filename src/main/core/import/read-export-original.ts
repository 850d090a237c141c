/**
 * The worker task of a Strava export import: one original file (already unpacked, within the
 * archive's budget) parsed once into what the library takes from it. Its streams are the whole
 * file as one activity, as Strava made one activity of it (a multisport file's distance runs on
 * across its legs); what it says of the detail (laps, device, calories) and its local start time
 * are taken when it records one activity, so the sync need not ask Strava for them.
 */
import { readActivityFile } from './activity-files/parse-activity-file'
import { localStart, type LocalStart } from './activity-files/local-time'
import { placeLaps } from './activity-files/place-laps'
import type { ActivityFileFormat } from './activity-files/recorded-activity'
import { cleanTrack } from './clean-track'
import { CorruptFileError } from './corrupt-file'
import { encodeStreamSet, type EncodedStreams } from '../db/streams-codec'
import type { StreamSet } from '../strava/activity-schemas'
import type { FileDetail } from './files/file-detail'
import { summaryPolylineOf } from './files/summary-polyline'
import { trackStreams } from './track-points'

export interface ExportOriginalInput {
  bytes: Uint8Array
  format: ActivityFileFormat
}

export type ExportOriginalReading =
  | {
      kind: 'read'
      /** Null when the samples carry no usable times (no streams then). */
      streams: (EncodedStreams & { startMs: number }) | null
      summaryPolyline: string | null
      detail: FileDetail
      local: LocalStart | null
    }
  | { kind: 'corrupt'; detail: string }

export function readExportOriginal(input: ExportOriginalInput): ExportOriginalReading {
  let reading
  try {
    reading = readActivityFile(input.bytes, input.format)
  } catch (error) {
    if (error instanceof CorruptFileError) return { kind: 'corrupt', detail: error.detail }
    throw error
  }
  // Only samples with trustworthy times become streams; the first of them is the start.
  const track = cleanTrack(reading.points)
  const startMs = track.points[0]?.timeMs
  if (track.timing !== 'ok' || startMs === undefined) {
    return { kind: 'read', streams: null, summaryPolyline: null, detail: {}, local: null }
  }
  const streams = trackStreams(track.points)
  const one = reading.drafts.kind === 'drafts' && reading.drafts.drafts.length === 1
  const draft = one && reading.drafts.kind === 'drafts' ? reading.drafts.drafts[0]?.draft : null
  const detail: FileDetail = {}
  let local: LocalStart | null = null
  if (draft) {
    detail.laps = { value: placeLaps(draft.laps ?? [], startMs, streams.time), from: 'file' }
    if (draft.device) detail.device = { value: draft.device, from: 'file' }
    if (draft.calories !== undefined) detail.calories = { value: draft.calories, from: 'file' }
    const first = track.points.find((p) => p.lat !== undefined && p.lng !== undefined)
    const position = first ? ([first.lat, first.lng] as [number, number]) : null
    local = localStart(startMs, draft.utcOffsetSeconds, position)
    detail.timezoneSource = local.timezoneSource
  }
  return {
    kind: 'read',
    streams: { ...encodeStreamSet(streams as StreamSet), startMs },
    summaryPolyline: streams.latlng ? summaryPolylineOf(streams.latlng) : null,
    detail,
    local,
  }
}
