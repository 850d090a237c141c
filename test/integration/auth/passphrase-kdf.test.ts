import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import { databasePath } from '../../../src/main/core/config/data-dir'
import type { CoreParts } from '../../../src/main/core/create-core'
import {
  createPassphraseSalt,
  derivePassphraseKey,
  sealWithKey,
} from '../../../src/main/core/crypto/passphrase-cipher'
import { captureIo, createHarness, TEST_PASSPHRASE, type Harness } from '../../helpers/harness'
import {
  writeLegacyRefreshToken,
  writeLegacyStore,
  type PlainSecrets,
} from '../../helpers/legacy-passphrase-store'

let h: Harness
beforeEach(async () => {
  h = await createHarness({ simulatedTime: true, emulator: { activityCount: 3 } })
})
afterEach(() => h.cleanup())

const SHORT = 'short pass' // 10 characters

/** Connects, saves the API application, and returns the plaintext secrets (for re-sealing). */
async function connectedSecrets(): Promise<PlainSecrets> {
  await h.connect()
  const core = await h.openCore()
  try {
    await core.credentials.save({
      clientId: h.emulator.clientId,
      clientSecret: h.emulator.clientSecret,
    })
    const row = core.database.sqlite
      .prepare('SELECT access_token_ciphertext AS a, refresh_token_ciphertext AS r FROM connection')
      .get() as { a: Buffer; r: Buffer }
    return {
      accessToken: await core.vault.open(row.a, 'passphrase', 'access-token'),
      refreshToken: await core.vault.open(row.r, 'passphrase', 'refresh-token'),
      clientSecret: h.emulator.clientSecret,
    }
  } finally {
    core.close()
  }
}

function withRawDb<T>(use: (db: Database.Database) => T): T {
  const db = new Database(databasePath(h.dataDir))
  try {
    return use(db)
  } finally {
    db.close()
  }
}

function keySettings() {
  return withRawDb((db) => {
    const setting = (key: string) =>
      db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined
    const current = setting('passphrase_key')
    return {
      current: current ? (JSON.parse(current) as Record<string, unknown>) : null,
      retired: JSON.parse(setting('passphrase_keys_retired') ?? '[]') as Record<string, unknown>[],
    }
  })
}

function ciphertexts() {
  return withRawDb((db) => [
    ...(db
      .prepare('SELECT access_token_ciphertext, refresh_token_ciphertext FROM connection')
      .raw()
      .get() as Buffer[]),
    db.prepare('SELECT client_secret_ciphertext FROM credentials').pluck().get() as Buffer,
  ])
}

/** The secrets work: a token without a refresh, the API application, a sync. */
async function expectSecretsUsable(core: CoreParts, secrets: PlainSecrets) {
  const refreshes = h.emulator.stats.tokenRefreshes
  expect((await core.auth.status()).state).toBe('connected')
  expect(await core.tokens.getAccessToken()).toBe(secrets.accessToken)
  expect((await core.credentials.resolve()).clientSecret).toBe(secrets.clientSecret)
  expect(h.emulator.stats.tokenRefreshes).toBe(refreshes)
  expect((await core.sync.run()).complete).toBe(true)
}

async function cli(passphrase: string, ...argv: string[]) {
  const io = captureIo({ ...h.env, TRAILKEEP_PASSPHRASE: passphrase })
  const code = await runCli(argv, { ...io.io, clock: h.clock })
  return { code, stdout: io.stdout(), stderr: io.stderr() }
}

describe('the passphrase key', () => {
  it('is derived with scrypt N = 2^17 and its parameters are stored with the salt', async () => {
    await connectedSecrets()
    const { current } = keySettings()
    expect(current).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 })
    expect(Buffer.from(current?.salt as string, 'base64')).toHaveLength(16)
  })

  it('of an old store (N = 2^15, bare salt) still opens, and moves to the new key on unlock', async () => {
    const secrets = await connectedSecrets()
    withRawDb((db) => writeLegacyStore(db, TEST_PASSPHRASE, secrets))
    const before = ciphertexts()
    expect(before.every((c) => c[0] === 1)).toBe(true)

    const core = await h.openCore()
    const after = ciphertexts()
    expect(after.every((c) => c[0] === 2)).toBe(true)
    expect(keySettings().current).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 })
    await expectSecretsUsable(core, secrets)
    core.close()
    // Opened again: nothing left to move.
    const again = await h.openCore()
    expect(ciphertexts()[2]?.equals(after[2]!)).toBe(true)
    again.close()
  })

  it('of an old store still opens a token an old process sealed after the move', async () => {
    const secrets = await connectedSecrets()
    const key = withRawDb((db) => writeLegacyStore(db, TEST_PASSPHRASE, secrets))
    ;(await h.openCore()).close()
    withRawDb((db) => writeLegacyRefreshToken(db, key, secrets.refreshToken))
    const core = await h.openCore()
    expect(ciphertexts()[1]?.[0]).toBe(2)
    await expectSecretsUsable(core, secrets)
    core.close()
  })

  it('made with weaker stored parameters moves to the current ones and retires the old', async () => {
    const secrets = await connectedSecrets()
    const salt = Buffer.from(createPassphraseSalt())
    const weak = { kdf: 'scrypt' as const, N: 2 ** 16, r: 8, p: 1 }
    const key = await derivePassphraseKey(TEST_PASSPHRASE, salt, weak)
    withRawDb((db) => {
      db.prepare("DELETE FROM settings WHERE key LIKE 'passphrase_%'").run()
      db.prepare("INSERT INTO settings (key, value) VALUES ('passphrase_key', ?)").run(
        JSON.stringify({ ...weak, salt: salt.toString('base64') }),
      )
      db.prepare(
        'UPDATE connection SET access_token_ciphertext = ?, refresh_token_ciphertext = ?',
      ).run(
        sealWithKey(key, `access-token\n${secrets.accessToken}`),
        sealWithKey(key, `refresh-token\n${secrets.refreshToken}`),
      )
      db.prepare('UPDATE credentials SET client_secret_ciphertext = ?').run(
        sealWithKey(key, `client-secret\n${secrets.clientSecret}`),
      )
    })
    const core = await h.openCore()
    const { current, retired } = keySettings()
    expect(current).toMatchObject({ N: 2 ** 17 })
    expect(current?.salt).not.toBe(salt.toString('base64'))
    expect(retired).toEqual([{ ...weak, salt: salt.toString('base64') }])
    expect(ciphertexts().every((c) => c.subarray(1, 5).equals(key.id) === false)).toBe(true)
    await expectSecretsUsable(core, secrets)
    core.close()
  })

  it('with a wrong passphrase fails closed and moves nothing', async () => {
    const secrets = await connectedSecrets()
    withRawDb((db) => writeLegacyStore(db, TEST_PASSPHRASE, secrets))
    const before = ciphertexts()
    const wrong = await h.openCore({ passphrase: 'not the right passphrase' })
    expect((await wrong.auth.status()).state).toBe('reconnect_required')
    wrong.close()
    const after = ciphertexts()
    expect(after.map((c) => c.toString('hex'))).toEqual(before.map((c) => c.toString('hex')))
    // The right passphrase still opens everything, and then moves it.
    const right = await h.openCore()
    expect(ciphertexts().every((c) => c[0] === 2)).toBe(true)
    await expectSecretsUsable(right, secrets)
    right.close()
  })
})

describe('a short passphrase', () => {
  it('is refused for a new store before any browser opens', async () => {
    const result = await cli(SHORT, 'connect', '--no-browser')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'TRAILKEEP_PASSPHRASE is too short: choose one of at least 12 characters (a few unrelated words work well).\n',
    )
    expect(keySettings()).toEqual({ current: null, retired: [] })
    expect(h.emulator.stats.tokenExchanges).toBe(0)
  })

  it('still opens a store made with it, and says once to choose a longer one', async () => {
    const secrets = await connectedSecrets()
    withRawDb((db) => writeLegacyStore(db, SHORT, secrets))
    const status = await cli(SHORT, 'status', '--json')
    expect(status.code).toBe(0)
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'connected', activities: 0 })
    const notices = status.stderr.match(/shorter than 12 characters/g) ?? []
    expect(notices).toHaveLength(1)
    expect(status.stderr).toContain('Choose a longer one')
    const sync = await cli(SHORT, 'sync', '--json')
    expect(sync.code).toBe(0)
    expect(JSON.parse(sync.stdout)).toMatchObject({ complete: true, added: 3 })
  })
})
