import type { ActivityLabDto, ZoneTimesDto } from '../../../shared/lab-dto'
import { getApi } from '../api'
import { formatDuration, type Units } from '../format/units'
import {
  effortDistanceLabel,
  effortFamily,
  formatEffortPace,
  formatEffortTime,
  formatScore,
} from '../lab/lab-format'
import { StressNote } from '../lab/stress-note'
import { useLabData } from '../lab/use-lab-data'
import '../lab/lab.css'

const BASIS_LABEL: Record<ZoneTimesDto['basis'], string> = {
  heartrate: 'Heart rate',
  power: 'Power',
  pace: 'Pace',
}

/** What the lab found in one activity: its stress score explained, best efforts, time in zones. */
export function ActivityPerformance({
  activityId,
  sportType,
  units,
}: {
  activityId: number
  sportType: string
  units: Units
}) {
  const { data } = useLabData(() => getApi().lab.activity({ id: activityId }), String(activityId))
  if (!data) return null
  return (
    <section
      className="detail-section activity-performance"
      aria-labelledby="activity-performance-title"
    >
      <h3 id="activity-performance-title" className="detail-section-title">
        Performance
        {data.stress && data.stress.method !== 'unscored' && (
          <span className="detail-section-note">
            Stress score{' '}
            <strong className="performance-score">{formatScore(data.stress.score)}</strong>
          </span>
        )}
      </h3>
      {data.analysed ? (
        <StressNote stress={data.stress} />
      ) : (
        <p className="lab-explain">
          Trailkeep analyses this activity in the background; its figures appear here shortly.
        </p>
      )}
      {data.efforts.length > 0 && <Efforts data={data} sportType={sportType} units={units} />}
      {data.zones.map((zones) => (
        <ZoneBar key={zones.basis} zones={zones} units={units} />
      ))}
    </section>
  )
}

function Efforts({
  data,
  sportType,
  units,
}: {
  data: ActivityLabDto
  sportType: string
  units: Units
}) {
  const family = effortFamily(sportType)
  return (
    <table className="lab-table lab-table-compact performance-efforts">
      <caption>Best efforts in this activity</caption>
      <thead>
        <tr>
          <th scope="col">Distance</th>
          <th scope="col">Time</th>
          <th scope="col">{family === 'ride' ? 'Speed' : 'Pace'}</th>
          <th scope="col">Ever</th>
        </tr>
      </thead>
      <tbody>
        {data.efforts.map((e) => (
          <tr key={e.distance}>
            <th scope="row">{effortDistanceLabel(e.distance)}</th>
            <td>{formatEffortTime(e.seconds)}</td>
            <td>{formatEffortPace(e.distance, e.seconds, family, units)}</td>
            <td>
              {e.rank === 1 ? (
                <span className="badge badge-record">Fastest ever</span>
              ) : e.recordWhenSet ? (
                <span className="badge badge-record-then">Record when set · now #{e.rank}</span>
              ) : (
                <span className="note">#{e.rank}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function ZoneBar({ zones, units }: { zones: ZoneTimesDto; units: Units }) {
  const total = zones.zones.reduce((sum, z) => sum + z.seconds, 0)
  if (total === 0) return null
  const threshold =
    zones.basis === 'heartrate'
      ? `${Math.round(zones.threshold)} bpm`
      : zones.basis === 'power'
        ? `${Math.round(zones.threshold)} W`
        : units === 'imperial'
          ? `${formatDuration(zones.threshold * 1.609344)} /mi`
          : `${formatDuration(zones.threshold)} /km`
  return (
    <div className="performance-zones">
      <p className="lab-explain">
        <strong>{BASIS_LABEL[zones.basis]} zones</strong>, {zones.model}, threshold {threshold}
      </p>
      <div
        className="zone-bar"
        role="img"
        aria-label={zones.zones.map((z) => `${z.name} ${formatDuration(z.seconds)}`).join(', ')}
      >
        {zones.zones.map((z, i) =>
          z.seconds > 0 ? (
            <span
              key={z.name}
              style={{ flexGrow: z.seconds, background: `var(--zone-${i + 1})` }}
              title={`${z.name}: ${formatDuration(z.seconds)}`}
            />
          ) : null,
        )}
      </div>
      <ul className="zone-legend">
        {zones.zones.map((z, i) => (
          <li key={z.name}>
            <span className="lab-swatch" style={{ background: `var(--zone-${i + 1})` }} /> {z.name}{' '}
            <span className="note">{formatDuration(z.seconds)}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
