export { MILE } from './sport-family'
export const KILOMETRE = 1000

export interface EddingtonNumber {
  /** The largest n such that on n days the distance was at least n units. */
  n: number
  /** Days of at least n + 1 units still needed to reach n + 1. */
  daysForNext: number
}

/**
 * The Eddington number of per-day summed distances (metres) in a unit (`KILOMETRE`, `MILE`):
 * the h-index of the days, read off the days sorted longest first.
 */
export function eddingtonNumber(dailyMetres: Iterable<number>, unit: number): EddingtonNumber {
  const units: number[] = []
  for (const metres of dailyMetres) {
    if (Number.isFinite(metres) && metres > 0) units.push(wholeUnits(metres, unit))
  }
  units.sort((a, b) => b - a)
  // units[k] is the (k + 1)-th longest day: n grows while that day reaches n + 1 units.
  let n = 0
  while ((units[n] ?? 0) >= n + 1) n++
  let reachingNext = 0
  while ((units[reachingNext] ?? 0) >= n + 1) reachingNext++
  return { n, daysForNext: n + 1 - reachingNext }
}

/**
 * How many whole units a day covered, exactly at the edges: 7 · 1609.344 m is 7 miles even
 * where the division gives 6.999999999999999.
 */
function wholeUnits(metres: number, unit: number): number {
  let whole = Math.floor(metres / unit)
  if ((whole + 1) * unit <= metres) whole++
  if (whole * unit > metres) whole--
  return whole
}
