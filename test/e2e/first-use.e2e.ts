/**
 * A new user's first use in a real Chromium with the console watched: first run (a wrong try,
 * then the right values), Connect with Strava, the first backup, one activity, Totals, Settings,
 * disconnecting while keeping the backup, and a reload. The page must log no error on the way.
 */
import type { Page } from '@playwright/test'
import { completeSetup, expect, GENEROUS_RATE_LIMITS, openSection, test } from './fixtures'

test.use({ emulatorOptions: { activityCount: 20, seed: 7, rateLimits: GENEROUS_RATE_LIMITS } })

function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text())
    }
  })
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`))
  return errors
}

test('first run → connect → sync → disconnect → reload logs no console error', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  const errors = watchConsole(page)
  await page.goto(shell.server.url)

  // First run: Save with nothing typed marks both fields, then the right values go through.
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByLabel('Client ID')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Client Secret')).toHaveAttribute('aria-invalid', 'true')
  await completeSetup(page, emulator)

  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await approveInPopup(page)
  const syncBar = page.getByRole('status', { name: 'Sync status' })
  await expect(syncBar).toContainText('Backed up.', { timeout: 60_000 })

  const list = page.getByRole('listbox', { name: 'Activities' })
  await list.getByRole('option').nth(1).click()
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeVisible()
  await openSection(page, 'Totals')
  await expect(page.getByRole('table', { name: /^Monthly totals/ })).toBeVisible()

  await openSection(page, 'Settings')
  await page.getByRole('button', { name: 'Disconnect…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Disconnect from Strava?' })
  await dialog.getByRole('button', { name: 'Disconnect', exact: true }).click()
  await expect(dialog).toBeHidden()
  const notConnected = 'Not connected to Strava: your backup is here to browse.'
  await expect(syncBar).toHaveText(notConnected)

  await page.reload()
  await expect(syncBar).toHaveText(notConnected)
  await expect(list.getByRole('option').first()).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Connect to Strava to back up new activities' }),
  ).toBeVisible()

  expect(errors, 'console errors and uncaught errors in the page').toEqual([])
})
