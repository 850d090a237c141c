import type { ActivityDetailDto } from '../../../shared/library-dto'
import {
  formatDistance,
  formatDuration,
  formatElevation,
  formatSpeed,
  splitLengthMetres,
  usesPace,
  type Units,
} from '../format/units'
import { NumberHeading, OptionalCells, OptionalHeadings } from './detail-table-cells'
import { splitsFor } from './splits'

/** One row per kilometre or mile, with a bar showing the speed of each. */
export function SplitsTable({ detail, units }: { detail: ActivityDetailDto; units: Units }) {
  const splits = splitsFor(detail, units)
  if (!splits || splits.rows.length < 2) return null
  const splitUnits: Units = splits.unit === 'mi' ? 'imperial' : 'metric'
  const fullLength = splitLengthMetres(splitUnits)
  const fastest = Math.max(...splits.rows.map((r) => r.averageSpeed ?? 0))
  const columns = {
    heartrate: splits.rows.some((r) => r.averageHeartrate !== null),
    elevation: splits.rows.some((r) => r.elevationDifference !== null),
  }
  const paceLabel = usesPace(detail.sportType) ? 'Pace' : 'Speed'
  return (
    <section className="detail-section" aria-labelledby="splits-title">
      <h3 id="splits-title" className="detail-section-title">
        Splits
        <span className="detail-section-note">
          per {splits.unit === 'mi' ? 'mile' : 'kilometre'}
          {splits.unit === 'km' && units === 'imperial' && ' (mile splits need streams)'}
        </span>
      </h3>
      <table className="detail-table splits-table">
        <thead>
          <tr>
            <th scope="col">{splits.unit}</th>
            <th scope="col" className="splits-bar-col">
              {paceLabel}
            </th>
            <NumberHeading>Time</NumberHeading>
            <OptionalHeadings columns={columns} />
          </tr>
        </thead>
        <tbody>
          {splits.rows.map((row) => {
            const partial = row.distance < fullLength * 0.98
            const share = fastest > 0 && row.averageSpeed ? row.averageSpeed / fastest : 0
            return (
              <tr key={row.split}>
                <th scope="row">
                  {partial
                    ? formatDistance(row.distance, splitUnits).replace(/ .*/, '')
                    : row.split}
                </th>
                <td className="splits-bar-col">
                  <div className="splits-bar-cell">
                    <span className="splits-bar">
                      <span
                        className="splits-bar-fill"
                        style={{ width: `${Math.round(share * 100)}%` }}
                      />
                    </span>
                    <span className="splits-pace">
                      {row.averageSpeed
                        ? formatSpeed(row.averageSpeed, detail.sportType, units)
                        : '–'}
                    </span>
                  </div>
                </td>
                <td className="num">{formatDuration(row.movingTime)}</td>
                <OptionalCells
                  columns={columns}
                  elevation={row.elevationDifference}
                  formatElevation={(metres) => signed(metres, units)}
                  heartrate={row.averageHeartrate}
                />
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

function signed(metres: number, units: Units): string {
  const text = formatElevation(Math.abs(metres), units)
  if (text.startsWith('0 ')) return text
  return `${metres < 0 ? '−' : '+'}${text}`
}
