/**
 * Bands of form (fitness minus fatigue) with what they usually mean, as intervals.icu and
 * TrainingPeaks' Performance Manager describe them. Guides to read the chart, not rules.
 */
export interface FormZone {
  name: string
  /** Lower bound; the zone reaches up to the next zone's bound. */
  from: number
  meaning: string
  /** The theme variable its band is painted with. */
  color: string
}

export const FORM_ZONES: readonly FormZone[] = [
  {
    name: 'High risk',
    from: -Infinity,
    meaning: 'fatigue far above fitness: rest soon',
    color: '--form-risk',
  },
  {
    name: 'Optimal',
    from: -30,
    meaning: 'training load that builds fitness',
    color: '--form-optimal',
  },
  {
    name: 'Grey zone',
    from: -10,
    meaning: 'maintaining: neither building nor resting',
    color: '--form-grey',
  },
  { name: 'Fresh', from: 5, meaning: 'rested: ready to race', color: '--form-fresh' },
  {
    name: 'Transition',
    from: 25,
    meaning: 'resting long enough to lose fitness',
    color: '--form-transition',
  },
]

/** The zone a form value falls in. */
export function formZoneOf(form: number): FormZone {
  let zone = FORM_ZONES[0] as FormZone
  for (const candidate of FORM_ZONES) if (form >= candidate.from) zone = candidate
  return zone
}

/** The zone's upper bound (Infinity for the last). */
export function formZoneTop(zone: FormZone): number {
  const next = FORM_ZONES[FORM_ZONES.indexOf(zone) + 1]
  return next ? next.from : Infinity
}
