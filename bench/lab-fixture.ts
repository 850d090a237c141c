/**
 * The lab benchmark's library: `count` activities over 15 years (rides and runs, a few a week),
 * each with 1 Hz streams of 1 to 4 hours (time, distance, power, heart rate), stored as the sync
 * stores them. Building it writes a few hundred megabytes, so it is kept in the temp folder and
 * reused while its version and size match.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { storeStreams, upsertSummaries } from '../src/main/core/db/activities-repo'
import { openDatabase, type OpenedDatabase } from '../src/main/core/db/open-database'
import type { StreamSet, SummaryActivity } from '../src/main/core/strava/activity-schemas'
import { generateDatasetPages } from '../test/strava-emulator'
import { seeded } from './maps-fixture'
import { toListedPage } from './ingest-bench'
import { EMBEDDED_MIGRATIONS } from '../src/main/core/db/migrations.generated'

const FIXTURE_VERSION = 2
export const FIFTEEN_YEARS_DAYS = 15 * 365
export const LAB_BENCH_END = Date.UTC(2026, 5, 1)

/** A ride or run of `seconds`: surges and a steady base, a stop, a heart rate that follows. */
export function syntheticStreams(index: number, seconds: number, ride: boolean): StreamSet {
  const random = seeded(90_000 + index)
  const time: number[] = []
  const distance: number[] = []
  const watts: number[] = []
  const heartrate: number[] = []
  const base = ride ? 170 + random() * 80 : 220 + random() * 60
  const stopAt = Math.floor(seconds * (0.3 + 0.4 * random()))
  let d = 0
  let hr = 95
  for (let t = 0; t < seconds; t++) {
    const stopped = t >= stopAt && t < stopAt + 240
    const surge = Math.floor(t / 420) % 5 === 0 && t % 420 < 90
    const power = stopped ? 0 : Math.max(0, base * (surge ? 1.45 : 1) + (random() - 0.5) * 60)
    const speed = stopped ? 0 : (ride ? 6 : 2.4) + power / (ride ? 90 : 160)
    d += speed
    hr += ((stopped ? 95 : 100 + power / 4) - hr) * 0.04
    time.push(t)
    distance.push(Math.round(d * 10) / 10)
    watts.push(Math.round(power))
    heartrate.push(Math.round(hr))
  }
  return { time, distance, watts, heartrate }
}

export interface LabFixture {
  database: OpenedDatabase
  /** Ids of the activities, newest first. */
  count: number
  dispose(): void
}

/** The activity `index` of the fixture's summaries: its start, sport and length. */
export function fixtureShape(index: number, count: number) {
  const random = seeded(70_000 + index)
  const startMs =
    LAB_BENCH_END - Math.round(((index + 0.5) / count) * FIFTEEN_YEARS_DAYS * 86_400_000)
  const ride = random() < 0.6
  const seconds = 3600 + Math.floor(random() * 3 * 3600)
  return { startMs, ride, seconds }
}

function summaryOf(listed: SummaryActivity, index: number, count: number): SummaryActivity {
  const { startMs, ride, seconds } = fixtureShape(index, count)
  const iso = new Date(startMs).toISOString().replace('.000Z', 'Z')
  return {
    ...listed,
    sport_type: ride ? 'Ride' : 'Run',
    type: ride ? 'Ride' : 'Run',
    start_date: iso,
    start_date_local: iso,
    moving_time: seconds - 240,
    elapsed_time: seconds,
    distance: ride ? seconds * 8 : seconds * 3,
  }
}

/** Opens (building it first when missing) a copy of the fixture with no lab figures in it. */
export function openLabFixture(count: number, log: (line: string) => void): LabFixture {
  const folder = join(tmpdir(), 'trailkeep-lab-bench')
  // A new migration means a new file: an old one would carry another schema history.
  const schema = EMBEDDED_MIGRATIONS.at(-1)?.tag ?? 'none'
  const file = join(folder, `library-v${FIXTURE_VERSION}-${schema}-${count}.sqlite`)
  if (!existsSync(file)) buildFixture(folder, file, count, log)
  const database = openDatabase(file)
  // From scratch: no derived figure survives from an earlier run.
  const sqlite = database.sqlite
  for (const table of [
    'derivations',
    'lab_mean_max',
    'lab_best_efforts',
    'lab_zone_times',
    'lab_activities',
    'athlete_thresholds',
  ]) {
    sqlite.prepare(`DELETE FROM ${table}`).run()
  }
  sqlite.prepare('DELETE FROM activities WHERE id = 42').run()
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  return { database, count, dispose: () => database.close() }
}

function buildFixture(
  folder: string,
  file: string,
  count: number,
  log: (line: string) => void,
): void {
  mkdirSync(folder, { recursive: true })
  const building = `${file}.building`
  rmSync(building, { force: true })
  const database = openDatabase(building)
  const started = Date.now()
  let index = 0
  for (const page of generateDatasetPages(7, count, LAB_BENCH_END, 200)) {
    const listed = toListedPage(page).map((summary, i) => summaryOf(summary, index + i, count))
    const { db } = database
    db.transaction(() => {
      upsertSummaries(db, listed, LAB_BENCH_END)
      listed.forEach((summary, i) => {
        const { ride, seconds } = fixtureShape(index + i, count)
        storeStreams(db, summary.id, syntheticStreams(index + i, seconds, ride), LAB_BENCH_END)
      })
    })
    index += page.length
    log(
      `  building the lab fixture: ${index} of ${count} (${Math.round((Date.now() - started) / 1000)} s)`,
    )
  }
  database.close()
  renameSync(building, file)
}
