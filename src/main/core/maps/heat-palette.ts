/**
 * The heatmap's colours: 256 palette entries, 0 fully transparent (no activity), 1..255 a ramp
 * over matplotlib's perceptually uniform "inferno" map (its public stops at 0.2, 0.3 … 1.0:
 * deep purple through red and orange to pale yellow, skipping the near-black start that would
 * vanish on a dark base map). Faint lines are half transparent so the base map shows through;
 * busy ones are opaque. Counts map to entries on a log scale.
 */

const INFERNO_STOPS: readonly (readonly [number, number, number])[] = [
  [0x42, 0x0a, 0x68],
  [0x6a, 0x17, 0x6e],
  [0x93, 0x26, 0x67],
  [0xbc, 0x37, 0x54],
  [0xdd, 0x51, 0x3a],
  [0xf3, 0x78, 0x19],
  [0xfc, 0xa5, 0x0a],
  [0xf6, 0xd7, 0x46],
  [0xfc, 0xff, 0xa4],
]

/** Opacity of the faintest line; it rises linearly to opaque by the middle of the ramp. */
const MIN_ALPHA = 0.45

function buildPalette(): Uint8Array {
  const rgba = new Uint8Array(256 * 4)
  for (let i = 1; i < 256; i++) {
    const t = (i - 1) / 254
    const position = t * (INFERNO_STOPS.length - 1)
    const below = Math.min(Math.floor(position), INFERNO_STOPS.length - 2)
    const f = position - below
    const a = INFERNO_STOPS[below] ?? [0, 0, 0]
    const b = INFERNO_STOPS[below + 1] ?? a
    for (let c = 0; c < 3; c++)
      rgba[i * 4 + c] = Math.round((a[c] ?? 0) * (1 - f) + (b[c] ?? 0) * f)
    rgba[i * 4 + 3] = Math.round(255 * Math.min(1, MIN_ALPHA + (1 - MIN_ALPHA) * (t / 0.5)))
  }
  return rgba
}

/** RGBA of each palette entry; entry 0 is transparent. */
export const HEAT_PALETTE: Uint8Array = buildPalette()

/**
 * The palette entry for `count` activities: 0 for none, then log(1 + count) / log(1 +
 * saturation) spread over 1..255, so one activity is visible and `saturation` or more is the
 * top colour. The log keeps a road ridden 5,000 times from drowning one ridden 5 times.
 */
export function heatLevel(count: number, saturation: number): number {
  if (!(count > 0)) return 0
  const t = Math.log1p(count) / Math.log1p(Math.max(1, saturation))
  return 1 + Math.min(254, Math.floor(254 * t))
}
