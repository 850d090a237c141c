import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { databasePath } from '../../../src/main/core/config/data-dir'
import {
  markDeletedOnStrava,
  storeStreams,
  upsertSummaries,
} from '../../../src/main/core/db/activities-repo'
import { openDatabase } from '../../../src/main/core/db/open-database'
import {
  summaryActivitySchema,
  type StreamSet,
  type SummaryActivity,
} from '../../../src/main/core/strava/activity-schemas'
import { captureIo } from '../../helpers/harness'
import { generateDataset } from '../../strava-emulator'
import { toSummary } from '../../strava-emulator/representation'
import { generateStreams } from '../../strava-emulator/streams'

const NOW = Date.UTC(2026, 5, 1, 12)
const DELETED_AT = NOW + 60_000
const CONTRACT_KEYS = [
  'id',
  'name',
  'sportType',
  'startDate',
  'distance',
  'movingTime',
  'elapsedTime',
  'totalElevationGain',
  'deletedAt',
  'hasStreams',
  'source',
].sort()

const ACTIVITIES = generateDataset(11, 60, NOW).map((a, i) =>
  i === 20 ? { ...a, name: 'Red \u001b[31malert\u001b[0m\u202e run' } : a,
)
const SUMMARIES: SummaryActivity[] = ACTIVITIES.map((a) =>
  summaryActivitySchema.parse(toSummary(a)),
)
const GONE = [SUMMARIES[1], SUMMARIES[40]].map((s) => (s as SummaryActivity).id)
const STREAMED = ACTIVITIES.find((a) => !a.manual && a.distance > 0)

let dataDir: string
let env: NodeJS.ProcessEnv
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'trailkeep-cli-list-'))
  env = { TRAILKEEP_DATA_DIR: dataDir }
})
afterEach(() => rmSync(dataDir, { recursive: true, force: true }))

function fillLibrary() {
  const { db, close } = openDatabase(databasePath(dataDir))
  try {
    db.transaction(() => upsertSummaries(db, SUMMARIES, NOW))
    markDeletedOnStrava(db, GONE, DELETED_AT)
    if (STREAMED) storeStreams(db, STREAMED.id, generateStreams(STREAMED) as StreamSet, NOW)
  } finally {
    close()
  }
}

async function list(args: string[]) {
  const cli = captureIo(env)
  const code = await runCli(['list', ...args], cli.io)
  return { code, stdout: cli.stdout(), stderr: cli.stderr() }
}

async function listJson(args: string[] = []) {
  const { code, stdout, stderr } = await list(['--json', ...args])
  expect(code, stderr).toBe(0)
  expect(stdout.endsWith('\n')).toBe(true)
  return JSON.parse(stdout) as Record<string, unknown>[]
}

const startMs = (s: SummaryActivity) => Date.parse(s.start_date)
const newestFirst = (keep: (s: SummaryActivity) => boolean) =>
  SUMMARIES.filter(keep)
    .sort((a, b) => startMs(b) - startMs(a) || b.id - a.id)
    .map((s) => s.id)

describe('trailkeep list --json', () => {
  it('prints every live activity newest first, in exactly the contract shape', async () => {
    fillLibrary()
    const items = await listJson()
    expect(items.map((i) => i.id)).toEqual(newestFirst((s) => !GONE.includes(s.id)))
    for (const item of items) expect(Object.keys(item).sort()).toEqual(CONTRACT_KEYS)
    const first = SUMMARIES.find((s) => s.id === items[0]?.id) as SummaryActivity
    expect(items[0]).toEqual({
      id: first.id,
      name: first.name,
      sportType: first.sport_type,
      startDate: new Date(first.start_date).toISOString(),
      distance: first.distance,
      movingTime: first.moving_time,
      elapsedTime: first.elapsed_time,
      totalElevationGain: first.total_elevation_gain,
      deletedAt: null,
      hasStreams: first.id === STREAMED?.id,
      source: 'strava',
    })
    expect(items.every((i) => typeof i.id === 'number' && (i.id as number) > 2 ** 32)).toBe(true)
    expect(items.filter((i) => i.hasStreams).map((i) => i.id)).toEqual([STREAMED?.id])
  })

  it('lists activities deleted on Strava only with --include-deleted', async () => {
    fillLibrary()
    const items = await listJson(['--include-deleted'])
    expect(items).toHaveLength(SUMMARIES.length)
    for (const item of items) {
      expect(item.deletedAt).toBe(
        GONE.includes(item.id as number) ? new Date(DELETED_AT).toISOString() : null,
      )
    }
  })

  it('filters by sport, dates (after inclusive, before exclusive) and name', async () => {
    fillLibrary()
    const live = (s: SummaryActivity) => !GONE.includes(s.id)
    const runs = await listJson(['--sport', 'Run'])
    expect(runs.map((i) => i.id)).toEqual(newestFirst((s) => live(s) && s.sport_type === 'Run'))
    const twoSports = await listJson(['--sport', 'Run', '--sport', 'Ride'])
    expect(new Set(twoSports.map((i) => i.sportType))).toEqual(new Set(['Run', 'Ride']))

    const pivot = SUMMARIES[10] as SummaryActivity
    const at = new Date(startMs(pivot)).toISOString()
    const after = await listJson(['--after', at])
    const before = await listJson(['--before', at])
    expect(after.map((i) => i.id)).toContain(pivot.id)
    expect(before.map((i) => i.id)).not.toContain(pivot.id)
    expect(after.length + before.length).toBe(SUMMARIES.length - GONE.length)

    const year = await listJson(['--after', '2025-01-01', '--before', '2026-01-01'])
    expect(year.map((i) => i.id)).toEqual(
      newestFirst(
        (s) => live(s) && startMs(s) >= Date.UTC(2025, 0, 1) && startMs(s) < Date.UTC(2026, 0, 1),
      ),
    )
    const searched = await listJson(['--search', 'DROP TABLE'])
    expect(searched.map((i) => i.name)).toEqual(["Robert'); DROP TABLE activities;--"])
  })

  it('prints an empty array for an empty library', async () => {
    const { code, stdout } = await list(['--json'])
    expect(code).toBe(0)
    expect(stdout).toBe('[]\n')
  })
})

describe('trailkeep list (table)', () => {
  it('prints an aligned table with a header and one line per activity', async () => {
    fillLibrary()
    const { code, stdout, stderr } = await list([])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1 + SUMMARIES.length - GONE.length)
    const header = lines[0] as string
    expect(header).toMatch(/^DATE \(LOCAL\)\s+SPORT\s+DISTANCE\s+MOVING\s+ELEV\s+ID\s+FROM\s+NAME$/)
    // Right-aligned numeric columns end where their titles end, on every line.
    for (const title of ['DISTANCE', 'MOVING', 'ELEV', 'ID']) {
      const end = header.indexOf(title) + title.length
      for (const line of lines.slice(1)) expect(line[end - 1], `${title}: ${line}`).not.toBe(' ')
      for (const line of lines.slice(1)) expect(line[end], `${title}: ${line}`).toBe(' ')
    }
    const newest = SUMMARIES.find((s) => s.id === newestFirst((x) => !GONE.includes(x.id))[0])
    expect(lines[1]).toContain(String(newest?.id))
    expect(lines[1]).toContain(`${((newest?.distance ?? 0) / 1000).toFixed(2)} km`)
    expect(stderr).toBe(`${SUMMARIES.length - GONE.length} activities\n`)
  })

  it('keeps terminal escapes in names out of the output and marks deleted activities', async () => {
    fillLibrary()
    const { stdout } = await list(['--include-deleted'])
    expect(stdout.includes('\u001b') || stdout.includes('\u202e')).toBe(false)
    expect(stdout).toContain('Red \ufffdalert\ufffd\ufffd run')
    expect(stdout.match(/\[deleted on Strava\]/g)).toHaveLength(GONE.length)
  })

  it('says so on stderr when nothing matches', async () => {
    fillLibrary()
    const { code, stdout, stderr } = await list(['--sport', 'Curling'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toBe('No activities match.\n')
  })
})

describe('trailkeep list with bad flags', () => {
  it('exits 2 with one sentence and touches nothing', async () => {
    const bad: [string[], RegExp][] = [
      [['--after', 'yesterday'], /^--after must be a date like 2024-05-01/],
      [['--before', '2024-13-01'], /^--before must be a date/],
      [['--after', '2024-05-01T06:30'], /^--after must be a date/],
      [['--after', ''], /^--after must be a date/],
      [['--search', 'x'.repeat(201)], /^--search must be at most 200 characters\.$/],
      [['--sport', ''], /^--sport must be a sport type/],
      [['--frobnicate'], /Run `trailkeep list --help` for usage\.$/],
      [['--sport'], /Run `trailkeep list --help` for usage\.$/],
      [['Run'], /Run `trailkeep list --help` for usage\.$/],
    ]
    for (const [args, message] of bad) {
      const { code, stdout, stderr } = await list(['--json', ...args])
      expect(code, args.join(' ')).toBe(2)
      expect(stdout, args.join(' ')).toBe('')
      expect(stderr.split('\n'), args.join(' ')).toHaveLength(2)
      expect(stderr.trim(), args.join(' ')).toMatch(message)
      expect(stderr.trim(), args.join(' ')).toMatch(/\.$/)
    }
  })

  it('prints usage with --help', async () => {
    const { code, stdout } = await list(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: trailkeep list \[--json\]/)
  })
})
