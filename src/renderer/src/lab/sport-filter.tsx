import { useMemo } from 'react'
import { sportLabel } from '../../../shared/sport-label'

const FAMILIES: Record<string, { label: string; types: readonly string[] }> = {
  Run: { label: 'Runs (run, trail, virtual)', types: ['Run', 'TrailRun', 'VirtualRun'] },
  Ride: {
    label: 'Rides (road, gravel, mountain, virtual)',
    types: ['Ride', 'GravelRide', 'MountainBikeRide', 'VirtualRide'],
  },
}

export interface SportOption {
  value: string
  label: string
}

/**
 * The sport choices of the library's types: the run and ride families first (as the command
 * line's `--sport Run` and `--sport Ride`), then every type on its own. `only` keeps some.
 */
export function useSportOptions(types: readonly string[], only?: (sport: string) => boolean) {
  return useMemo(() => {
    const options: SportOption[] = []
    for (const [value, family] of Object.entries(FAMILIES)) {
      if (types.some((t) => family.types.includes(t))) options.push({ value, label: family.label })
    }
    for (const type of [...types].sort()) {
      if (FAMILIES[type]) continue
      options.push({ value: type, label: sportLabel(type) })
    }
    return only ? options.filter((o) => only(o.value)) : options
  }, [types, only])
}

/** A labelled sport choice. */
export function SportSelect({
  options,
  value,
  onChange,
  allLabel,
}: {
  options: readonly SportOption[]
  value: string | null
  onChange: (sport: string | null) => void
  /** Offers "all sports" (null) under this label. */
  allLabel?: string
}) {
  return (
    <label className="lab-select">
      Sport
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        {allLabel && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
