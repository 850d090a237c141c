import type { CurveStream } from '../../../shared/lab-dto'
import { formatDuration, type Units } from '../format/units'

const MILE = 1609.344
const YARDS_100 = 91.44

const NAMED_DISTANCES: readonly [number, string][] = [
  [MILE, '1 mile'],
  [21_097.5, 'Half marathon'],
  [42_195, 'Marathon'],
]

/**
 * A standard distance by the name athletes race it under, in either unit system: `400 m`,
 * `5K`, `1 mile`, `Half marathon`, `40K`.
 */
export function effortDistanceLabel(metres: number): string {
  const named = NAMED_DISTANCES.find(([m]) => m === metres)
  if (named) return named[1]
  return metres >= 1000 && metres % 1000 === 0
    ? `${metres / 1000}K`
    : `${metres.toLocaleString('en')} m`
}

/** An effort's time: `3:30`, `1:02:03`; under a minute with tenths, `58.4 s`. */
export function formatEffortTime(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  return formatDuration(seconds)
}

/** Pace per km or mile (per 100 m or 100 yd for swims), speed for rides. */
export function formatEffortPace(
  metres: number,
  seconds: number,
  family: 'run' | 'ride' | 'swim' | 'other',
  units: Units,
): string {
  if (!(seconds > 0) || !(metres > 0)) return '–'
  const speed = metres / seconds
  if (family === 'ride') {
    return units === 'imperial'
      ? `${((speed * 3600) / MILE).toFixed(1)} mph`
      : `${(speed * 3.6).toFixed(1)} km/h`
  }
  if (family === 'swim') {
    return units === 'imperial'
      ? `${formatDuration(YARDS_100 / speed)} /100yd`
      : `${formatDuration(100 / speed)} /100m`
  }
  return units === 'imperial'
    ? `${formatDuration(MILE / speed)} /mi`
    : `${formatDuration(1000 / speed)} /km`
}

/** The family a `--sport` filter or a sport type ranks in, for pace or speed. */
export function effortFamily(sport: string): 'run' | 'ride' | 'swim' | 'other' {
  if (/Run$/.test(sport)) return 'run'
  if (/Ride$/.test(sport)) return 'ride'
  if (sport === 'Swim') return 'swim'
  return 'other'
}

/** A curve duration for axes and tables: `5 s`, `2 min 30 s`, `1 h 15 min`. */
export function formatCurveDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60)
    const s = seconds % 60
    return s === 0 ? `${m} min` : `${m} min ${s} s`
  }
  const h = Math.floor(seconds / 3600)
  const m = Math.round((seconds % 3600) / 60)
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** The unit a curve's value is shown in. */
export function curveUnit(stream: CurveStream, units: Units): string {
  if (stream === 'watts') return 'W'
  if (stream === 'heartrate') return 'bpm'
  return units === 'imperial' ? 'min/mi' : 'min/km'
}

/** A curve's value as shown: watts, bpm, or pace in minutes per km or mile. */
export function curveDisplayValue(stream: CurveStream, value: number, units: Units): number {
  if (stream !== 'velocity_smooth') return value
  const unit = units === 'imperial' ? MILE : 1000
  return value > 0 ? unit / value / 60 : Number.NaN
}

export function formatCurveValue(stream: CurveStream, value: number, units: Units): string {
  if (stream === 'watts') return `${Math.round(value)} W`
  if (stream === 'heartrate') return `${Math.round(value)} bpm`
  const minutes = curveDisplayValue(stream, value, units)
  return Number.isFinite(minutes)
    ? `${formatDuration(minutes * 60)} /${units === 'imperial' ? 'mi' : 'km'}`
    : '–'
}

/** A stress score or fitness figure: whole numbers, as athletes read them. */
export function formatScore(value: number): string {
  return Math.round(value).toLocaleString('en')
}

/** Form with its sign: `+12`, `−8`. */
export function formatForm(value: number): string {
  const rounded = Math.round(value)
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : '0'
}
