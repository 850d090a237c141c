import { useId, useMemo } from 'react'
import type { ActivityDetailDto } from '../../../shared/library-dto'
import type { Units } from '../format/units'
import { buildChartData } from './chart-data'
import type { CursorStore } from './cursor-store'
import { StreamChart } from './stream-chart'
import { useColorScheme } from './use-color-scheme'

/** Elevation, pace or speed, heart rate, cadence and power over distance: the ones recorded. */
export function ActivityCharts({
  detail,
  units,
  cursor,
}: {
  detail: ActivityDetailDto
  units: Units
  cursor: CursorStore
}) {
  const scheme = useColorScheme()
  const syncKey = useId()
  const data = useMemo(
    () => (detail.streams ? buildChartData(detail.streams, detail.sportType, units) : null),
    [detail.streams, detail.sportType, units],
  )
  if (!data) return null
  return (
    <section className="detail-section" aria-labelledby={`${syncKey}-title`}>
      <h3 id={`${syncKey}-title`} className="detail-section-title">
        Charts
        <span className="detail-section-note">{data.xLabel}</span>
      </h3>
      <div className="stream-charts" onMouseLeave={() => cursor.set(null)}>
        {data.series.map((series) => (
          <StreamChart
            key={series.kind}
            data={data}
            series={series}
            syncKey={syncKey}
            scheme={scheme}
            onHover={cursor.set}
          />
        ))}
      </div>
    </section>
  )
}
