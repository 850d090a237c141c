import { ActivityLink } from '../activity-link'
import { formatCurveDuration, formatCurveValue } from '../lab-format'
import type { CurveLinesProps } from './curve-chart'

const KEY_DURATIONS = [1, 5, 15, 30, 60, 300, 600, 1200, 3600, 7200, 18_000]

/** The curves' values at the usual durations, each leading to its activity. */
export function CurveTable({ stream, lines, units }: CurveLinesProps) {
  return (
    <div className="lab-table-wrap">
      <table className="lab-table">
        <caption>Best values held, and the activity each came from</caption>
        <thead>
          <tr>
            <th scope="col">Held for</th>
            {lines.map((l) => (
              <th key={l.label} scope="col">
                {l.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KEY_DURATIONS.map((seconds) => (
            <tr key={seconds}>
              <th scope="row">{formatCurveDuration(seconds)}</th>
              {lines.map((line) => {
                const point = line.curve?.points.find((p) => p.seconds === seconds)
                return (
                  <td key={line.label}>
                    {point ? (
                      <ActivityLink activity={point.activity}>
                        {formatCurveValue(stream, point.value, units)}
                      </ActivityLink>
                    ) : (
                      <span className="note">–</span>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
