import { z } from 'zod'

/**
 * The athlete's thresholds as the lab keeps them: dated values, each applying from its day until
 * the next value of the same kind. Paces are seconds per km (running) and per 100 m (swimming).
 */
export const NUMERIC_THRESHOLD_KINDS = [
  'ftp',
  'thresholdHr',
  'maxHr',
  'restingHr',
  'thresholdPace',
  'swimThresholdPace',
] as const
export type NumericThresholdKind = (typeof NUMERIC_THRESHOLD_KINDS)[number]
/** Every kind, in the order the screens list them. */
export const THRESHOLD_KINDS = [...NUMERIC_THRESHOLD_KINDS, 'sex'] as const
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number]
export const SEXES = ['male', 'female'] as const
export type Sex = (typeof SEXES)[number]

/** One dated value, as `athlete set --from YYYY-MM-DD` records it. */
export type ThresholdEntry =
  | { kind: NumericThresholdKind; value: number; from: string }
  | { kind: 'sex'; value: Sex; from: string }

/** The values in force on one day; a kind never set by then is absent. */
export type ThresholdValues = Partial<Record<NumericThresholdKind, number>> & { sex?: Sex }

export interface ThresholdLimit {
  min: number
  max: number
  /** What the number counts, for sentences: `W`, `bpm`, `s/km`, `s/100 m`. */
  unit: string
  label: string
}

/** What a person could plausibly have; anything outside is a typo, refused with a sentence. */
export const THRESHOLD_LIMITS: Record<NumericThresholdKind, ThresholdLimit> = {
  ftp: { min: 30, max: 2000, unit: 'W', label: 'FTP' },
  thresholdHr: { min: 80, max: 230, unit: 'bpm', label: 'Threshold heart rate' },
  maxHr: { min: 100, max: 240, unit: 'bpm', label: 'Maximum heart rate' },
  restingHr: { min: 25, max: 120, unit: 'bpm', label: 'Resting heart rate' },
  thresholdPace: { min: 120, max: 900, unit: 's/km', label: 'Threshold running pace' },
  swimThresholdPace: { min: 45, max: 400, unit: 's/100 m', label: 'Swim threshold pace' },
}

/** The one sentence for a value outside its limits, or null when it is fine. */
export function thresholdProblem(kind: NumericThresholdKind, value: number): string | null {
  const { min, max, unit, label } = THRESHOLD_LIMITS[kind]
  if (Number.isFinite(value) && value >= min && value <= max) return null
  return `${label} must be a number from ${min} to ${max} ${unit}.`
}

const numeric = (kind: NumericThresholdKind) =>
  z.number().finite().min(THRESHOLD_LIMITS[kind].min).max(THRESHOLD_LIMITS[kind].max).optional()

/** Several kinds at once, all from one day (`athlete set` with several flags). */
export const thresholdPatchSchema = z
  .object({
    ftp: numeric('ftp'),
    thresholdHr: numeric('thresholdHr'),
    maxHr: numeric('maxHr'),
    restingHr: numeric('restingHr'),
    thresholdPace: numeric('thresholdPace'),
    swimThresholdPace: numeric('swimThresholdPace'),
    sex: z.enum(SEXES).optional(),
  })
  .strict()
export type ThresholdPatch = z.infer<typeof thresholdPatchSchema>
