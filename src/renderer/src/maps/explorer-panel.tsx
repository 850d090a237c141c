import { useEffect, useMemo, useState } from 'react'
import type {
  ExplorerProgressPointDto,
  ExplorerStatsDto,
  MapFilterDto,
} from '../../../shared/maps-dto'
import { getApi } from '../api'
import { TimeChart } from './time-chart'

/** The explorer's zoom, its figures, a legend and the progress over time. */
export function ExplorerPanel({
  zoom,
  onZoom,
  stats,
  filter,
  version,
}: {
  zoom: 14 | 17
  onZoom: (zoom: 14 | 17) => void
  stats: ExplorerStatsDto | null
  filter: MapFilterDto
  version: number
}) {
  const [progress, setProgress] = useState<ExplorerProgressPointDto[] | null>(null)
  useEffect(() => {
    let live = true
    getApi()
      .maps.explorerProgress({ zoom, filter })
      .then(
        (points) => live && setProgress(points),
        () => undefined,
      )
    return () => {
      live = false
    }
  }, [zoom, filter, version])
  const chart = useMemo(() => {
    if (!progress || progress.length < 2) return null
    return {
      dates: progress.map((p) => Date.parse(`${p.date}T12:00:00Z`) / 1000),
      series: [
        { label: 'Visited', color: '#2563eb', values: progress.map((p) => p.visited) },
        { label: 'Cluster', color: '#7c3aed', values: progress.map((p) => p.maxCluster) },
      ],
    }
  }, [progress])
  return (
    <div className="explorer-panel">
      <div className="map-toggle" role="group" aria-label="Tile zoom">
        {([14, 17] as const).map((z) => (
          <button
            key={z}
            type="button"
            className="map-toggle-option"
            aria-pressed={zoom === z}
            onClick={() => onZoom(z)}
          >
            Zoom {z} {z === 14 ? '(≈1.5 km)' : '(≈200 m)'}
          </button>
        ))}
      </div>
      <dl className="explorer-stats" aria-label="Explorer figures">
        <div>
          <dt>Visited tiles</dt>
          <dd>{stats ? stats.visited.toLocaleString('en') : '…'}</dd>
        </div>
        <div>
          <dt>Max square</dt>
          <dd>{stats ? `${stats.maxSquare} × ${stats.maxSquare}` : '…'}</dd>
        </div>
        <div>
          <dt>Max cluster</dt>
          <dd>{stats ? stats.maxCluster.toLocaleString('en') : '…'}</dd>
        </div>
      </dl>
      <ul className="explorer-legend" aria-label="Legend">
        <li className="key-visited">Visited</li>
        <li className="key-cluster">Cluster (all four neighbours visited)</li>
        <li className="key-square">Max square</li>
      </ul>
      {chart && (
        <>
          <h3 className="maps-heading">Progress</h3>
          <TimeChart
            dates={chart.dates}
            series={chart.series}
            description="Visited tiles and the max cluster over time"
            formatValue={(v) => Math.round(v).toLocaleString('en')}
            height={160}
          />
        </>
      )}
    </div>
  )
}
