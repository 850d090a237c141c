import type { MapFilterDto } from '../../../shared/maps-dto'
import { SportTypeOptions } from '../components/sport-type-options'

const FIRST_YEAR = 2008

/** Sport and years for the heatmap and explorer tiles. */
export function MapFilterBar({
  filter,
  sportTypes,
  onChange,
}: {
  filter: MapFilterDto
  sportTypes: string[]
  onChange: (filter: MapFilterDto) => void
}) {
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i)
  const sport = filter.sportTypes?.[0] ?? ''
  return (
    <div className="map-filter-bar">
      <label>
        Sport
        <select
          value={sport}
          onChange={(e) =>
            onChange({ ...filter, sportTypes: e.target.value ? [e.target.value] : undefined })
          }
        >
          <SportTypeOptions sportTypes={sportTypes} />
        </select>
      </label>
      <YearBound
        label="From"
        empty="First year"
        years={years}
        value={filter.fromYear}
        onChange={(fromYear) => onChange({ ...filter, fromYear })}
      />
      <YearBound
        label="To"
        empty="This year"
        years={years}
        value={filter.toYear}
        onChange={(toYear) => onChange({ ...filter, toYear })}
      />
    </div>
  )
}

/** One end of the years shown; empty for no bound. */
function YearBound({
  label,
  empty,
  years,
  value,
  onChange,
}: {
  label: string
  empty: string
  years: readonly number[]
  value: number | undefined
  onChange: (year: number | undefined) => void
}) {
  return (
    <label>
      {label}
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      >
        <option value="">{empty}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  )
}
