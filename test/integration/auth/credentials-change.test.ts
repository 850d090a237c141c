import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConnectionStatusDto } from '../../../src/shared/dto'
import { createBridgeHandlers } from '../../../src/main/core/bridge/bridge-handlers'
import { faceOf } from '../../../src/main/core/open-trailkeep'
import { createBackgroundSync } from '../../../src/main/core/sync/background-sync'
import { createFakeBrowser, createHarness, type Harness } from '../../helpers/harness'

let h: Harness
beforeEach(async () => (h = await createHarness()))
afterEach(() => h.cleanup())

const OTHER_APP = { clientId: '990001', clientSecret: 'f'.repeat(40) }

/** A core on saved credentials (none from the environment), connected through the browser. */
async function connectedCore(changes: ConnectionStatusDto[] = []) {
  const core = await h.openCore({
    environmentCredentials: {},
    openExternal: createFakeBrowser(h.emulator).openExternal,
    onConnectionChange: (status) => changes.push(status),
  })
  await core.auth.saveCredentials({
    clientId: h.emulator.clientId,
    clientSecret: h.emulator.clientSecret,
  })
  await core.auth.connect()
  return core
}

describe('saving other Strava API credentials', () => {
  it('ends the connection made with the old application; the athlete stays for the reconnect', async () => {
    const changes: ConnectionStatusDto[] = []
    const core = await connectedCore(changes)
    const background = createBackgroundSync({ ...core, account: core.auth })
    const handlers = createBridgeHandlers(faceOf(core), background)
    expect((await handlers.auth.status(undefined)).state).toBe('connected')

    const status = await handlers.credentials.save(OTHER_APP)

    expect(status).toMatchObject({
      state: 'reconnect_required',
      reconnectReason: 'credentials-changed',
      athlete: { id: 134815 },
      credentials: { source: 'saved', clientId: OTHER_APP.clientId },
    })
    // The shells push this to the page, which then offers to reconnect.
    await vi.waitFor(() => expect(changes.at(-1)?.reconnectReason).toBe('credentials-changed'))
    await expect(core.tokens.getAccessToken()).rejects.toMatchObject({
      code: 'RECONNECT_REQUIRED',
    })
    const stored = core.database.sqlite
      .prepare('SELECT access_token_ciphertext, refresh_token_ciphertext FROM connection')
      .get()
    expect(stored).toEqual({ access_token_ciphertext: null, refresh_token_ciphertext: null })
    core.close()

    const reopened = await h.openCore({ environmentCredentials: {} })
    expect(await reopened.auth.status()).toMatchObject({
      state: 'reconnect_required',
      reconnectReason: 'credentials-changed',
    })
  })

  it('keeps the connection when only the secret of the same application is saved again', async () => {
    const core = await connectedCore()
    const status = await core.auth.saveCredentials({
      clientId: h.emulator.clientId,
      clientSecret: 'e'.repeat(40),
    })
    expect(status.state).toBe('connected')
    expect(await core.tokens.getAccessToken()).toMatch(/.{20,}/)
  })

  it('stays disconnected, with nothing to end, when not connected', async () => {
    const core = await h.openCore({ environmentCredentials: {} })
    await core.auth.saveCredentials({
      clientId: h.emulator.clientId,
      clientSecret: h.emulator.clientSecret,
    })
    const status = await core.auth.saveCredentials(OTHER_APP)
    expect(status).toMatchObject({
      state: 'disconnected',
      reconnectReason: null,
      credentials: { clientId: OTHER_APP.clientId },
    })
  })
})
