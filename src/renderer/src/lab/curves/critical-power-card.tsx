import type { CurveDto } from '../../../../shared/lab-dto'
import { formatCurveDuration } from '../lab-format'

/** CP and W′ of each curve, with their standard errors and how well the model fits. */
export function CriticalPowerCard({
  curves,
}: {
  curves: { label: string; curve: CurveDto | null }[]
}) {
  return (
    <section className="lab-card" aria-labelledby="lab-cp-title">
      <header className="lab-card-head">
        <h3 id="lab-cp-title">Critical power and W′</h3>
      </header>
      <table className="lab-table lab-table-compact">
        <thead>
          <tr>
            <th scope="col">Curve</th>
            <th scope="col">Critical power</th>
            <th scope="col">W′</th>
            <th scope="col">Fit</th>
          </tr>
        </thead>
        <tbody>
          {curves.map(({ label, curve }) => {
            const cp = curve?.criticalPower
            return (
              <tr key={label}>
                <th scope="row">{label}</th>
                {cp?.kind === 'fit' ? (
                  <>
                    <td>
                      {Math.round(cp.criticalPower)} ± {Math.round(cp.criticalPowerError)} W
                    </td>
                    <td>
                      {(cp.wPrime / 1000).toFixed(1)} ± {(cp.wPrimeError / 1000).toFixed(1)} kJ
                    </td>
                    <td>
                      {cp.points.length} points ({formatCurveDuration(cp.points[0]?.seconds ?? 0)}–
                      {formatCurveDuration(cp.points.at(-1)?.seconds ?? 0)}), typically{' '}
                      {cp.rmseWatts.toFixed(1)} W from the model
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="note">
                    {cp?.kind === 'refused' ? cp.reason : 'No power in this period.'}
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="lab-explain">
        The linear work–time model (Monod &amp; Scherrer): the work of each best effort from 2 to 20
        minutes, power × time, on a straight line CP × time + W′ fitted by least squares. ± are the
        standard errors of the fit; a curve made of one hard day and easy rides fits badly and says
        so.
      </p>
    </section>
  )
}
