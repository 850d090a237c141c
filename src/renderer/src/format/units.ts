import type { PreferencesDto } from '../../../shared/settings-dto'

export type Units = PreferencesDto['units']

const METRES_PER_MILE = 1609.344
const METRES_PER_100_YARDS = 91.44
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

/** Pace per km or mile for runs and walks, per 100 m or 100 yd for swims, speed otherwise. */
export function formatSpeed(metresPerSecond: number, sportType: string, units: Units): string {
  if (!(metresPerSecond > 0)) return '–'
  if (sportType === 'Swim') {
    return units === 'imperial'
      ? `${formatDuration(METRES_PER_100_YARDS / metresPerSecond)} /100yd`
      : `${formatDuration(100 / metresPerSecond)} /100m`
  }
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
  if (sportType === 'Swim') {
    const unitMetres = units === 'imperial' ? METRES_PER_100_YARDS : 100
    return {
      label: `Pace (min/${units === 'imperial' ? '100yd' : '100m'})`,
      values: values.map((v) => (v > 0.1 ? unitMetres / v / 60 : null)),
      invert: true,
    }
  }
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

/** The length of one split or one chart unit: a kilometre or a mile, in metres. */
export function splitLengthMetres(units: Units): number {
  return units === 'imperial' ? METRES_PER_MILE : 1000
}

export function distanceUnitLabel(units: Units): 'km' | 'mi' {
  return units === 'imperial' ? 'mi' : 'km'
}

/** Minutes as `m:ss`, for pace axes and chart read-outs. */
export function formatPaceMinutes(minutes: number): string {
  return formatDuration(minutes * 60)
}

// ---------------------------------------------------------------------------------------------
// Totals (Totals screen): single-value conversions and long-duration sums.
// ---------------------------------------------------------------------------------------------
// distanceUnitLabel (above) is shared with the activities screens.

export function elevationUnitLabel(units: Units): 'm' | 'ft' {
  return units === 'imperial' ? 'ft' : 'm'
}

/** Kilometres or miles. */
export function convertDistance(metres: number, units: Units): number {
  return units === 'imperial' ? metres / METRES_PER_MILE : metres / 1000
}

/** Metres or feet. */
export function convertElevation(metres: number, units: Units): number {
  return units === 'imperial' ? metres * FEET_PER_METRE : metres
}

/** A summed distance with thousands separators: `1,234.5 km`. */
export function formatTotalDistance(metres: number, units: Units): string {
  const value = convertDistance(metres, units).toLocaleString('en', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  return `${value} ${distanceUnitLabel(units)}`
}

/** A summed moving time in hours and minutes: `37h 05m`, `45m`. */
export function formatTotalDuration(totalSeconds: number): string {
  const minutes = Math.max(0, Math.round(totalSeconds / 60))
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h > 0 ? `${h.toLocaleString('en')}h ${String(m).padStart(2, '0')}m` : `${m}m`
}
