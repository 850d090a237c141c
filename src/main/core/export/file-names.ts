/**
 * File names that work on every OS and sort by date: `YYYY-MM-DD_HHMM_<id>_<slug>.<ext>`. The
 * slug is plain ASCII (letters, digits, dashes), so no reserved character, no trailing dot or
 * space and no Windows device name (CON, NUL, COM1...) can ever appear.
 */
const MAX_SLUG = 48
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i

/** ASCII slug of user text: accents dropped, everything else collapsed into dashes. */
export function slugify(text: string, fallback = 'activity'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '')
  if (slug === '' || WINDOWS_DEVICE.test(slug)) return fallback
  return slug
}

export interface NameableActivity {
  id: number
  name: string
  sportType: string
  /** Strava's start_date_local: wall-clock time at the start place (its `Z` is not UTC). */
  startDateLocal: string
  /** Seconds since the epoch, UTC; used when start_date_local is unusable. */
  startDate: number
}

/** `2024-05-01_0712` from the local start time, falling back to UTC. */
function datePart(activity: NameableActivity): string {
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(activity.startDateLocal)
  if (local) return `${local[1]}-${local[2]}-${local[3]}_${local[4]}${local[5]}`
  const iso = new Date(activity.startDate * 1000).toISOString()
  return `${iso.slice(0, 10)}_${iso.slice(11, 13)}${iso.slice(14, 16)}`
}

/** The export file name of one activity; `extension` without the dot, e.g. `gpx` or `fit.gz`. */
export function activityFileName(activity: NameableActivity, extension: string): string {
  const fallback = slugify(activity.sportType, 'activity')
  return `${datePart(activity)}_${activity.id}_${slugify(activity.name, fallback)}.${extension}`
}

/** The name of a whole-library file (CSV, JSON), stamped with the export time (UTC). */
export function libraryFileName(base: string, exportedAt: number, extension: string): string {
  const iso = new Date(exportedAt).toISOString()
  return `${base}_${iso.slice(0, 10)}_${iso.slice(11, 13)}${iso.slice(14, 16)}.${extension}`
}
