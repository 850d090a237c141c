import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { backupLibrary } from '../../../src/main/core/backup/backup-library'
import { restoreLibrary } from '../../../src/main/core/backup/restore-library'
import { databasePath } from '../../../src/main/core/config/data-dir'
import type { CoreParts } from '../../../src/main/core/create-core'
import { openDatabase, TRAILKEEP_APPLICATION_ID } from '../../../src/main/core/db/open-database'
import { EMBEDDED_MIGRATIONS } from '../../../src/main/core/db/migrations.generated'
import { isAppError } from '../../../src/main/core/errors'
import { heatPackFolder } from '../../../src/main/core/maps/heat-pack-file'
import { preparePackFiles } from '../../../src/main/core/maps/heat-packs'
import { readPreferences, updatePreferences } from '../../../src/main/core/settings/preferences'
import { captureIo, createHarness, type Harness } from '../../helpers/harness'

let h: Harness
let core: CoreParts
let work: string
beforeEach(async () => {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 20, seed: 3 } })
  await h.connect()
  core = await h.openCore()
  await core.sync.run()
  work = mkdtempSync(join(tmpdir(), 'trailkeep-backup-'))
})
afterEach(async () => {
  rmSync(work, { recursive: true, force: true })
  await h.cleanup()
})

async function cli(...argv: string[]) {
  const io = captureIo(h.env)
  const code = await runCli(argv, { ...io.io, clock: h.clock })
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

function facts(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return {
      activities: db.prepare('SELECT COUNT(*) FROM activities').pluck().get(),
      streams: db.prepare('SELECT COUNT(*) FROM activity_streams').pluck().get(),
      names: db.prepare('SELECT name FROM activities ORDER BY id').pluck().all(),
    }
  } finally {
    db.close()
  }
}

const liveFile = () => databasePath(h.dataDir)
const leftovers = () => readdirSync(h.dataDir).filter((f) => /\.restore-|\.part$/.test(f))

describe('trailkeep backup', () => {
  it('writes a consistent single-file copy while the app has the library open and syncs', async () => {
    h.emulator.addActivity()
    h.emulator.addActivity()
    const running = core.sync.run()
    const file = join(work, 'nested', 'library.backup')
    const result = await cli('backup', '--out', file)
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: expect.stringMatching(
        /^Backed up the library \(2\d activities\) to .*library\.backup\.\n$/,
      ),
    })
    await running
    const header = readFileSync(file).subarray(0, 100)
    expect(header.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')
    expect(header.readUInt32BE(68)).toBe(TRAILKEEP_APPLICATION_ID)
    // Rollback journal, not WAL: the backup is one self-contained file.
    expect([header[18], header[19]]).toEqual([1, 1])
    expect(existsSync(`${file}-wal`)).toBe(false)
    const copy = facts(file)
    expect(copy.activities).toBeGreaterThanOrEqual(20)
    expect(new Database(file, { readonly: true }).pragma('integrity_check', { simple: true })).toBe(
      'ok',
    )
  })

  it('never replaces an existing file unless asked', async () => {
    const file = join(work, 'library.backup')
    writeFileSync(file, 'precious')
    const refused = await cli('backup', '--out', file)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      `${file} already exists; choose another name or pass --overwrite.\n`,
    )
    expect(readFileSync(file, 'utf8')).toBe('precious')
    expect((await cli('backup', '--out', file, '--overwrite')).code).toBe(0)
    expect(facts(file).activities).toBe(20)
    expect(readdirSync(work)).toEqual(['library.backup'])
    const missing = await cli('backup')
    expect(missing).toMatchObject({
      code: 2,
      stderr: '--out is required. Run `trailkeep backup --help` for usage.\n',
    })
  })
})

describe('a backup carries no secret', () => {
  it('leaves out tokens, the client secret and the passphrase salt; a restore asks to connect', async () => {
    await core.credentials.save({
      clientId: h.emulator.clientId,
      clientSecret: h.emulator.clientSecret,
    })
    const live = core.database.sqlite
    const connection = live
      .prepare('SELECT access_token_ciphertext AS a, refresh_token_ciphertext AS r FROM connection')
      .get() as { a: Buffer; r: Buffer }
    const clientSecret = live
      .prepare('SELECT client_secret_ciphertext FROM credentials')
      .pluck()
      .get() as Buffer
    const key = live
      .prepare("SELECT value FROM settings WHERE key = 'passphrase_key'")
      .pluck()
      .get() as string
    const salt = (JSON.parse(key) as { salt: string }).salt
    const secrets: [string, Buffer][] = [
      ['access token ciphertext', connection.a],
      ['refresh token ciphertext', connection.r],
      ['client secret ciphertext', clientSecret],
      ['client secret', Buffer.from(h.emulator.clientSecret)],
      ['key parameters and salt', Buffer.from(key)],
      ['salt (base64)', Buffer.from(salt)],
      ['salt (bytes)', Buffer.from(salt, 'base64')],
    ]
    for (const [label, bytes] of secrets) expect(bytes.length, label).toBeGreaterThan(8)

    const file = join(work, 'library.backup')
    expect((await cli('backup', '--out', file)).code).toBe(0)
    const backup = readFileSync(file)
    for (const [label, bytes] of secrets) expect(backup.includes(bytes), label).toBe(false)
    expect([backup[18], backup[19]]).toEqual([1, 1])

    // On another machine: everything but the connection and the API application is back.
    const fresh = mkdtempSync(join(tmpdir(), 'trailkeep-fresh-'))
    try {
      const env = { TRAILKEEP_DATA_DIR: fresh, STRAVA_BASE_URL: h.emulator.url }
      const run = async (...argv: string[]) => {
        const io = captureIo({ ...env, TRAILKEEP_PASSPHRASE: 'another machine, another phrase' })
        const code = await runCli(argv, { ...io.io, clock: h.clock })
        return { code, stdout: io.stdout(), stderr: io.stderr() }
      }
      expect((await run('restore', file)).code).toBe(0)
      expect(facts(databasePath(fresh))).toEqual(facts(liveFile()))
      expect(JSON.parse((await run('status', '--json')).stdout)).toMatchObject({
        state: 'disconnected',
        athlete: null,
        activities: 20,
      })
      const connect = await run('connect', '--no-browser')
      expect(connect.code).toBe(1)
      expect(connect.stderr).toMatch(/Enter your Strava Client ID and Client Secret first/)
    } finally {
      rmSync(fresh, { recursive: true, force: true })
    }
  })
})

describe('trailkeep restore', () => {
  async function backupThenChange() {
    const file = join(work, 'before.backup')
    await backupLibrary(core.database, file)
    core.database.sqlite.prepare("UPDATE activities SET name = 'changed after the backup'").run()
    return { file, backedUp: facts(file) }
  }

  it('replaces the library and keeps the previous database as .before-restore', async () => {
    const { file, backedUp } = await backupThenChange()
    const changed = facts(liveFile())
    // The replaced library's heatmap, packed on disk, must not outlive it.
    await core.derived.refresh()
    await preparePackFiles(core.db, heatPackFolder(h.dataDir))
    expect(readdirSync(heatPackFolder(h.dataDir))).toContain('full.pack')
    core.close()
    const result = await cli('restore', file)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      `Restored the library (20 activities); the replaced database is kept as ${liveFile()}.before-restore.\n`,
    )
    expect(facts(liveFile())).toEqual(backedUp)
    expect(facts(`${liveFile()}.before-restore`)).toEqual(changed)
    expect(leftovers()).toEqual([])
    expect(existsSync(heatPackFolder(h.dataDir))).toBe(false)
    const reopened = await h.openCore()
    expect((await cli('status', '--json')).stdout).toContain('"activities":20')
    reopened.close()
  })

  it('keeps the Strava connection, API application and settings the library has now', async () => {
    const { file, backedUp } = await backupThenChange()
    // After the backup: Strava rotates the refresh token (the backup's is dead), units change.
    h.clock.advance(7 * 3600 * 1000)
    await core.tokens.getAccessToken()
    expect(h.emulator.stats.tokenRefreshes).toBe(1)
    updatePreferences(core.db, { units: 'imperial' })
    core.close()

    expect((await cli('restore', file)).code).toBe(0)
    expect(facts(liveFile())).toEqual(backedUp)
    const restored = await h.openCore()
    expect((await restored.auth.status()).state).toBe('connected')
    expect(readPreferences(restored.db).units).toBe('imperial')
    h.clock.advance(7 * 3600 * 1000)
    await restored.tokens.getAccessToken()
    expect(h.emulator.stats.tokenRefreshes).toBe(2)
    expect(h.emulator.stats.refreshTokenReuse).toBe(0)
    expect((await restored.auth.status()).state).toBe('connected')
    const summary = await restored.sync.run()
    expect(summary.complete).toBe(true)
    restored.close()
    expect(readdirSync(h.dataDir).filter((f) => /-(wal|shm)$/.test(f) && /before/.test(f))).toEqual(
      [],
    )
  })

  it('does not bring back a connection the athlete ended after the backup', async () => {
    const { file } = await backupThenChange()
    await core.auth.disconnect({ deleteData: false })
    core.close()
    expect((await cli('restore', file)).code).toBe(0)
    expect((await cli('status', '--json')).stdout).toContain('"state":"disconnected"')
    const raw = new Database(liveFile(), { readonly: true })
    expect(raw.prepare('SELECT COUNT(*) FROM connection').pluck().get()).toBe(0)
    raw.close()
  })

  it('refuses while Trailkeep has the library open, or a sync holds the lock', async () => {
    const { file } = await backupThenChange()
    const before = facts(liveFile())
    const open = await cli('restore', file)
    expect(open).toMatchObject({
      code: 1,
      stderr:
        'Trailkeep is open in another window or process; close it and try the restore again.\n',
    })
    core.close()
    // Another process's sync holds the lease.
    const db = openDatabase(liveFile())
    db.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('sync_lock', ?)").run(
      JSON.stringify({
        owner: 'other',
        pid: process.pid,
        host: hostname(),
        until: h.clock.now() + 60_000,
      }),
    )
    db.close()
    const syncing = await cli('restore', file)
    expect(syncing.code).toBe(1)
    expect(syncing.stderr).toMatch(/^Another sync is already running/)
    expect(facts(liveFile())).toEqual(before)
    expect(existsSync(`${liveFile()}.before-restore`)).toBe(false)
    expect(leftovers()).toEqual([])
  })

  it('refuses a foreign, newer or damaged file and leaves the library as it was', async () => {
    const good = join(work, 'good.backup')
    await backupLibrary(core.database, good)
    core.close()
    const before = facts(liveFile())

    const text = join(work, 'notes.txt')
    writeFileSync(text, 'not a database at all, but long enough to have a header'.repeat(4))
    const foreign = join(work, 'foreign.sqlite')
    new Database(foreign).exec('CREATE TABLE t (x)').close()
    const newer = join(work, 'newer.backup')
    writeFileSync(newer, readFileSync(good))
    new Database(newer)
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('future', Date.now() * 2)
    const damaged = join(work, 'damaged.backup')
    const bytes = readFileSync(good)
    const pageSize = bytes.readUInt16BE(16)
    bytes.fill(0xa5, pageSize * 3, pageSize * 3 + 200)
    writeFileSync(damaged, bytes)

    const cases: [string, RegExp][] = [
      [text, /^\S+notes\.txt is not a Trailkeep backup \(not a SQLite database\)\.\n$/],
      [foreign, /^\S+foreign\.sqlite is a SQLite database but not a Trailkeep backup\.\n$/],
      [
        newer,
        /^\S+newer\.backup was made by a newer version of Trailkeep; update Trailkeep to restore it\.\n$/,
      ],
      [
        damaged,
        /^\S+damaged\.backup is damaged \(SQLite integrity check failed\); use another backup\.\n$/,
      ],
      [
        join(work, 'missing.backup'),
        /^\S+missing\.backup does not exist; check the path to the backup\.\n$/,
      ],
    ]
    for (const [file, message] of cases) {
      const result = await cli('restore', file)
      expect(result.code, file).toBe(1)
      expect(result.stderr, file).toMatch(message)
      expect(facts(liveFile()), file).toEqual(before)
      expect(leftovers(), file).toEqual([])
    }
    expect(existsSync(`${liveFile()}.before-restore`)).toBe(false)
    expect((await cli('restore')).code).toBe(2)
  })

  it('restores a backup from an older version and upgrades it', async () => {
    core.close()
    const old = join(work, 'old.backup')
    const previous = EMBEDDED_MIGRATIONS.slice(0, -1)
    openDatabase(old, { migrations: previous }).close()
    const result = await restoreLibrary({ dataDir: h.dataDir, file: old, clock: h.clock })
    expect(result).toEqual({ activities: 0, previous: `${liveFile()}.before-restore` })
    const db = new Database(liveFile(), { readonly: true })
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'originals'").pluck().get(),
    ).toBe('originals')
    db.close()
    const error = await restoreLibrary({
      dataDir: h.dataDir,
      file: join(work, 'nope'),
      clock: h.clock,
    }).catch((e: unknown) => e)
    expect(isAppError(error, 'FILE_ACCESS')).toBe(true)
  })
})
