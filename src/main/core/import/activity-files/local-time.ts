/**
 * Where and when an activity started in local time. A FIT file's own offset
 * (`activity.local_timestamp` minus its UTC `timestamp`) wins; otherwise the time zone of the
 * start position, found offline with @photostructure/tz-lookup (a 70 KB zone map, no service
 * called) and applied with the platform's time-zone rules (Intl); with neither, UTC, and
 * `timezoneSource: 'none'` says so.
 */
import tzLookup from '@photostructure/tz-lookup'

export type TimezoneSource = 'file' | 'coordinates' | 'none'

export interface LocalStart {
  /** Wall-clock start as Strava writes `start_date_local`: `YYYY-MM-DDTHH:mm:ssZ` (the Z lies). */
  startDateLocal: string
  /** IANA zone, when known. */
  timezone: string | null
  utcOffsetSeconds: number
  timezoneSource: TimezoneSource
}

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Local time minus UTC in a zone at an instant, in seconds. */
export function zoneOffsetSeconds(zone: string, atMs: number): number {
  let format = formatters.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(zone, format)
  }
  const part: Record<string, number> = {}
  for (const { type, value } of format.formatToParts(atMs)) part[type] = Number(value)
  const wall = Date.UTC(
    part.year ?? 1970,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  )
  return Math.round((wall - Math.floor(atMs / 1000) * 1000) / 1000)
}

/** The IANA zone of a position, or null when the lookup cannot place it. */
export function zoneAt(lat: number, lng: number): string | null {
  try {
    return tzLookup(lat, lng)
  } catch {
    return null
  }
}

const wallClock = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * The local start from the file's offset, else from the start position's zone, else UTC. With
 * both, the zone is named only when its offset agrees with the file's.
 */
export function localStart(
  startMs: number,
  fileOffsetSeconds: number | undefined,
  startLatlng: readonly [number, number] | null,
): LocalStart {
  const zone = startLatlng ? zoneAt(startLatlng[0], startLatlng[1]) : null
  const zoneOffset = zone === null ? undefined : zoneOffsetSeconds(zone, startMs)
  if (fileOffsetSeconds !== undefined) {
    return {
      startDateLocal: wallClock(startMs + fileOffsetSeconds * 1000),
      timezone: zoneOffset === fileOffsetSeconds ? zone : null,
      utcOffsetSeconds: fileOffsetSeconds,
      timezoneSource: 'file',
    }
  }
  if (zone !== null && zoneOffset !== undefined) {
    return {
      startDateLocal: wallClock(startMs + zoneOffset * 1000),
      timezone: zone,
      utcOffsetSeconds: zoneOffset,
      timezoneSource: 'coordinates',
    }
  }
  return {
    startDateLocal: wallClock(startMs),
    timezone: null,
    utcOffsetSeconds: 0,
    timezoneSource: 'none',
  }
}
