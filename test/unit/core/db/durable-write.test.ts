import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConnectionStore } from '../../../../src/main/core/auth/connection-store'
import { writeDurably } from '../../../../src/main/core/db/durable-write'
import { deleteLibraryData } from '../../../../src/main/core/db/library-repo'
import { openDatabase, type OpenedDatabase } from '../../../../src/main/core/db/open-database'

const FULL = 2
const NORMAL = 1

let dir: string
let database: OpenedDatabase
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'trailkeep-durable-'))
  database = openDatabase(join(dir, 'trailkeep.sqlite'))
})
afterEach(() => {
  database.close()
  rmSync(dir, { recursive: true, force: true })
})

const level = () => database.sqlite.pragma('synchronous', { simple: true })

describe('durable writes', () => {
  it('commit at synchronous=FULL and leave the library at NORMAL', () => {
    expect(level()).toBe(NORMAL)
    const seen = writeDurably(database.sqlite, () => level())
    expect(seen).toBe(FULL)
    expect(level()).toBe(NORMAL)
  })

  it('restore NORMAL when the write throws', () => {
    expect(() =>
      writeDurably(database.sqlite, () => {
        throw new Error('disk on fire')
      }),
    ).toThrow('disk on fire')
    expect(level()).toBe(NORMAL)
  })

  it('inside an open transaction, leave the level to the outer commit instead of failing', () => {
    const run = database.sqlite.transaction(() => writeDurably(database.sqlite, () => 'written'))
    expect(run()).toBe('written')
    expect(level()).toBe(NORMAL)
  })
})

describe('writes a lost commit would cost the athlete', () => {
  /** The synchronous level in effect whenever a statement writing `table` runs. */
  function recordLevels(table: string): number[] {
    const levels: number[] = []
    const { sqlite } = database
    const prepare = sqlite.prepare.bind(sqlite)
    const writes = new RegExp(`^\\s*(insert into|update|delete from) "${table}"`, 'i')
    sqlite.prepare = ((source: string) => {
      const statement = prepare(source)
      if (!writes.test(source)) return statement
      const run = statement.run.bind(statement)
      statement.run = ((...params: unknown[]) => {
        levels.push(level() as number)
        return run(...params)
      }) as typeof statement.run
      return statement
    }) as typeof sqlite.prepare
    return levels
  }

  const tokens = {
    access: { ciphertext: Buffer.from('sealed access'), cipherKind: 'passphrase' as const },
    refresh: { ciphertext: Buffer.from('sealed refresh'), cipherKind: 'passphrase' as const },
    expiresAt: 1_800_000_000_000,
  }

  it('commit every token write at FULL: connect, refresh, reconnect-required, disconnect', () => {
    const levels = recordLevels('connection')
    const store = new ConnectionStore(database.db)
    store.saveNewConnection({
      athleteId: 1,
      athleteJson: '{}',
      grantedScope: 'read,activity:read_all',
      tokens,
      now: 1,
    })
    const lease = store.tryTakeRefreshLease('me', 1, 2, 60_000)
    expect(lease.kind).toBe('taken')
    store.commitRefresh(tokens, 3, { owner: 'me', generation: 1 })
    store.markReconnectRequired('revoked', 4)
    store.delete()
    // The lease update is the one write a power cut may undo: the lease simply expires.
    expect(levels).toEqual([FULL, NORMAL, FULL, FULL, FULL])
    expect(level()).toBe(NORMAL)
  })

  it('delete the backup at FULL when the athlete asks for it', () => {
    const levels = recordLevels('activities')
    deleteLibraryData(database.db)
    expect(levels).toEqual([FULL])
  })
})
