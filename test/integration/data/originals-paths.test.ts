import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join, relative } from 'node:path'
import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import { backupLibrary } from '../../../src/main/core/backup/backup-library'
import { restoreLibrary } from '../../../src/main/core/backup/restore-library'
import { databasePath } from '../../../src/main/core/config/data-dir'
import { isAppError } from '../../../src/main/core/errors'
import { exportActivities } from '../../../src/main/core/export/export-activities'
import { importStravaExport } from '../../../src/main/core/import/import-strava-export'
import { buildScenario, sqlRows, useImportLibrary } from '../../helpers/import-scenario'

const library = useImportLibrary()
const VICTIM_BYTES = 'the victim file outside the data folder'

let victimDir: string
let victim: string
beforeEach(async () => {
  const { core, work } = library
  await importStravaExport(core, { archive: (await buildScenario(library)).archive })
  victimDir = join(work, 'victim')
  mkdirSync(victimDir)
  victim = join(victimDir, 'secret.fit')
  writeFileSync(victim, VICTIM_BYTES)
})

function keptOriginal() {
  const [row] = sqlRows<{ activity_id: number; path: string }>(
    library,
    'SELECT activity_id, path FROM originals ORDER BY activity_id LIMIT 1',
  )
  return row!
}

/** Every stored path a hostile backup could carry to reach the victim. */
function hostilePaths(dataDir: string): string[] {
  const up = relative(dataDir, victim).split('\\').join('/')
  return [
    up,
    `originals/../${up}`,
    victim,
    `/${up}`,
    up.split('/').join('\\'),
    `originals/${up}`,
    'originals/5001.fit/../../x.fit',
    '',
  ]
}

/** Everything written by an export of original files, as one string. */
async function exportedBytes(outDir: string): Promise<string> {
  const result = await exportActivities(library.core, { format: 'original', outDir })
  return result.files.map((file) => readFileSync(file, 'utf8')).join('\n')
}

describe('a restored backup is hostile input', () => {
  it('is refused when its stored original paths lead outside the data folder', async () => {
    const { h, core, work } = library
    const clean = join(work, 'clean.backup')
    await backupLibrary(core.database, clean)
    core.close()
    const live = readFileSync(databasePath(h.dataDir))
    for (const [i, path] of hostilePaths(h.dataDir).entries()) {
      const crafted = join(work, `crafted-${i}.backup`)
      writeFileSync(crafted, readFileSync(clean))
      const db = new Database(crafted)
      db.prepare('UPDATE originals SET path = ? WHERE activity_id = ?').run(
        path,
        keptOriginalFrom(db),
      )
      db.close()
      const error = await restoreLibrary({ dataDir: h.dataDir, file: crafted, clock: h.clock })
        .then(() => null)
        .catch((e: unknown) => e)
      expect(isAppError(error, 'DB_FOREIGN'), `${path}: ${String(error)}`).toBe(true)
      expect((error as Error).message).toMatch(/lists original files outside the data folder/)
      expect(readFileSync(databasePath(h.dataDir)).equals(live), path).toBe(true)
    }
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM_BYTES)
  })

  it('is refused when it carries a trigger or view Trailkeep does not create', async () => {
    const { h, core, work } = library
    const crafted = join(work, 'trigger.backup')
    await backupLibrary(core.database, crafted)
    core.close()
    const db = new Database(crafted)
    db.exec(`CREATE TRIGGER wipe AFTER INSERT ON activities BEGIN DELETE FROM activities; END`)
    db.close()
    const error = await restoreLibrary({ dataDir: h.dataDir, file: crafted, clock: h.clock }).catch(
      (e: unknown) => e,
    )
    expect(isAppError(error, 'DB_FOREIGN'), String(error)).toBe(true)
    expect((error as Error).message).toMatch(/triggers or views Trailkeep does not create/)
  })
})

/** In a library that took such paths anyway (restored by an older Trailkeep, or edited). */
describe('stored original paths are checked on every use', () => {
  it('export of originals never reads a file outside the data folder', async () => {
    const { h, core, work } = library
    const { activity_id: id } = keptOriginal()
    for (const [i, path] of hostilePaths(h.dataDir).entries()) {
      core.database.sqlite
        .prepare('UPDATE originals SET path = ? WHERE activity_id = ?')
        .run(path, id)
      const bytes = await exportedBytes(join(work, `out-${i}`))
      expect(bytes.includes(VICTIM_BYTES), path).toBe(false)
    }
  })

  it('export of originals does not follow a symlink out of the originals folder', async () => {
    const { h, work } = library
    const { path } = keptOriginal()
    const file = join(h.dataDir, ...path.split('/'))
    rmSync(file)
    symlinkSync(victim, file)
    expect(await exportedBytes(join(work, 'out-link'))).not.toContain(VICTIM_BYTES)

    // The whole originals folder replaced by a link to somewhere else.
    const originals = join(h.dataDir, 'originals')
    renameSync(originals, join(work, 'moved-originals'))
    writeFileSync(join(victimDir, path.split('/')[1]!), VICTIM_BYTES)
    symlinkSync(victimDir, originals)
    expect(await exportedBytes(join(work, 'out-folder-link'))).not.toContain(VICTIM_BYTES)
  })

  it('deleting orphaned originals never removes a file outside the data folder', async () => {
    const { h, core } = library
    const { activity_id: id } = keptOriginal()
    core.database.sqlite
      .prepare('UPDATE originals SET path = ? WHERE activity_id = ?')
      .run(relative(h.dataDir, victim), id)
    // The originals folder is a link to the victim's folder: deleting "orphans" there would
    // delete the victim's files.
    const originals = join(h.dataDir, 'originals')
    rmSync(originals, { recursive: true })
    symlinkSync(victimDir, originals)
    writeFileSync(join(victimDir, 'other.txt'), 'also the victim')
    await core.auth.disconnect({ deleteData: true })
    expect(readdirSync(victimDir).sort()).toEqual(['other.txt', 'secret.fit'])
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM_BYTES)
    expect(existsSync(originals)).toBe(true)
  })
})

function keptOriginalFrom(db: Database.Database): number {
  return db.prepare('SELECT MIN(activity_id) FROM originals').pluck().get() as number
}
