import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import type { CoreParts } from '../../../src/main/core/create-core'
import { readStreams } from '../../../src/main/core/db/activities-repo'
import { exportActivities } from '../../../src/main/core/export/export-activities'
import { CSV_COLUMNS } from '../../../src/main/core/export/csv-columns'
import type { StoredActivity } from '../../../src/main/core/export/stored-activities'
import { idInName, iso, useExportLibrary } from '../../helpers/export-library'
import { captureIo, type Harness } from '../../helpers/harness'

let h: Harness
let core: CoreParts
let library: StoredActivity[]
const { freshDir, exportTo } = useExportLibrary((ready) => {
  h = ready.harness
  core = ready.core
  library = ready.library
})

describe('CSV and JSON export', () => {
  it('writes one CSV row per activity with the documented columns', async () => {
    const { result, outDir } = await exportTo('csv')
    expect(result.written).toBe(1)
    const [file] = readdirSync(outDir)
    expect(file).toMatch(/^trailkeep-activities_\d{4}-\d\d-\d\d_\d{4}\.csv$/)
    const text = readFileSync(join(outDir, file as string), 'utf8')
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0] ?? {})).toEqual(CSV_COLUMNS.map(([name]) => name))
    const docs = readFileSync(new URL('../../../docs/export-formats.md', import.meta.url), 'utf8')
    for (const [name] of CSV_COLUMNS) expect(docs, name).toContain(`\`${name}\``)
    expect(rows.map((r) => Number(r.id))).toEqual(library.map((a) => a.id))
    for (const [i, row] of rows.entries()) {
      const a = library[i] as StoredActivity
      expect(row.name).toBe(a.name)
      expect(row.sport_type).toBe(a.sportType)
      expect(Number(row.distance_m)).toBe(a.distance)
      expect(Number(row.moving_time_s)).toBe(a.movingTime)
      expect(Number(row.elapsed_time_s)).toBe(a.elapsedTime)
      expect(Number(row.total_elevation_gain_m)).toBe(a.totalElevationGain)
      expect(row.start_date_utc).toBe(a.summary.start_date)
      expect(row.start_date_local).toBe(String(a.summary.start_date_local).replace('Z', ''))
      expect(row.average_heartrate_bpm).toBe(
        a.summary.average_heartrate === undefined ? '' : String(a.summary.average_heartrate),
      )
      expect(row.calories_kcal).toBe(String(a.detail?.calories))
      expect(row.manual).toBe(String(a.isManual))
      expect(row.has_streams).toBe(String(a.streamsState === 'stored'))
      expect(row.description).toBe((a.detail?.description as string | null) ?? '')
      expect(row.strava_url).toBe(`https://www.strava.com/activities/${a.id}`)
    }
  })

  it('neutralizes spreadsheet formulas in names', async () => {
    const target = library[0] as StoredActivity
    core.database.sqlite
      .prepare('UPDATE activities SET name = ? WHERE id = ?')
      .run('=HYPERLINK("x")', target.id)
    try {
      const { outDir } = await exportTo('csv', { ids: [target.id] })
      const text = readFileSync(join(outDir, readdirSync(outDir)[0] as string), 'utf8')
      const [row] = parseCsv(text, { columns: true }) as Record<string, string>[]
      expect(row?.name).toBe(`'=HYPERLINK("x")`)
    } finally {
      core.database.sqlite
        .prepare('UPDATE activities SET name = ? WHERE id = ?')
        .run(target.name, target.id)
    }
  })

  it('writes a JSON archive of everything stored', async () => {
    const { outDir } = await exportTo('json')
    const [file] = readdirSync(outDir)
    const archive = JSON.parse(readFileSync(join(outDir, file as string), 'utf8')) as {
      schemaVersion: number
      exportedAt: string
      activities: {
        id: number
        summary: unknown
        detail: unknown
        streams: unknown
        deletedAt: string | null
      }[]
    }
    expect(archive.schemaVersion).toBe(1)
    expect(archive.exportedAt).toBe(iso(h.clock.now()))
    expect(archive.activities.map((a) => a.id)).toEqual(library.map((a) => a.id))
    for (const [i, entry] of archive.activities.entries()) {
      const a = library[i] as StoredActivity
      expect(entry.summary).toEqual(a.summary)
      expect(entry.detail).toEqual(a.detail)
      expect(entry.streams).toEqual(readStreams(core.db, a.id))
      expect(entry.deletedAt).toBeNull()
    }
  })
})

describe('file names and re-runs', () => {
  it('never overwrites a file unless asked, and reports it', async () => {
    const ids = library.slice(0, 3).map((a) => a.id)
    const outDir = freshDir()
    const first = await exportActivities(core, { format: 'tcx', outDir, ids })
    expect(first.written).toBe(3)
    const [victim] = readdirSync(outDir).sort()
    writeFileSync(join(outDir, victim as string), 'my own edits')
    const again = await exportActivities(core, { format: 'tcx', outDir, ids })
    expect(again.written).toBe(0)
    expect(again.skipped).toEqual(ids.map((id) => ({ id, reason: 'exists' })))
    expect(readFileSync(join(outDir, victim as string), 'utf8')).toBe('my own edits')
    const forced = await exportActivities(core, { format: 'tcx', outDir, ids, overwrite: true })
    expect(forced.written).toBe(3)
    expect(readFileSync(join(outDir, victim as string), 'utf8')).toMatch(/^<\?xml/)
    expect(readdirSync(outDir)).toHaveLength(3)
  })

  it('names files safely for every stored name', async () => {
    const { outDir } = await exportTo('tcx')
    const names = readdirSync(outDir)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(library.length)
    for (const name of names) {
      expect(name).toMatch(/^\d{4}-\d\d-\d\d_\d{4}_\d+_[a-z0-9-]{1,48}\.tcx$/)
      expect(name.length).toBeLessThanOrEqual(100)
    }
  })
})

describe('trailkeep export', () => {
  const run = async (args: string[]) => {
    const cli = captureIo(h.env)
    const code = await runCli(['export', ...args], { ...cli.io, clock: h.clock })
    return { code, stdout: cli.stdout(), stderr: cli.stderr() }
  }

  it('reports on stderr how many it wrote and skipped and why', async () => {
    const outDir = freshDir()
    const { code, stdout, stderr } = await run(['--format', 'gpx', '--out', outDir])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const written = readdirSync(outDir).length
    const skipped = library.length - written
    expect(stderr.startsWith(`Wrote ${written} GPX files to ${outDir}; skipped ${skipped}: `)).toBe(
      true,
    )
    expect(stderr).toMatch(/\d+ manual activit(y has|ies have) no track for GPX[;.]/)
    expect(stderr).toMatch(
      /\d+ activit(y has|ies have) no GPS track for GPX \(indoor or no position data\)[;.]/,
    )
    expect(stderr.endsWith('.\n')).toBe(true)
    const again = await run(['--format', 'gpx', '--out', outDir, '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ written: 0 })
    expect(again.stderr).toMatch(
      new RegExp(`${written} files already exist \\(pass --overwrite to replace\\)`),
    )
  })

  it('fails with exit 2 and one sentence for bad usage', async () => {
    const outDir = freshDir()
    const cases: [string[], RegExp][] = [
      [['--format', 'gpx'], /^--out is required\. Run `trailkeep export --help` for usage\.\n$/],
      [
        ['--format', 'kml', '--out', outDir],
        /^Unknown format "kml": use gpx, tcx, csv, json, original\. Run `trailkeep export --help` for usage\.\n$/,
      ],
      [['--out', outDir], /^--format is required\. Run `trailkeep export --help` for usage\.\n$/],
      [
        ['--format', 'gpx', '--out', outDir, '--id', '12345'],
        /^No activity with id 12345 is in the library\. Run `trailkeep list` to see the ids\.\n$/,
      ],
      [['--format', 'gpx', '--out', outDir, '--id', 'abc'], /^--id must be an activity id/],
      [['--format', 'gpx', '--out', outDir, '--id', '0'], /^--id must be an activity id/],
      [
        ['--format', 'gpx', '--out', outDir, '--id', '-3'],
        /^No activity with id -3 is in the library\. Run `trailkeep list` to see the ids\.\n$/,
      ],
    ]
    for (const [args, message] of cases) {
      const { code, stderr } = await run(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr, args.join(' ')).toMatch(message)
    }
    expect(readdirSync(outDir)).toEqual([])
  })

  it('exports one activity by id', async () => {
    const outDir = freshDir()
    const target = library.find((a) => a.streamsState === 'stored') as StoredActivity
    const { code, stderr } = await run([
      '--format',
      'tcx',
      '--out',
      outDir,
      '--id',
      String(target.id),
    ])
    expect(code).toBe(0)
    expect(stderr).toBe(`Wrote 1 TCX file to ${outDir}; skipped none.\n`)
    expect(readdirSync(outDir).map(idInName)).toEqual([target.id])
  })
})
