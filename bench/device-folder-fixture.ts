/**
 * Fixtures for the device-file benchmarks: the emulator's activities as a watch and apps leave
 * them on disk (60% FIT with a session, 25% GPX, 15% TCX, full one-second recordings, in
 * monthly subfolders), and Strava's bulk export of the same activities built from those files
 * (FIT gzipped as Strava keeps uploads), so the connected benchmark imports what Strava serves.
 */
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { gzipSync } from 'node:zlib'
import yazl from 'yazl'
import { gpxDocument, tcxDocument } from '../test/helpers/device-files'
import { deviceFitOf, recordedSamples } from '../test/helpers/device-library'
import { activitiesCsv, csvRowOf, type CsvActivity } from '../test/helpers/strava-export-fixture'
import type { EmulatorActivity } from '../test/strava-emulator'

type Kind = 'fit' | 'gpx' | 'tcx'

function kindOf(index: number): Kind {
  const slot = index % 20
  return slot < 12 ? 'fit' : slot < 17 ? 'gpx' : 'tcx'
}

const GPX_TYPES: Record<string, string> = { Run: 'running', Ride: 'cycling', Walk: 'walking' }
const TCX_SPORTS: Record<string, string> = { Run: 'Running', Ride: 'Biking' }

export interface DeviceFile {
  activity: EmulatorActivity
  path: string
  kind: Kind
}

/** Writes a file for every recorded activity under `dir`; returns them (manual ones have none). */
export function writeDeviceFolder(
  dir: string,
  activities: readonly EmulatorActivity[],
): DeviceFile[] {
  const files: DeviceFile[] = []
  activities.forEach((activity, i) => {
    const samples = recordedSamples(activity)
    if (!samples || samples.length < 2) return
    const kind = kindOf(i)
    const folder = join(dir, activity.start_date.slice(0, 7))
    mkdirSync(folder, { recursive: true })
    const path = join(folder, `${activity.id}.${kind}`)
    if (kind === 'fit') writeFileSync(path, deviceFitOf(activity) as Uint8Array)
    else if (kind === 'gpx') {
      const type = GPX_TYPES[activity.sport_type]
      writeFileSync(path, gpxDocument([{ type, segments: [samples] }]))
    } else {
      const sport = TCX_SPORTS[activity.sport_type] ?? 'Other'
      const startMs = samples[0]?.timeMs as number
      writeFileSync(path, tcxDocument(sport, [{ startMs, tracks: [samples] }]))
    }
    files.push({ activity, path, kind })
  })
  return files
}

/** Strava's export of `activities`, its originals the device files (FIT gzipped). */
export async function writeExportOf(
  archive: string,
  activities: readonly EmulatorActivity[],
  files: readonly DeviceFile[],
): Promise<void> {
  const byId = new Map(files.map((f) => [f.activity.id, f]))
  const zip = new yazl.ZipFile()
  const written = pipeline(zip.outputStream, createWriteStream(archive))
  const rows: CsvActivity[] = activities.map((activity, i) => {
    const file = byId.get(activity.id)
    let filename = ''
    if (file?.kind === 'fit') {
      filename = `activities/${3_000_000_000 + i}.fit.gz`
      zip.addBuffer(gzipSync(readFileSync(file.path)), filename, { compress: false })
    } else if (file) {
      filename = `activities/${3_000_000_000 + i}.${file.kind}`
      zip.addFile(file.path, filename)
    }
    return csvRowOf(activity, filename)
  })
  zip.addBuffer(Buffer.from(activitiesCsv(rows)), 'activities.csv')
  zip.end()
  await written
}
