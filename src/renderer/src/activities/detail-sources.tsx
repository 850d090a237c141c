import type { ActivityDetailDto, FieldOriginDto } from '../../../shared/library-dto'

const FROM: Record<FieldOriginDto, string> = {
  strava: 'From Strava',
  export: 'From your Strava export',
  file: 'From your file',
}

/**
 * Where each part of the activity came from, in one small line: "From Strava: summary,
 * description · From your file: GPS and sensor data, laps, device".
 */
export function DetailSources({ detail }: { detail: ActivityDetailDto }) {
  const { origins } = detail
  const parts: [string, FieldOriginDto | null][] = [
    ['summary', detail.source],
    ['GPS and sensor data', origins.streams],
    ['description', origins.description],
    ['laps', origins.laps],
    ['device', origins.device],
    ['gear', origins.gear],
    ['calories', origins.calories],
  ]
  const groups = (['strava', 'export', 'file'] as const)
    .map((origin) => ({
      origin,
      names: parts.filter(([, from]) => from === origin).map(([name]) => name),
    }))
    .filter((g) => g.names.length > 0)
  return (
    <p className="detail-sources">
      {groups.map((g, i) => (
        <span key={g.origin} className={`detail-source detail-source-${g.origin}`}>
          {i > 0 && ' · '}
          {FROM[g.origin]}: {g.names.join(', ')}
        </span>
      ))}
      {detail.hasOriginal && <span>{groups.length > 0 && ' · '}original file kept</span>}
    </p>
  )
}
