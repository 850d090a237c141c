import type { ActivityDetailDto } from '../../../shared/library-dto'
import {
  formatDistance,
  formatDuration,
  formatElevation,
  formatSpeed,
  usesPace,
  type Units,
} from '../format/units'
import { NumberCell, NumberHeading, OptionalCells, OptionalHeadings } from './detail-table-cells'

/** The laps the athlete pressed (or the watch made); one lap is the whole activity, so not shown. */
export function LapsTable({ detail, units }: { detail: ActivityDetailDto; units: Units }) {
  if (detail.laps.length < 2) return null
  const columns = {
    heartrate: detail.laps.some((lap) => lap.averageHeartrate !== null),
    elevation: detail.laps.some((lap) => lap.totalElevationGain !== null),
  }
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
            <NumberHeading>Distance</NumberHeading>
            <NumberHeading>Time</NumberHeading>
            <NumberHeading>{usesPace(detail.sportType) ? 'Pace' : 'Speed'}</NumberHeading>
            <OptionalHeadings columns={columns} />
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
              <NumberCell
                value={lap.averageSpeed || null}
                format={(speed) => formatSpeed(speed, detail.sportType, units)}
              />
              <OptionalCells
                columns={columns}
                elevation={lap.totalElevationGain}
                formatElevation={(metres) => formatElevation(metres, units)}
                heartrate={lap.averageHeartrate}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
