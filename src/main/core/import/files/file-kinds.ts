/** What a path names, by its name alone: an activity file, a ZIP (maybe a Strava export), or neither. */
import type { ActivityFileFormat } from '../activity-files/recorded-activity'

export type FileKind =
  | { kind: 'activity'; format: ActivityFileFormat; gzipped: boolean }
  | { kind: 'zip' }
  | { kind: 'other' }

const ACTIVITY = /\.(fit|gpx|tcx)(\.gz)?$/i

export function fileKindOf(name: string): FileKind {
  const match = ACTIVITY.exec(name)
  if (match) {
    const format = (match[1] as string).toLowerCase() as ActivityFileFormat
    return { kind: 'activity', format, gzipped: match[2] !== undefined }
  }
  return /\.zip$/i.test(name) ? { kind: 'zip' } : { kind: 'other' }
}

/**
 * Names no device or program writes as an activity: hidden files, and the `._name` AppleDouble
 * companions macOS leaves next to every file it copies onto a watch's FAT drive.
 */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.')
}
