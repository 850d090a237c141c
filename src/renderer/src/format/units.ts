import type { PreferencesDto } from '../../../shared/settings-dto'

export type Units = PreferencesDto['units']

const METRES_PER_MILE = 1609.344
const FEET_PER_METRE = 3.280839895

/** Sports whose speed reads better as pace (time per distance). */
const PACE_SPORTS = new Set(['Run', 'TrailRun', 'VirtualRun', 'Walk', 'Hike', 'Swim'])

export function formatDistance(metres: number, units: Units, digits = 2): string {
  if (units === 'imperial') return `${(metres / METRES_PER_MILE).toFixed(digits)} mi`
  return `${(metres / 1000).toFixed(digits)} km`
}

export function formatElevation(metres: number, units: Units): string {
  return units === 'imperial'
    ? `${Math.round(metres * FEET_PER_METRE).toLocaleString('en')} ft`
    : `${Math.round(metres).toLocaleString('en')} m`
}

/** h:mm:ss or m:ss. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m)
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`
}

export function usesPace(sportType: string): boolean {
  return PACE_SPORTS.has(sportType)
}

/** Pace per km or mile for runs and walks, speed for everything else. */
export function formatSpeed(metresPerSecond: number, sportType: string, units: Units): string {
  if (!(metresPerSecond > 0)) return '–'
  if (sportType === 'Swim') return `${formatDuration(100 / metresPerSecond)} /100m`
  if (usesPace(sportType)) {
    const unit = units === 'imperial' ? METRES_PER_MILE : 1000
    return `${formatDuration(unit / metresPerSecond)} /${units === 'imperial' ? 'mi' : 'km'}`
  }
  const perHour = metresPerSecond * 3.6
  return units === 'imperial'
    ? `${(perHour / 1.609344).toFixed(1)} mph`
    : `${perHour.toFixed(1)} km/h`
}

/** Converts a metres-per-second series for charts: speed in km/h or mph, pace in minutes. */
export function speedSeries(values: number[], sportType: string, units: Units) {
  const unitMetres = units === 'imperial' ? METRES_PER_MILE : 1000
  if (usesPace(sportType)) {
    return {
      label: `Pace (min/${units === 'imperial' ? 'mi' : 'km'})`,
      values: values.map((v) => (v > 0.3 ? unitMetres / v / 60 : null)),
      invert: true,
    }
  }
  return {
    label: units === 'imperial' ? 'Speed (mph)' : 'Speed (km/h)',
    values: values.map((v) => (units === 'imperial' ? (v * 3600) / METRES_PER_MILE : v * 3.6)),
    invert: false,
  }
}

export function distanceSeries(metres: number[], units: Units): number[] {
  return metres.map((m) => (units === 'imperial' ? m / METRES_PER_MILE : m / 1000))
}

export function elevationSeries(metres: number[], units: Units): number[] {
  return metres.map((m) => (units === 'imperial' ? m * FEET_PER_METRE : m))
}

/** Strava's start_date_local is wall-clock time with a misleading Z: show it as written. */
export function formatLocalDateTime(startDateLocal: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(startDateLocal)
  if (!match) return startDateLocal
  const [, y, mo, d, h, mi] = match
  const month = new Date(Date.UTC(Number(y), Number(mo) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })
  return `${Number(d)} ${month} ${y}, ${h}:${mi}`
}
