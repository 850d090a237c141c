import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ConnectionStore, type SealedTokens } from '../../../src/main/core/auth/connection-store'
import { REFRESH_LEASE_MS, WORST_CASE_REFRESH_MS } from '../../../src/main/core/auth/token-manager'
import { openDatabase } from '../../../src/main/core/db/open-database'
import { createHarness, type Harness } from '../../helpers/harness'

let h: Harness | undefined
afterEach(() => h?.cleanup())

/** A fetch that holds token requests until the test lets them go. */
function gatedTokenFetch() {
  let open!: () => void
  const gate = new Promise<void>((resolve) => (open = resolve))
  let arrived!: () => void
  const waiting = new Promise<void>((resolve) => (arrived = resolve))
  const fetchFn: typeof fetch = async (input, init) => {
    if (new URL(String(input)).pathname === '/oauth/token') {
      arrived()
      await gate
    }
    return fetch(input, init)
  }
  return { fetch: fetchFn, waiting, release: () => open() }
}

describe('the cross-process refresh lease', () => {
  it('outlives the longest refresh: three timed-out attempts and the backoffs between them', () => {
    expect(WORST_CASE_REFRESH_MS).toBe(3 * 30_000 + 1_500 + 3_000)
    expect(REFRESH_LEASE_MS).toBeGreaterThan(WORST_CASE_REFRESH_MS)
  })

  it('never lets a process whose lease ran out end a connection another process renewed', async () => {
    h = await createHarness()
    const first = await h.openCore()
    await first.auth.connect()
    first.close()
    h.clock.advance(6 * 3600 * 1000)

    const gated = gatedTokenFetch()
    const slow = await h.openCore({ fetch: gated.fetch })
    const other = await h.openCore()
    const slowToken = slow.tokens.getAccessToken()
    await gated.waiting
    // The slow process's request hangs past its lease; another process takes over and rotates.
    h.clock.advance(REFRESH_LEASE_MS + 1_000)
    const renewed = await other.tokens.getAccessToken()
    gated.release()

    // Its late answer (a rotated refresh token, refused) does not end the renewed connection.
    expect(await slowToken).toBe(renewed)
    expect(h.emulator.stats.refreshTokenReuse).toBe(1)
    expect((await slow.auth.status()).state).toBe('connected')
    expect((await other.api.get('/athlete')).status).toBe(200)
    h.clock.advance(6 * 3600 * 1000)
    expect((await (await h.openCore()).api.get('/athlete')).status).toBe(200)
  })
})

describe('ConnectionStore.commitRefresh', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

  const sealed = (name: string): SealedTokens => ({
    access: { ciphertext: Buffer.from(`${name} access`), cipherKind: 'passphrase' },
    refresh: { ciphertext: Buffer.from(`${name} refresh`), cipherKind: 'passphrase' },
    expiresAt: 1_900_000_000,
  })

  it('refuses the commit of a process whose lease expired and was taken over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailkeep-lease-'))
    dirs.push(dir)
    const database = openDatabase(join(dir, 'library.db'))
    const store = new ConnectionStore(database.db)
    store.saveNewConnection({
      athleteId: 1,
      athleteJson: '{}',
      grantedScope: 'read,activity:read_all',
      tokens: sealed('first'),
      now: 0,
    })
    const generation = store.read()?.tokenGeneration ?? -1
    expect(store.tryTakeRefreshLease('slow', generation, 1_000, 60_000).kind).toBe('taken')
    expect(store.tryTakeRefreshLease('other', generation, 62_000, 60_000).kind).toBe('taken')
    expect(store.commitRefresh(sealed('other'), 63_000, { owner: 'other', generation })).toBe(
      generation + 1,
    )
    expect(store.commitRefresh(sealed('slow'), 64_000, { owner: 'slow', generation })).toBeNull()
    expect(store.read()?.refreshTokenCiphertext?.toString()).toBe('other refresh')
    expect(store.markReconnectRequired('revoked', 65_000, generation)).toBe(false)
    expect(store.read()?.state).toBe('connected')
    database.close()
  })
})
