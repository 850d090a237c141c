/**
 * The explorer's progress over time as a worker task: activities' tile keys in date order in,
 * the totals after each day out. One pass with the incremental accumulator.
 */
import type { ExplorerProgressPointDto } from '../../../shared/maps-dto'
import { createExplorerAccumulator } from './explorer-accumulator'
import { decodeTileKeys } from './tile-key-bytes'

export interface ProgressInput {
  zoom: number
  /** Oldest first: the local day and the stored tile keys of each activity. */
  activities: { day: string; tiles: Uint8Array }[]
}

/** One point per day with activities: the totals after that day. */
export function explorerProgressSeries(input: ProgressInput): ExplorerProgressPointDto[] {
  const accumulator = createExplorerAccumulator(input.zoom)
  const points: ExplorerProgressPointDto[] = []
  for (const { day, tiles } of input.activities) {
    const step = accumulator.addTiles(decodeTileKeys(tiles))
    const point = {
      date: day,
      visited: step.visited,
      maxSquare: step.maxSquare,
      maxCluster: step.maxCluster,
    }
    if (points.at(-1)?.date === day) points[points.length - 1] = point
    else points.push(point)
  }
  return points
}
