/** Cell values of Strava's activities.csv, which is written for people more than programs. */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  const ms = Date.UTC(y, mo, d, h, mi, s)
  const date = new Date(ms)
  return date.getUTCDate() === d && date.getUTCMonth() === mo && h < 24 && mi < 60 && s < 61
    ? ms
    : null
}

function hour12(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour
  const pm = meridiem.toUpperCase() === 'PM'
  return (hour % 12) + (pm ? 12 : 0)
}

/**
 * "Activity Date", which Strava writes in UTC: `Mar 14, 2021, 7:32:10 AM`, `14 Mar 2021,
 * 07:32:10`, or ISO 8601. Milliseconds since the epoch, or null when unreadable.
 */
export function parseExportDate(text: string): number | null {
  const value = text.trim()
  const us =
    /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AaPp][Mm])?$/.exec(
      value,
    )
  const eu =
    /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AaPp][Mm])?$/.exec(
      value,
    )
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      value,
    )
  if (us || eu) {
    const [, a, b, year, h, mi, s, meridiem] = (us ?? eu) as string[]
    const month = MONTHS.indexOf(((us ? a : b) as string).toLowerCase())
    const day = Number(us ? b : a)
    if (month < 0) return null
    return utc(Number(year), month, day, hour12(Number(h), meridiem), Number(mi), Number(s))
  }
  if (iso) {
    const parsed = Date.parse(iso[7] ? value : `${value.replace(' ', 'T')}Z`)
    return Number.isNaN(parsed) ? null : parsed
  }
  return null
}

/** A number as written, with a decimal comma accepted; null for an empty or unreadable cell. */
export function parseExportNumber(text: string | undefined): number | null {
  const value = text?.trim() ?? ''
  if (value === '') return null
  const normalized = /^-?\d+,\d+$/.test(value) ? value.replace(',', '.') : value.replace(/,/g, '')
  const n = Number(normalized)
  return Number.isFinite(n) ? n : null
}

export function parseExportBoolean(text: string | undefined): boolean | null {
  const value = text?.trim().toLowerCase() ?? ''
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  return null
}

/** "Virtual Ride" → "VirtualRide": the export's display names to API sport types. */
export function toSportType(text: string | undefined): string {
  const compact = (text ?? '').replace(/[^A-Za-z0-9]/g, '')
  return compact === '' ? 'Workout' : compact.slice(0, 100)
}

/** `activities/123.fit.gz` however the cell writes it (leading `./`, backslashes). */
export function normalizeArchivePath(text: string | undefined): string | null {
  const value = (text ?? '')
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
  return value === '' ? null : value
}
