import { useState } from 'react'
import { BestsView } from './bests/bests-view'
import { CalendarView } from './calendar/calendar-view'
import { CurvesView } from './curves/curves-view'
import { EddingtonView } from './eddington/eddington-view'
import { FitnessView } from './fitness/fitness-view'
import { GearView } from './gear/gear-view'
import { ReviewView } from './review/review-view'
import { ZonesView } from './zones/zones-view'
import './lab.css'

const VIEWS = [
  { id: 'fitness', label: 'Fitness', view: FitnessView },
  { id: 'bests', label: 'Best efforts', view: BestsView },
  { id: 'curves', label: 'Curves', view: CurvesView },
  { id: 'zones', label: 'Zones', view: ZonesView },
  { id: 'calendar', label: 'Calendar', view: CalendarView },
  { id: 'review', label: 'Year in review', view: ReviewView },
  { id: 'eddington', label: 'Eddington', view: EddingtonView },
  { id: 'gear', label: 'Gear', view: GearView },
] as const
type ViewId = (typeof VIEWS)[number]['id']

/** The view shown, so a trip to an activity and back finds the lab as it was. */
const remembered: { view: ViewId } = { view: 'fitness' }

export function resetLabScreen(): void {
  remembered.view = 'fitness'
}

/**
 * The performance lab: figures computed on this computer from the stored streams, each one
 * explained and leading to the activity it came from.
 */
export function LabScreen() {
  const [view, setView] = useState<ViewId>(remembered.view)
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]
  const View = current.view
  return (
    <section className="lab" aria-labelledby="lab-title">
      <header className="lab-header">
        <h1 id="lab-title">Lab</h1>
        <nav aria-label="Lab views" className="lab-nav">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              className="lab-nav-item"
              aria-current={v.id === view ? 'page' : undefined}
              onClick={() => {
                remembered.view = v.id
                setView(v.id)
              }}
            >
              {v.label}
            </button>
          ))}
        </nav>
      </header>
      <View />
    </section>
  )
}
