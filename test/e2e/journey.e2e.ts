/**
 * The whole journey of a new user in a real Chromium against the web shell and the emulator:
 * first-run setup, Connect with Strava, the first backup in the status bar, searching and
 * filtering the list, one activity with its map and charts, totals, switching to imperial units,
 * and disconnecting while keeping the backup. Screenshots of every screen, light and dark, go to
 * test-results/screenshots/journey-*.png for people to look at.
 */
import type { Page } from '@playwright/test'
import {
  completeSetup,
  expect,
  GENEROUS_RATE_LIMITS,
  openSection,
  saveScreenshot,
  test,
} from './fixtures'

const XSS_NAME = '<img src=x onerror=alert(1)>'
const VIEWPORT = { width: 1280, height: 860 }

test.use({
  // A few milliseconds per request keep the progress visible; the limits never stop the sync.
  emulatorOptions: { activityCount: 60, seed: 7, rateLimits: GENEROUS_RATE_LIMITS, latencyMs: 8 },
  viewport: VIEWPORT,
})

/**
 * Light, then dark, then back to light. Screens scroll inside the window, so `height` makes the
 * window tall enough to show a whole screen for the picture.
 */
async function screenshotBothSchemes(page: Page, name: string, height?: number): Promise<void> {
  if (height) await page.setViewportSize({ width: VIEWPORT.width, height })
  await saveScreenshot(page, `journey-${name}`)
  await page.emulateMedia({ colorScheme: 'dark' })
  await saveScreenshot(page, `journey-${name}-dark`)
  await page.emulateMedia({ colorScheme: 'light' })
  if (height) await page.setViewportSize(VIEWPORT)
}

test('a new user backs up, browses, totals, switches units and disconnects keeping the data', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  test.setTimeout(120_000)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(shell.server.url)

  // First run: the user's own API application.
  await expect(page.getByRole('heading', { name: 'Connect with Strava' })).toBeVisible()
  await completeSetup(page, emulator)
  await screenshotBothSchemes(page, '01-connect')

  // Connect with Strava from the banner; Strava's page opens in a popup.
  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await approveInPopup(page)
  await expect(page.getByRole('button', { name: 'Connect with Strava' })).toHaveCount(0)

  // The first backup starts by itself and the status bar says how it goes, in words.
  const syncBar = page.getByRole('status', { name: 'Sync status' })
  await expect(syncBar).toContainText(
    /Looking for new activities|Backing up details and streams|Backed up\./,
  )
  await saveScreenshot(page, 'journey-02-syncing')
  await expect(syncBar).toContainText('Backed up.', { timeout: 60_000 })
  expect(emulator.stats.rateLimited).toBe(0)

  // Activities: everything that was backed up, newest first.
  await openSection(page, 'Activities')
  const backedUp = emulator.activities.length
  const activities = page.getByRole('region', { name: 'Activities' })
  const list = activities.getByRole('listbox', { name: 'Activities' })
  const count = activities.locator('.list-count')
  await expect(count).toHaveText(`${backedUp} activities`)
  await expect(list.getByRole('option').first()).toContainText(emulator.activities[0]?.name ?? '')
  await screenshotBothSchemes(page, '03-activities')

  // Search and filter by sport: every run with "run" in its name.
  const expected = emulator.activities.filter((a) => a.sport_type === 'Run' && /run/i.test(a.name))
  const first = expected[0]
  expect(first?.map.summary_polyline, 'the first match has a route').toBeTruthy()
  if (!first) return
  const filters = activities.getByRole('search', { name: 'Filter activities' })
  await filters.getByRole('searchbox', { name: 'Search activities' }).fill('run')
  await filters.getByLabel('Sport').selectOption('Run')
  await expect(count).toHaveText(
    `${expected.length} ${expected.length === 1 ? 'activity' : 'activities'}`,
  )
  for (const option of await list.getByRole('option').all()) {
    await expect(option).toContainText(/run/i)
  }

  // One activity: its map and charts.
  await list.getByRole('option').first().click()
  const detail = activities.getByRole('article')
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(first.name)
  await expect(detail.getByLabel('Route map')).toBeVisible()
  await expect(detail.getByRole('figure', { name: /chart$/ }).first()).toBeVisible()
  await expect(detail.getByRole('link', { name: 'View on Strava' })).toHaveAttribute(
    'href',
    `https://www.strava.com/activities/${first.id}`,
  )
  await expect(detail).toContainText(' km')
  await screenshotBothSchemes(page, '04-detail', 1500)

  // Totals: monthly by default, a stacked chart and its table.
  await openSection(page, 'Totals')
  const totals = page.getByRole('region', { name: 'Totals' })
  await expect(totals.getByRole('radio', { name: 'Monthly' })).toBeChecked()
  await expect(totals.getByRole('img', { name: /Distance per month/ })).toBeVisible()
  await expect(totals.locator('canvas').first()).toBeVisible()
  const table = totals.getByRole('table')
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText('km')
  await screenshotBothSchemes(page, '05-totals-monthly', 1500)
  await totals.getByRole('radio', { name: 'Yearly' }).check()
  await totals.getByRole('radio', { name: 'Time' }).check()
  await expect(totals.getByRole('img', { name: /Moving time per year/ })).toBeVisible()
  // Every year since the first activity: the total is the whole backup.
  await expect(
    table
      .getByRole('row', { name: /^Total/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(String(backedUp))
  await screenshotBothSchemes(page, '06-totals-yearly-time')
  await totals.getByRole('radio', { name: 'Weekly' }).check()
  await totals.getByRole('combobox', { name: 'Sport' }).selectOption('Ride')
  await expect(totals.getByRole('img', { name: /Moving time per week/ })).toBeVisible()
  await saveScreenshot(page, 'journey-07-totals-weekly-rides')

  // Settings: imperial units, saved at once and followed by every screen.
  await openSection(page, 'Settings')
  const units = page.getByRole('region', { name: 'Units' })
  await units.getByRole('radio', { name: /Imperial/ }).check()
  await expect(units.getByRole('status')).toHaveText('Saved')
  await expect(units.getByRole('radio', { name: /Imperial/ })).toBeChecked()
  await screenshotBothSchemes(page, '08-settings', 1750)

  await openSection(page, 'Activities')
  await expect(list.getByRole('option').first()).toContainText(' mi')
  await expect(detail).toContainText(' mi')
  await expect(detail).not.toContainText(' km')
  await expect(detail.getByRole('figure', { name: /chart$/ }).first()).toBeVisible()
  await saveScreenshot(page, 'journey-09-detail-imperial')
  await openSection(page, 'Totals')
  await expect(totals.getByRole('table').getByRole('row', { name: /^Total/ })).toContainText('mi')

  // Names are text: the activity called like an HTML tag shows as typed and runs nothing.
  await openSection(page, 'Activities')
  await activities.getByRole('button', { name: 'Clear filters' }).click()
  await filters.getByRole('searchbox', { name: 'Search activities' }).fill('onerror')
  await expect(count).toHaveText('1 activity')
  await expect(list.getByRole('option')).toHaveText(new RegExp(escapeRegExp(XSS_NAME)))
  await list.getByRole('option').first().click()
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(XSS_NAME)
  await expect(detail.getByRole('figure', { name: /chart$/ }).first()).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await saveScreenshot(page, 'journey-10-html-name')
  await activities.getByRole('button', { name: 'Clear filters' }).click()
  await expect(count).toHaveText(`${backedUp} activities`)

  // Disconnect from Settings → Account, keeping the backup.
  await openSection(page, 'Settings')
  const account = page.getByRole('region', { name: 'Account' })
  await account.getByRole('button', { name: 'Disconnect…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Disconnect from Strava?' })
  await expect(
    dialog.getByRole('radio', { name: 'Keep my backed-up activities on this computer' }),
  ).toBeChecked()
  await screenshotBothSchemes(page, '11-disconnect')
  await dialog.getByRole('button', { name: 'Disconnect', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(account.getByRole('heading', { name: 'Not connected to Strava' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Connect with Strava' })).toBeVisible()
  expect(emulator.stats.revocations).toBe(1)

  // The backup stays: the list still shows every activity, in the chosen units.
  await openSection(page, 'Activities')
  await expect(count).toHaveText(`${backedUp} activities`)
  await expect(list.getByRole('option').first()).toContainText(emulator.activities[0]?.name ?? '')
  await screenshotBothSchemes(page, '12-disconnected')

  expect(dialogs, 'no script ran from activity names').toEqual([])
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
