import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openSystemBrowser } from '../../../src/main/cli/system-browser'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

async function waitForFile(file: string): Promise<string> {
  for (let i = 0; i < 200 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 25))
  return readFileSync(file, 'utf8')
}

describe.skipIf(process.platform === 'win32')('opening the system browser for connect', () => {
  it("hands the browser the user's environment without the passphrase or client secret", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailkeep-browser-'))
    dirs.push(dir)
    const seen = join(dir, 'seen.txt')
    // A stand-in for xdg-open / open that writes down what it was given.
    for (const name of ['xdg-open', 'open']) {
      const opener = join(dir, name)
      writeFileSync(
        opener,
        `#!/bin/sh\nenv > "${seen}.tmp"; echo "URL=$1" >> "${seen}.tmp"; mv "${seen}.tmp" "${seen}"\n`,
      )
      chmodSync(opener, 0o755)
    }
    const url = 'https://www.strava.com/oauth/authorize?client_id=1&state=abc'
    await openSystemBrowser(url, {
      PATH: `${dir}:/usr/bin:/bin`,
      HOME: '/home/athlete',
      DISPLAY: ':0',
      TRAILKEEP_PASSPHRASE: 'correct horse battery staple',
      STRAVA_CLIENT_SECRET: 'emulator-client-secret-0123456789abcdef',
      STRAVA_CLIENT_ID: '4242',
      TRAILKEEP_DATA_DIR: '/home/athlete/.trailkeep',
    })
    const environment = await waitForFile(seen)
    expect(environment).toContain(`URL=${url}`)
    expect(environment).toContain('DISPLAY=:0')
    expect(environment).toContain('HOME=/home/athlete')
    expect(environment).not.toContain('correct horse battery staple')
    expect(environment).not.toContain('emulator-client-secret')
    expect(environment).not.toMatch(/^(TRAILKEEP|STRAVA)_/m)
  })
})
