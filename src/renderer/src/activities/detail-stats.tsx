import type {
  ActivityDetailDto,
  ActivityListItemDto,
  StreamData,
} from '../../../shared/library-dto'
import {
  formatDistance,
  formatDuration,
  formatElevation,
  formatSpeed,
  usesPace,
  type Units,
} from '../format/units'
import { cadenceMultiplier, cadenceUnit } from './sport'

interface Stat {
  label: string
  value: string
}

/** The headline numbers and the smaller facts below them; only what the activity has. */
export function DetailStats({
  item,
  detail,
  units,
}: {
  item: ActivityListItemDto
  detail: ActivityDetailDto | null
  units: Units
}) {
  const primary: Stat[] = []
  if (item.distance > 0)
    primary.push({ label: 'Distance', value: formatDistance(item.distance, units) })
  primary.push({ label: 'Moving time', value: formatDuration(item.movingTime) })
  if (item.distance > 0 && item.movingTime > 0) {
    primary.push({
      label: usesPace(item.sportType) ? 'Avg pace' : 'Avg speed',
      value: formatSpeed(item.distance / item.movingTime, item.sportType, units),
    })
  }
  if (item.distance > 0 || item.totalElevationGain > 0) {
    primary.push({
      label: 'Elevation gain',
      value: formatElevation(item.totalElevationGain, units),
    })
  }

  const secondary: Stat[] = [{ label: 'Elapsed time', value: formatDuration(item.elapsedTime) }]
  const heart = detail ? heartRate(detail) : null
  if (heart) {
    secondary.push({ label: 'Avg heart rate', value: `${Math.round(heart.average)} bpm` })
    if (heart.max !== null)
      secondary.push({ label: 'Max heart rate', value: `${Math.round(heart.max)} bpm` })
  }
  const watts = meanOf(detail?.streams?.watts, false)
  if (watts !== null) secondary.push({ label: 'Avg power', value: `${Math.round(watts)} W` })
  const cadence = meanOf(detail?.streams?.cadence, true)
  if (cadence !== null) {
    secondary.push({
      label: 'Avg cadence',
      value: `${Math.round(cadence * cadenceMultiplier(item.sportType))} ${cadenceUnit(item.sportType)}`,
    })
  }
  if (detail?.calories) {
    secondary.push({
      label: 'Calories',
      value: `${Math.round(detail.calories).toLocaleString('en')} kcal`,
    })
  }
  if (detail?.deviceName) secondary.push({ label: 'Device', value: detail.deviceName })
  if (detail?.gearName) secondary.push({ label: 'Gear', value: detail.gearName })

  return (
    <div className="detail-stats">
      <dl className="detail-stats-primary">
        {primary.map((stat) => (
          <div key={stat.label} className="stat">
            <dt>{stat.label}</dt>
            <dd>{stat.value}</dd>
          </div>
        ))}
      </dl>
      <dl className="detail-stats-secondary">
        {secondary.map((stat) => (
          <div key={stat.label} className="stat">
            <dt>{stat.label}</dt>
            <dd>{stat.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}

/** From the heart-rate stream when stored, else the laps' averages weighted by their time. */
function heartRate(detail: ActivityDetailDto): { average: number; max: number | null } | null {
  const stream = numbers(detail.streams?.heartrate)
  if (stream) {
    const beats = stream.filter((v) => v > 0)
    if (beats.length > 0) {
      return {
        average: beats.reduce((a, b) => a + b, 0) / beats.length,
        max: beats.reduce((a, b) => Math.max(a, b), 0),
      }
    }
  }
  const laps = detail.laps.filter((lap) => lap.averageHeartrate !== null && lap.movingTime > 0)
  if (laps.length === 0) return null
  const time = laps.reduce((sum, lap) => sum + lap.movingTime, 0)
  const weighted = laps.reduce((sum, lap) => sum + (lap.averageHeartrate ?? 0) * lap.movingTime, 0)
  const maxes = laps.map((lap) => lap.maxHeartrate).filter((v): v is number => v !== null)
  return { average: weighted / time, max: maxes.length > 0 ? Math.max(...maxes) : null }
}

function numbers(data: StreamData | undefined): number[] | null {
  return Array.isArray(data) && data.length > 0 && typeof data[0] === 'number'
    ? (data as number[])
    : null
}

function meanOf(data: StreamData | undefined, skipZero: boolean): number | null {
  const values = numbers(data)
  if (!values) return null
  let sum = 0
  let n = 0
  for (const v of values) {
    if (!Number.isFinite(v) || (skipZero && v === 0)) continue
    sum += v
    n++
  }
  return n > 0 && sum > 0 ? sum / n : null
}
