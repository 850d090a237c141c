/** Metres in a mile, as the lab's standard distances write it. */
const MILE = 1609.344

const NAMED: readonly [number, string][] = [
  [MILE, '1 mile'],
  [21_097.5, 'half marathon'],
  [42_195, 'marathon'],
]

/** `400 m`, `5 km`, `1 mile`, `half marathon`. */
export function formatMetres(metres: number): string {
  const named = NAMED.find(([m]) => m === metres)
  if (named) return named[1]
  return metres >= 1000 && metres % 1000 === 0 ? `${metres / 1000} km` : `${metres} m`
}

/** `3:30`, `1:02:03`, `12.3 s` below a minute. */
export function formatClock(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}
