import { useEffect, useState } from 'react'
import type { GearDto } from '../../../../shared/lab-dto'
import { errorMessage, getApi } from '../../api'
import { formatLocalDate } from '../../format/dates'
import {
  convertDistance,
  distanceUnitLabel,
  formatTotalDistance,
  formatTotalDuration,
  type Units,
} from '../../format/units'
import { usePreferences } from '../../preferences-context'
import { ActivityLink } from '../activity-link'
import { useLabData } from '../use-lab-data'

const KIND_LABEL: Record<GearDto['kind'], string> = { bike: 'Bike', shoes: 'Shoes', other: 'Gear' }

/** Distance and time per bike and pair of shoes, with a retirement distance and its warning. */
export function GearView() {
  const { state, data } = useLabData(() => getApi().lab.gear(), 'gear')
  const [gear, setGear] = useState<GearDto[] | null>(null)
  useEffect(() => setGear(data), [data])
  if (state.kind === 'error')
    return (
      <p role="alert" className="error">
        {state.message}
      </p>
    )
  if (!gear) return <p aria-busy="true">Loading gear…</p>
  if (gear.length === 0) {
    return (
      <p className="lab-empty">
        No activity names a bike or shoes yet. Gear comes from the activities Strava lists with it.
      </p>
    )
  }
  return (
    <div className="lab-view">
      <div className="lab-grid">
        {gear.map((item) => (
          <GearCard key={item.id} item={item} onChange={setGear} />
        ))}
      </div>
      <p className="note">
        Totals count the activities backed up here that name the gear; Strava’s own total may
        include activities from before your backup or entered elsewhere.
      </p>
    </div>
  )
}

function GearCard({ item, onChange }: { item: GearDto; onChange: (gear: GearDto[]) => void }) {
  const { units, dates } = usePreferences()
  const over = item.retireDistance !== null && item.distance >= item.retireDistance
  const share = item.retireDistance ? Math.min(1, item.distance / item.retireDistance) : null
  return (
    <section className={`lab-card lab-gear${over ? ' lab-gear-over' : ''}`} aria-label={item.name}>
      <header className="lab-card-head">
        <h3>
          {item.name} <span className="note">{KIND_LABEL[item.kind]}</span>
        </h3>
        <span className="lab-big">{formatTotalDistance(item.distance, units)}</span>
      </header>
      <p className="note">
        {item.activities.toLocaleString('en')} activities · {formatTotalDuration(item.movingTime)} ·
        first used {formatLocalDate(`${item.firstUsed}T00:00:00`, dates)} · last{' '}
        <ActivityLink activity={item.lastActivity}>
          {formatLocalDate(item.lastActivity.startDateLocal, dates)}
        </ActivityLink>
      </p>
      {share !== null && (
        <progress
          max={1}
          value={share}
          aria-label={`${Math.round(share * 100)} % of the retirement distance`}
        />
      )}
      {over && (
        <p className="lab-notice lab-notice-warn" role="status">
          Past its retirement distance of {formatTotalDistance(item.retireDistance ?? 0, units)}:
          time for new {item.kind === 'bike' ? 'parts' : item.kind === 'shoes' ? 'shoes' : 'gear'}.
        </p>
      )}
      <RetireField item={item} units={units} onChange={onChange} />
    </section>
  )
}

function RetireField({
  item,
  units,
  onChange,
}: {
  item: GearDto
  units: Units
  onChange: (gear: GearDto[]) => void
}) {
  const shown =
    item.retireDistance === null
      ? ''
      : String(Math.round(convertDistance(item.retireDistance, units)))
  const [text, setText] = useState(shown)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setText(shown), [shown])
  const unit = distanceUnitLabel(units)
  const save = async () => {
    const trimmed = text.trim()
    const value = trimmed === '' ? null : Number(trimmed)
    if (value !== null && !(Number.isFinite(value) && value > 0)) {
      setError(`Write a distance in ${unit}, or leave it empty for no warning.`)
      return
    }
    setError(null)
    try {
      const metres = value === null ? null : value * (units === 'imperial' ? 1609.344 : 1000)
      onChange(await getApi().lab.setGearRetirement({ gearId: item.id, distance: metres }))
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <form
      className="lab-inline-form"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <label>
        Retire at ({unit})
        <input
          inputMode="decimal"
          value={text}
          placeholder={item.kind === 'shoes' ? `e.g. ${units === 'imperial' ? 500 : 800}` : 'none'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit">Save</button>
      {error && <p className="field-error">{error}</p>}
    </form>
  )
}
