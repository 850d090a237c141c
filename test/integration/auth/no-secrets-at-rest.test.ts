import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run-cli'
import {
  captureIo,
  createFakeBrowser,
  createHarness,
  TEST_PASSPHRASE,
  type Harness,
} from '../../helpers/harness'
import { findSecretsInFolder } from '../../helpers/scan-secrets'

let h: Harness
beforeEach(async () => (h = await createHarness()))
afterEach(() => h.cleanup())

describe('secrets at rest and in output', () => {
  it('leaves no token, client secret, code or passphrase in any byte of the data folder or output', async () => {
    const browser = createFakeBrowser(h.emulator)
    // Connect through the command line, with the browser approving the printed URL.
    const connectIo = captureIo(h.env)
    const connecting = runCli(['connect', '--no-browser'], {
      ...connectIo.io,
      stdout: (text) => {
        connectIo.io.stdout(text)
        if (text.startsWith('http')) void browser.openExternal(text.trim())
      },
    })
    expect(await connecting).toBe(0)

    // Several rotations, each in a fresh process-like core.
    for (let i = 0; i < 4; i++) {
      h.clock.advance(6 * 3600 * 1000)
      const core = await h.openCore()
      expect((await core.api.get('/athlete')).status).toBe(200)
      core.close()
    }
    expect(h.emulator.stats.tokenRefreshes).toBe(4)
    const statusIo = captureIo(h.env)
    expect(await runCli(['status', '--json'], statusIo.io)).toBe(0)

    const secrets = [...h.emulator.issuedSecrets(), h.emulator.clientSecret, TEST_PASSPHRASE]
    expect(secrets.length).toBeGreaterThan(10)
    expect(findSecretsInFolder(h.dataDir, secrets)).toEqual([])
    const printed = [connectIo, statusIo].map((c) => c.stdout() + c.stderr()).join('\n')
    for (const secret of secrets)
      expect(printed.includes(secret), 'a secret was printed').toBe(false)
    // The callback page shown in the browser carries nothing secret either.
    for (const visit of browser.visits) {
      for (const secret of secrets) expect(visit.callbackBody.includes(secret)).toBe(false)
    }
  })
})
