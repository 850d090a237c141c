/**
 * The worker task behind the map explorer: from one activity's stored streams, everything the
 * maps keep of it (heatmap track, explorer tile keys, same-route summary), as plain data.
 */
import { decodeStreams, storedPositions, streamsJsonText } from '../db/streams-codec'
import { positionsOf, type Positions } from './geo'
import { encodeProjectedTrack } from './heat-track-codec'
import { coarseLevels, levelsOf, projectedTileKeys, projectPositions } from './heat-track'
import { latlngOf, streamDistance } from './latlng-stream'
import { positionsFromJson } from './latlng-text'
import { summarizePositions, type RouteSummary } from './route-summary'
import { encodeTileKeys } from './tile-key-bytes'

export interface MapTrackInput {
  id: number
  /** The stored deflated streams row, or null when the activity has none. */
  streams: Uint8Array | null
  /** The activity's distance in metres (its summary). */
  distance: number
}

export interface MapTrackOutput {
  heatTrack: Uint8Array | null
  /** The heat track without its finest level (heat-track.ts coarseLevels). */
  heatCoarse: Uint8Array | null
  tiles14: Uint8Array | null
  tiles17: Uint8Array | null
  route: RouteSummary | null
  distance: number
}

const NOTHING: Omit<MapTrackOutput, 'distance'> = {
  heatTrack: null,
  heatCoarse: null,
  tiles14: null,
  tiles17: null,
  route: null,
}

/**
 * The positions (and, when the activity has no distance of its own, the distance stream's last
 * value) of a stored streams row. Only the latlng part is read when it can be: straight from the
 * bytes of a compact row, from the text of a JSON one.
 */
function readTrack(
  bytes: Uint8Array | null,
  distance: number,
): { positions: Positions; distance: number } {
  if (!bytes) return { positions: new Float64Array(0), distance }
  const compact = storedPositions(bytes)
  if (compact) {
    return {
      positions: compact,
      distance: distance > 0 ? distance : streamDistance(decodeStreams(bytes)),
    }
  }
  const json = streamsJsonText(bytes)
  const fast = distance > 0 ? positionsFromJson(json) : null
  if (fast) return { positions: fast, distance }
  const streams = JSON.parse(json) as { latlng?: unknown; distance?: unknown }
  return {
    positions: positionsOf(latlngOf(streams)),
    distance: distance > 0 ? distance : streamDistance(streams),
  }
}

/** Decodes the streams here (in the worker) and prepares the track; no GPS gives nulls. */
export function prepareMapTrack(input: MapTrackInput): MapTrackOutput {
  const { positions, distance } = readTrack(input.streams, input.distance)
  const route = summarizePositions(input.id, positions, distance)
  if (!route) return { ...NOTHING, distance }
  const points = projectPositions(positions)
  const projected = levelsOf(points)
  return {
    heatTrack: encodeProjectedTrack(projected),
    heatCoarse: encodeProjectedTrack(coarseLevels(projected)),
    tiles14: encodeTileKeys(projectedTileKeys(points, 14)),
    tiles17: encodeTileKeys(projectedTileKeys(points, 17)),
    route,
    distance,
  }
}
