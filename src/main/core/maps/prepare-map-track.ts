/**
 * The worker task behind the map explorer: from one activity's stored streams, everything the
 * maps keep of it (heatmap track, explorer tile keys, same-route summary), as plain data.
 */
import { Buffer } from 'node:buffer'
import { decodeStreams } from '../db/streams-codec'
import { encodeProjectedTrack } from './heat-track-codec'
import { projectTrack } from './heat-track'
import { latlngOf, streamDistance } from './latlng-stream'
import { summarizeRoute, type RouteSummary } from './route-summary'
import { encodeTileKeys } from './tile-key-bytes'
import { trackTileKeys } from './track-tiles'

export interface MapTrackInput {
  id: number
  /** The stored deflated streams row, or null when the activity has none. */
  streams: Uint8Array | null
  /** The activity's distance in metres (its summary). */
  distance: number
}

export interface MapTrackOutput {
  heatTrack: Uint8Array | null
  tiles14: Uint8Array | null
  tiles17: Uint8Array | null
  route: RouteSummary | null
  distance: number
}

const NOTHING: Omit<MapTrackOutput, 'distance'> = {
  heatTrack: null,
  tiles14: null,
  tiles17: null,
  route: null,
}

/** Decodes the streams here (in the worker) and prepares the track; no GPS gives nulls. */
export function prepareMapTrack(input: MapTrackInput): MapTrackOutput {
  const streams = input.streams
    ? decodeStreams(
        Buffer.from(input.streams.buffer, input.streams.byteOffset, input.streams.byteLength),
      )
    : null
  const latlng = latlngOf(streams)
  const distance = input.distance > 0 ? input.distance : streamDistance(streams)
  const route = summarizeRoute(input.id, latlng, distance)
  if (!route) return { ...NOTHING, distance }
  return {
    heatTrack: encodeProjectedTrack(projectTrack(latlng)),
    tiles14: encodeTileKeys(trackTileKeys(latlng, 14)),
    tiles17: encodeTileKeys(trackTileKeys(latlng, 17)),
    route,
    distance,
  }
}
