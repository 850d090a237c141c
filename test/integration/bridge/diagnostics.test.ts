import { afterEach, describe, expect, it } from 'vitest'
import { buildDiagnostics } from '../../../src/main/core/log/diagnostics'
import { createHarness, TEST_PASSPHRASE, type Harness } from '../../helpers/harness'

let h: Harness | undefined
afterEach(() => h?.cleanup())

describe('copy diagnostics', () => {
  it('reports state and counts without any secret, athlete name or activity name', async () => {
    h = await createHarness({ simulatedTime: true, emulator: { activityCount: 25 } })
    await h.connect()
    const core = await h.openCore()
    await core.sync.run()
    const report = await buildDiagnostics(core)
    expect(report).toMatch(/^Trailkeep \d+\.\d+\.\d+/)
    expect(report).toContain('Connection: connected')
    expect(report).toContain('Activities: 25')
    expect(report).toMatch(/sync finished/)
    const forbidden = [
      ...h.emulator.issuedSecrets(),
      h.emulator.clientSecret,
      TEST_PASSPHRASE,
      'Zoë',
      'Ångström',
      ...h.emulator.activities.map((a) => a.name).filter((n) => n.length > 8),
    ]
    for (const text of forbidden) expect(report.includes(text), text).toBe(false)
  })
})
