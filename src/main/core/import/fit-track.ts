import { readFitFile } from './fit-file'
import type { TrackPoint } from './track-points'

/**
 * Record messages of a FIT file as track points, checked against the file's CRC first. Times
 * counted from device power-on without an anchor in the file are left out (undefined).
 */
export function readFitTrack(bytes: Uint8Array): TrackPoint[] {
  return readFitFile(bytes).points
}
