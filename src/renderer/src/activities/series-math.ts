/** Small series helpers for charts: downsampling, smoothing and ranges. */

/**
 * Averages a series into `buckets` equal runs of samples. Nulls (and, with `skipZero`, zeros such
 * as heart-rate dropouts) are left out of the average; an empty run gives null.
 */
export function bucketAverage(
  values: readonly (number | null)[],
  buckets: number,
  skipZero = false,
): (number | null)[] {
  const n = values.length
  const count = Math.min(buckets, n)
  const out: (number | null)[] = new Array(count)
  for (let b = 0; b < count; b++) {
    const start = Math.floor((b * n) / count)
    const end = Math.floor(((b + 1) * n) / count)
    let sum = 0
    let taken = 0
    for (let i = start; i < end; i++) {
      const v = values[i]
      if (v === null || v === undefined || !Number.isFinite(v) || (skipZero && v === 0)) continue
      sum += v
      taken++
    }
    out[b] = taken > 0 ? sum / taken : null
  }
  return out
}

/** Centred rolling mean over `window` samples (a prefix sum keeps it linear). */
export function rollingMean(values: readonly number[], window: number): number[] {
  if (window <= 1) return values.slice()
  const prefix = new Float64Array(values.length + 1)
  for (let i = 0; i < values.length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (values[i] ?? 0)
  const half = Math.floor(window / 2)
  return values.map((_, i) => {
    const from = Math.max(0, i - half)
    const to = Math.min(values.length, i + half + 1)
    return ((prefix[to] ?? 0) - (prefix[from] ?? 0)) / (to - from)
  })
}

export function bucketMiddles(n: number, buckets: number): number[] {
  const count = Math.min(buckets, n)
  const out = new Array<number>(count)
  for (let b = 0; b < count; b++) {
    out[b] = Math.floor((Math.floor((b * n) / count) + Math.floor(((b + 1) * n) / count) - 1) / 2)
  }
  return out
}

/** The span of the middle of the values (outliers such as stops left out), padded a little. */
export function robustRange(
  values: readonly (number | null)[],
  low = 0,
  high = 1,
): [number, number] {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v))
  sorted.sort((a, b) => a - b)
  if (sorted.length === 0) return [0, 1]
  const lo = sorted[Math.floor(low * (sorted.length - 1))] as number
  const hi = sorted[Math.ceil(high * (sorted.length - 1))] as number
  const pad = Math.max((hi - lo) * 0.08, Math.abs(hi) * 0.02, 1e-6)
  return [lo - pad, hi + pad]
}

export function average(values: readonly (number | null)[]): number | null {
  let sum = 0
  let n = 0
  for (const v of values) {
    if (v === null || !Number.isFinite(v) || v === 0) continue
    sum += v
    n++
  }
  return n > 0 ? sum / n : null
}

export function maximum(values: readonly (number | null)[]): number | null {
  let max: number | null = null
  for (const v of values) if (v !== null && Number.isFinite(v) && (max === null || v > max)) max = v
  return max
}

export function hasSignal(values: readonly (number | null)[]): boolean {
  return values.some((v) => v !== null && v !== 0)
}
