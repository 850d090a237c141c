import type { MapFilterDto } from '../../../shared/maps-dto'
import { sportLabel } from '../../../shared/sport-label'

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
  const year = (value: string) => (value === '' ? undefined : Number(value))
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
          <option value="">All sports</option>
          {sportTypes.map((type) => (
            <option key={type} value={type}>
              {sportLabel(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <select
          value={filter.fromYear ?? ''}
          onChange={(e) => onChange({ ...filter, fromYear: year(e.target.value) })}
        >
          <option value="">First year</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        To
        <select
          value={filter.toYear ?? ''}
          onChange={(e) => onChange({ ...filter, toYear: year(e.target.value) })}
        >
          <option value="">This year</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
