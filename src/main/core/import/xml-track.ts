/**
 * GPX and TCX trackpoints, read in one streaming pass (see gpx-reader.ts and tcx-reader.ts):
 * any namespace prefix, trackpoints without a position kept (indoor TCX), every value with its
 * own sample, times without a zone read as UTC. No document tree is built.
 */
import { readGpx } from './gpx-reader'
import { readTcx } from './tcx-reader'
import type { TrackPoint } from './track-points'
import type { XmlInput } from './xml-walk'

/** Trackpoints of a GPX or TCX document; a document that is not XML or not that format throws. */
export function readXmlTrack(input: XmlInput, format: 'gpx' | 'tcx'): TrackPoint[] {
  return format === 'gpx' ? readGpx(input).points : readTcx(input).points
}
