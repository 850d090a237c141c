/** Where the athlete trains: a home city and a few travel destinations, with time zones. */
import type { LatLng } from './types'

export interface Place {
  center: LatLng
  timeZone: string
  country: string
  baseElevation: number
}

export const HOME: Place = {
  center: [50.9375, 6.9603],
  timeZone: 'Europe/Berlin',
  country: 'Germany',
  baseElevation: 53,
}

export const TRAVEL: readonly Place[] = [
  { center: [35.6762, 139.6503], timeZone: 'Asia/Tokyo', country: 'Japan', baseElevation: 40 },
  {
    center: [40.015, -105.2705],
    timeZone: 'America/Denver',
    country: 'United States',
    baseElevation: 1655,
  },
  {
    center: [25.2048, 55.2708],
    timeZone: 'Asia/Dubai',
    country: 'United Arab Emirates',
    baseElevation: 5,
  },
  {
    center: [-33.8688, 151.2093],
    timeZone: 'Australia/Sydney',
    country: 'Australia',
    baseElevation: 20,
  },
]

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Offset of the zone from UTC at that instant, in seconds (DST included). */
export function utcOffsetSeconds(timeZone: string, epochMs: number): number {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wallClock = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  )
  return Math.round((wallClock - Math.floor(epochMs / 1000) * 1000) / 1000)
}

/** ISO 8601 without milliseconds, as Strava writes dates. */
export function toStravaDate(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/** Strava's "(GMT+01:00) Europe/Berlin" zone label. */
export function stravaTimezoneLabel(timeZone: string, offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+'
  const abs = Math.abs(offsetSeconds)
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0')
  const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, '0')
  return `(GMT${sign}${hh}:${mm}) ${timeZone}`
}
