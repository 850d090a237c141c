import type { ActivityDetailDto } from '../../../shared/library-dto'
import {
  formatDistance,
  formatDuration,
  formatElevation,
  formatSpeed,
  usesPace,
  type Units,
} from '../format/units'

/** The laps the athlete pressed (or the watch made); one lap is the whole activity, so not shown. */
export function LapsTable({ detail, units }: { detail: ActivityDetailDto; units: Units }) {
  if (detail.laps.length < 2) return null
  const hasHeartrate = detail.laps.some((lap) => lap.averageHeartrate !== null)
  const hasElevation = detail.laps.some((lap) => lap.totalElevationGain !== null)
  return (
    <section className="detail-section" aria-labelledby="laps-title">
      <h3 id="laps-title" className="detail-section-title">
        Laps
        <span className="detail-section-note">{detail.laps.length} laps</span>
      </h3>
      <table className="detail-table laps-table">
        <thead>
          <tr>
            <th scope="col">Lap</th>
            <th scope="col" className="num">
              Distance
            </th>
            <th scope="col" className="num">
              Time
            </th>
            <th scope="col" className="num">
              {usesPace(detail.sportType) ? 'Pace' : 'Speed'}
            </th>
            {hasElevation && (
              <th scope="col" className="num">
                Elev
              </th>
            )}
            {hasHeartrate && (
              <th scope="col" className="num">
                HR
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {detail.laps.map((lap) => (
            <tr key={lap.index}>
              <th scope="row" className="laps-name">
                {lap.name}
              </th>
              <td className="num">{formatDistance(lap.distance, units)}</td>
              <td className="num">{formatDuration(lap.movingTime)}</td>
              <td className="num">
                {lap.averageSpeed ? formatSpeed(lap.averageSpeed, detail.sportType, units) : '–'}
              </td>
              {hasElevation && (
                <td className="num">
                  {lap.totalElevationGain === null
                    ? '–'
                    : formatElevation(lap.totalElevationGain, units)}
                </td>
              )}
              {hasHeartrate && (
                <td className="num">
                  {lap.averageHeartrate === null ? '–' : Math.round(lap.averageHeartrate)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
