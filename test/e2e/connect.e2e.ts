/**
 * The whole connect journey in a real Chromium against the web shell and the Strava emulator:
 * first-run setup, connect through Strava's page in a popup (the banner every screen shows while
 * not connected), reload, disconnect from Settings → Account; cancelling on Strava; and the
 * bridge refusing callers without the per-run key or from another origin.
 */
import type { Page } from '@playwright/test'
import WebSocket from 'ws'
import { ATHLETE_NAME, completeSetup, expect, openSection, saveScreenshot, test } from './fixtures'

/** The full connect card shown above every screen while not connected and nothing is backed up. */
function connectBanner(page: Page) {
  return page.getByRole('region', { name: 'Back up your Strava history' })
}

/** The one-line strip that replaces the card once there is a backup to browse. */
function connectStrip(page: Page) {
  return page.getByRole('region', { name: 'Connect to Strava to back up new activities' })
}

test('first-run setup, connect, reload and disconnect keeping the backup', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  await page.goto(shell.server.url)
  await expect(page.getByRole('contentinfo')).toHaveText('Powered by Strava')

  // First run: a secret in the wrong shape is refused with a sentence saying where to find it.
  await expect(page.getByRole('heading', { name: 'Connect with Strava' })).toBeVisible()
  await saveScreenshot(page, 'setup')
  await page.getByLabel('Client ID').fill(emulator.clientId)
  await page.getByLabel('Client Secret').fill('not a secret!')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByLabel('Client Secret')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('The Client Secret is the long code', { exact: false })).toBeVisible()
  await saveScreenshot(page, 'setup-error')
  await expect(page.getByRole('heading', { name: 'Connect with Strava' })).toBeVisible()

  await page.getByLabel('Client Secret').fill(emulator.clientSecret)
  await page.getByRole('button', { name: 'Save' }).click()
  const banner = connectBanner(page)
  await expect(banner.getByRole('heading', { name: 'Back up your Strava history' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(
    banner.getByText('Your Strava access stays on this computer, encrypted.'),
  ).toBeVisible()
  await expect(banner).not.toContainText('TRAILKEEP_PASSPHRASE')
  await saveScreenshot(page, 'connect')

  // Nothing is backed up yet: every screen says so, with the banner above it.
  await openSection(page, 'Totals')
  await expect(page.getByRole('heading', { name: 'Nothing backed up yet' })).toBeVisible()
  await saveScreenshot(page, 'totals-empty')
  await openSection(page, 'Settings')
  const account = page.getByRole('region', { name: 'Account' })
  await expect(account.getByRole('heading', { name: 'Not connected to Strava' })).toBeVisible()
  await expect(account.getByRole('button')).toHaveCount(0)
  await saveScreenshot(page, 'settings-not-connected')
  await openSection(page, 'Activities')

  // Connect from the banner: the app waits while Strava's page is open in the browser.
  await banner.getByRole('button', { name: 'Connect with Strava' }).click()
  await expect(page.getByText('Waiting for you to approve in the browser…')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await saveScreenshot(page, 'waiting')
  await approveInPopup(page)

  // Connected: the banner goes, the first backup runs, and the account lives in Settings → Account.
  await expect(banner).toBeHidden()
  const syncBar = page.getByRole('status', { name: 'Sync status' })
  await expect(syncBar).toContainText('Backed up.', { timeout: 30_000 })
  await openSection(page, 'Settings')
  const connected = account.getByRole('heading', { name: `Connected as ${ATHLETE_NAME}` })
  await expect(connected).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(emulator.stats.tokenExchanges).toBe(1)
  await saveScreenshot(page, 'connected')

  // The key left the address bar on first load; the tab keeps it across a reload.
  expect(page.url()).not.toContain(shell.server.key)
  await page.reload()
  await openSection(page, 'Settings')
  await expect(connected).toBeVisible()

  // Disconnect, keeping the local backup.
  await account.getByRole('button', { name: 'Disconnect…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Disconnect from Strava?' })
  await expect(dialog).toBeVisible()
  const keep = dialog.getByRole('radio', { name: 'Keep my backed-up activities on this computer' })
  await expect(keep).toBeChecked()
  await expect(
    dialog.getByRole('radio', { name: 'Delete my backed-up activities too' }),
  ).not.toBeChecked()
  await saveScreenshot(page, 'disconnect-dialog')
  await dialog.getByRole('button', { name: 'Disconnect', exact: true }).click()

  await expect(dialog).toBeHidden()
  // The backup stayed, so the connect offer is one line above it, and the bar says where things are.
  await expect(
    connectStrip(page).getByRole('button', { name: 'Connect with Strava' }),
  ).toBeVisible()
  await expect(banner).toHaveCount(0)
  await expect(syncBar).toHaveText('Not connected to Strava: your backup is here to browse.')
  await expect(account.getByRole('heading', { name: 'Not connected to Strava' })).toBeVisible()
  expect(emulator.stats.revocations).toBe(1)
  await saveScreenshot(page, 'disconnected')

  await page.reload()
  await expect(syncBar).toHaveText('Not connected to Strava: your backup is here to browse.')
  await expect(connectStrip(page)).toBeVisible()
})

test('cancelling on Strava’s page says so, and connecting again works', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  await page.goto(shell.server.url)
  await completeSetup(page, emulator)

  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await approveInPopup(page, { deny: true })

  await expect(page.getByRole('alert')).toContainText('You cancelled on Strava')
  await expect(page.getByRole('alert')).toContainText('not connected')
  await expect(page.getByRole('button', { name: 'Connect with Strava' })).toBeVisible()
  expect(emulator.stats.tokenExchanges).toBe(0)
  await saveScreenshot(page, 'cancelled-on-strava')

  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await approveInPopup(page)
  await expect(connectBanner(page)).toBeHidden()
  await openSection(page, 'Settings')
  await expect(page.getByRole('heading', { name: `Connected as ${ATHLETE_NAME}` })).toBeVisible()
  expect(emulator.stats.tokenExchanges).toBe(1)
})

test('connecting while Strava cannot be reached says so at once, in the card', async ({
  page,
  shell,
  emulator,
}) => {
  await page.goto(shell.server.url)
  await completeSetup(page, emulator)
  let popups = 0
  page.on('popup', () => popups++)
  await emulator.close()

  await connectBanner(page).getByRole('button', { name: 'Connect with Strava' }).click()

  await expect(connectBanner(page).getByRole('alert')).toHaveText(
    'Could not reach Strava. Check your internet connection and try again.',
  )
  await expect(page.getByRole('button', { name: 'Connect with Strava' })).toBeVisible()
  await expect(page.getByText('Waiting for you to approve in the browser…')).toHaveCount(0)
  expect(popups).toBe(0)
  expect(shell.core.account.cancelConnect()).toBe(false)
})

test('the Cancel button in the app stops a connection waiting for the browser', async ({
  page,
  shell,
  emulator,
}) => {
  await page.goto(shell.server.url)
  await completeSetup(page, emulator)

  const popup = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await expect(page.getByText('Waiting for you to approve in the browser…')).toBeVisible()
  await (await popup).close()
  await page.getByRole('button', { name: 'Cancel' }).click()

  await expect(page.getByRole('alert')).toContainText('Connecting to Strava was cancelled.')
  await expect(page.getByRole('button', { name: 'Connect with Strava' })).toBeVisible()
  expect(shell.core.account.cancelConnect()).toBe(false)
})

/** What the bridge answers to a WebSocket upgrade: the HTTP status, or 101 when it opened. */
function upgradeStatus(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin })
    socket.once('open', () => {
      socket.close()
      resolve(101)
    })
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0)
      socket.terminate()
    })
    socket.once('error', (error) => reject(error))
  })
}

test('the bridge refuses callers without the key or from another origin', async ({
  page,
  shell,
}) => {
  const { origin, key } = shell.server
  const bridge = `${origin.replace('http:', 'ws:')}/bridge`
  const withKey = `${bridge}?key=${encodeURIComponent(key)}`

  expect(await upgradeStatus(`${bridge}`, origin)).toBe(403)
  expect(await upgradeStatus(`${bridge}?key=`, origin)).toBe(403)
  expect(await upgradeStatus(`${bridge}?key=${'x'.repeat(key.length)}`, origin)).toBe(403)
  expect(await upgradeStatus(`${bridge}?key=${encodeURIComponent(key)}x`, origin)).toBe(403)
  expect(await upgradeStatus(withKey, 'http://evil.example')).toBe(403)
  expect(await upgradeStatus(withKey, 'http://localhost:1')).toBe(403)
  expect(await upgradeStatus(withKey, 'null')).toBe(403)
  expect(await upgradeStatus(withKey)).toBe(403)
  expect(await upgradeStatus(`${origin.replace('http:', 'ws:')}/other?key=${key}`, origin)).toBe(
    403,
  )
  // The same request from the shell's own origin with the key is the one that opens.
  expect(await upgradeStatus(withKey, origin)).toBe(101)

  // The page itself, opened without #key in a fresh tab, cannot reach the core.
  await page.goto(`${origin}/`)
  await expect(page.getByRole('alert')).toContainText('refused the connection')
  await expect(page.getByRole('heading', { name: 'Connect with Strava' })).toHaveCount(0)
  await saveScreenshot(page, 'no-key')
})
