import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { backupLibrary } from '../../../src/main/core/backup/backup-library'
import { databasePath } from '../../../src/main/core/config/data-dir'
import type { CoreParts } from '../../../src/main/core/create-core'
import { exportActivities } from '../../../src/main/core/export/export-activities'
import { createLogger, LOG_FILE } from '../../../src/main/core/log/logger'
import { createHarness, type Harness } from '../../helpers/harness'

const modeOf = (path: string) => statSync(path).mode & 0o777
const octal = (mode: number) => mode.toString(8)

let h: Harness
let core: CoreParts | undefined
let umask: number
beforeAll(() => {
  // The usual default: without Trailkeep's own modes, new files would be readable by everyone.
  umask = process.umask(0o022)
})
afterAll(() => void process.umask(umask))
beforeEach(async () => {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 5 } })
})
afterEach(async () => {
  core?.close()
  core = undefined
  await h.cleanup()
})

// Windows has no POSIX modes; its profile ACLs keep these files private.
describe.skipIf(process.platform === 'win32')('what Trailkeep writes is the owner’s alone', () => {
  it('makes the data folder 0700, also one that existed with wider permissions', async () => {
    chmodSync(h.dataDir, 0o755)
    core = await h.openCore()
    expect(octal(modeOf(h.dataDir))).toBe('700')
  })

  it('creates the database and its -wal and -shm files 0600, and tightens old ones', async () => {
    core = await h.openCore()
    const file = databasePath(h.dataDir)
    await h.connect()
    await core.sync.run()
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      expect(existsSync(path), path).toBe(true)
      expect(octal(modeOf(path)), path).toBe('600')
    }
    core.close()
    // As an older version left them.
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      if (existsSync(path)) chmodSync(path, 0o644)
    }
    core = await h.openCore()
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      expect(octal(modeOf(path)), path).toBe('600')
    }
  })

  it('writes backups and exports 0600', async () => {
    await h.connect()
    core = await h.openCore()
    await core.sync.run()
    const out = join(h.dataDir, 'out')
    const backup = join(out, 'library.backup')
    await backupLibrary(core.database, backup)
    expect(octal(modeOf(backup))).toBe('600')
    await backupLibrary(core.database, backup, { overwrite: true })
    expect(octal(modeOf(backup))).toBe('600')
    for (const format of ['gpx', 'csv', 'json'] as const) {
      const dir = join(out, format)
      const result = await exportActivities(core, { format, outDir: dir })
      expect(result.files.length, format).toBeGreaterThan(0)
      for (const file of result.files) expect(octal(modeOf(file)), file).toBe('600')
    }
    expect(readdirSync(out)).toContain('library.backup')
  })

  it('keeps logs 0600 in a 0700 folder, also those an older version left readable', async () => {
    const logs = join(h.dataDir, 'logs')
    mkdirSync(logs, { mode: 0o755 })
    writeFileSync(join(logs, LOG_FILE), '{}\n', { mode: 0o644 })
    writeFileSync(join(logs, `${LOG_FILE}.1`), '{}\n', { mode: 0o644 })
    chmodSync(logs, 0o755)
    core = await h.openCore()
    createLogger('file-modes').info('a line')
    expect(octal(modeOf(logs))).toBe('700')
    expect(octal(modeOf(join(logs, LOG_FILE)))).toBe('600')
    expect(octal(modeOf(join(logs, `${LOG_FILE}.1`)))).toBe('600')
  })
})
