/**
 * What the athlete's own files say that Strava's activity detail would: from the bulk export's
 * activities.csv the description, gear and calories; from the original file its laps, device and
 * calories. Stored per activity (activities.file_detail_json) with where each field came from, so
 * the detail view can show it and say so, and the sync can skip detail requests it answers.
 */
import { z } from 'zod'
import type { RecordedLap } from '../activity-files/recorded-activity'

export type FileDetailOrigin = 'export' | 'file'

const origin = z.enum(['export', 'file'])
const finite = z.number().finite()

const lapSchema = z.object({
  startOffset: finite,
  startIndex: z.number().int(),
  endIndex: z.number().int(),
  elapsedTime: finite,
  movingTime: finite,
  distance: finite.nullable(),
  averageSpeed: finite.nullable(),
  maxSpeed: finite.nullable(),
  averageHeartrate: finite.nullable(),
  maxHeartrate: finite.nullable(),
  averageCadence: finite.nullable(),
  averageWatts: finite.nullable(),
  maxWatts: finite.nullable(),
  totalElevationGain: finite.nullable(),
  calories: finite.nullable(),
})

const fileDetailSchema = z.object({
  /** The export's description; present (maybe null) once an export row was read. */
  description: z.object({ value: z.string().nullable(), from: origin }).optional(),
  gearName: z.object({ value: z.string().nullable(), from: origin }).optional(),
  calories: z.object({ value: finite, from: origin }).optional(),
  device: z.object({ value: z.string(), from: origin }).optional(),
  laps: z.object({ value: z.array(lapSchema), from: origin }).optional(),
  /** The file named its sport (false: the sport type is the Workout fallback). */
  sportFromFile: z.boolean().optional(),
  timezoneSource: z.enum(['file', 'coordinates', 'none']).optional(),
})

export type FileDetail = z.infer<typeof fileDetailSchema>
export type FileLap = RecordedLap

/** The stored JSON read back; anything unreadable is an empty detail. */
export function readFileDetail(json: string | null | undefined): FileDetail {
  if (!json) return {}
  try {
    const parsed = fileDetailSchema.safeParse(JSON.parse(json))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/** `base` with what `extra` adds; fields `base` already has stay (first source wins). */
export function mergeFileDetail(base: FileDetail, extra: FileDetail): FileDetail {
  const merged: FileDetail = { ...extra, ...base }
  for (const key of Object.keys(merged) as (keyof FileDetail)[]) {
    if (merged[key] === undefined) delete merged[key]
  }
  return merged
}

const FIELD_ORDER: readonly (keyof FileDetail)[] = [
  'description',
  'gearName',
  'calories',
  'device',
  'laps',
  'sportFromFile',
  'timezoneSource',
]

/** The stored JSON, fields always in one order (so equal details are equal text); null if empty. */
export function writeFileDetail(detail: FileDetail): string | null {
  const ordered = Object.fromEntries(
    FIELD_ORDER.filter((key) => detail[key] !== undefined).map((key) => [key, detail[key]]),
  )
  return Object.keys(ordered).length === 0 ? null : JSON.stringify(ordered)
}

/**
 * True when the files answer everything the sync would fetch a detail for: the export row gave
 * the description and gear, and the activity is manual (nothing recorded) or its original file
 * was read (its laps, none for a GPX, its device when it names one). The detail is then fetched
 * only when the athlete opens the activity.
 */
export function fileDetailCoversApiDetail(detail: FileDetail, isManual: boolean): boolean {
  if (!detail.description || !detail.gearName) return false
  return isManual || detail.laps !== undefined
}
