/** One measured figure of `npm run bench`. */
export interface BenchFigure {
  bench: string
  metric: string
  value: number
  unit: string
  /** The goal from the issue, e.g. '<= 51' or '< 10', or null when only reported. */
  target: string | null
  ok: boolean | null
}

export function figure(
  bench: string,
  metric: string,
  value: number,
  unit: string,
  target?: { text: string; ok: boolean },
): BenchFigure {
  return { bench, metric, value, unit, target: target?.text ?? null, ok: target?.ok ?? null }
}
