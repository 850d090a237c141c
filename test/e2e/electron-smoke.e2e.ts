/**
 * Smoke test of the real Electron app (out/main/index.js, started through the app folder):
 * the window opens and shows the setup or connect screen. Runs only where the Electron binary
 * is installed; the web-shell tests cover the UI everywhere else.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, expect, test } from '@playwright/test'
import { findElectronBinary } from '../../scripts/electron-binary'
import { createStravaEmulator } from '../strava-emulator'

const APP_DIR = fileURLToPath(new URL('../..', import.meta.url))

test('the Electron app opens its window on the setup or connect screen', async () => {
  const executablePath = findElectronBinary()
  test.skip(
    executablePath === null,
    'Electron binary not installed on this machine (its download needs GitHub); the web-shell e2e covers the UI',
  )
  if (executablePath === null) return

  const emulator = await createStravaEmulator({ activityCount: 5, seed: 7 })
  // userData (and the library inside it) goes to a temp home, never the developer's own.
  const home = mkdtempSync(join(tmpdir(), 'trailkeep-electron-e2e-'))
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined) env[name] = value
  delete env.STRAVA_CLIENT_ID
  delete env.STRAVA_CLIENT_SECRET
  delete env.ELECTRON_RENDERER_URL
  Object.assign(env, {
    STRAVA_BASE_URL: emulator.url,
    STRAVA_API_BASE_URL: emulator.apiUrl,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    APPDATA: join(home, 'AppData', 'Roaming'),
  })
  try {
    const app = await electron.launch({
      executablePath,
      args: ['--no-sandbox', APP_DIR],
      cwd: APP_DIR,
      env,
    })
    try {
      const appWindow = await app.firstWindow()
      await expect(appWindow).toHaveTitle('Trailkeep')
      await expect(
        appWindow
          .getByRole('heading', { name: 'Connect with Strava' })
          .or(appWindow.getByRole('button', { name: 'Connect with Strava' })),
      ).toBeVisible()
      await expect(appWindow.getByRole('contentinfo')).toHaveText('Powered by Strava')
      // The renderer sees only the bridge object, never Node.
      expect(
        await appWindow.evaluate(() => typeof (globalThis as { require?: unknown }).require),
      ).toBe('undefined')
      expect(await appWindow.evaluate(() => typeof window.trailkeep?.auth.status)).toBe('function')
    } finally {
      await app.close()
    }
  } finally {
    await emulator.close()
    rmSync(home, { recursive: true, force: true })
  }
})
