/**
 * Settings in a real Chromium against the web shell: every change saves at once and survives a
 * reload, and "Purge now" asks first, then removes what was deleted on Strava and says how many.
 */
import type { Page } from '@playwright/test'
import type { StravaEmulator } from '../strava-emulator'
import {
  completeSetup,
  expect,
  GENEROUS_RATE_LIMITS,
  openSection,
  saveScreenshot,
  test,
} from './fixtures'

test.use({ emulatorOptions: { activityCount: 20, seed: 7, rateLimits: GENEROUS_RATE_LIMITS } })

/** First-run setup, Connect with Strava, and the first backup finished. */
async function connectAndBackUp(
  page: Page,
  url: string,
  emulator: StravaEmulator,
  approveInPopup: (page: Page) => Promise<void>,
): Promise<void> {
  await page.goto(url)
  await completeSetup(page, emulator)
  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await approveInPopup(page)
  await expect(page.getByRole('status', { name: 'Sync status' })).toContainText('Backed up.', {
    timeout: 30_000,
  })
}

/** Every activity in the backup, deleted on Strava or not, as the page's own bridge counts them. */
function storedActivities(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const page = await window.trailkeep?.library.list({ includeDeleted: true, limit: 1 })
    return page?.total ?? -1
  })
}

test('changes save at once, survive a reload, and Purge now confirms and reports', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  await connectAndBackUp(page, shell.server.url, emulator, approveInPopup)

  // An athlete deletes one activity on Strava; a full re-list finds it gone.
  const gone = emulator.activities[3]
  if (!gone) throw new Error('the dataset has fewer than 4 activities')
  emulator.deleteActivity(gone.id)
  const summary = await shell.core.sync.run({ full: true })
  expect(summary.deleted).toBe(1)

  await openSection(page, 'Settings')
  const sync = page.getByRole('region', { name: 'Sync' })
  const interval = sync.getByRole('combobox', {
    name: 'Sync in the background while Trailkeep is open',
  })
  await expect(interval).toHaveValue('60')
  await interval.selectOption({ label: 'Once a day' })
  await expect(sync.getByRole('status')).toHaveText('Saved')
  const everything = sync.getByRole('radio', { name: /Everything/ })
  await expect(everything).toBeChecked()
  await expect(everything).toHaveAccessibleDescription(/two requests per activity/)
  const detailsOnly = sync.getByRole('radio', { name: 'Details, no streams' })
  await expect(detailsOnly).toHaveAccessibleDescription(/half the requests/)
  await detailsOnly.check()
  await expect(sync.getByRole('status')).toHaveText('Saved')

  const retention = page.getByRole('region', { name: 'Deleted on Strava' })
  await expect(retention).toContainText('API agreement')
  await retention.getByRole('radio', { name: /Remove them 48 hours after/ }).check()
  await expect(retention.getByRole('status').first()).toHaveText('Saved')
  await expect(retention).toContainText('1 activity here was deleted on Strava.')

  const data = page.getByRole('region', { name: 'Data' })
  await expect(data.getByRole('textbox', { name: 'Data folder' })).toHaveValue(shell.core.dataDir)
  await expect(data.getByRole('textbox', { name: 'Data folder' })).not.toBeEditable()
  const security = page.getByRole('region', { name: 'Security' })
  await expect(security).toContainText('stored encrypted with')
  await expect(security).toContainText('TRAILKEEP_PASSPHRASE')

  // Purge asks first; Cancel removes nothing.
  await retention.getByRole('button', { name: 'Purge now' }).click()
  const confirm = page.getByRole('dialog', { name: 'Remove activities deleted on Strava?' })
  await expect(confirm).toContainText('the 1 backed-up activity deleted on Strava')
  await saveScreenshot(page, 'settings-purge-confirm')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toBeHidden()
  expect(await storedActivities(page)).toBe(20)

  await retention.getByRole('button', { name: 'Purge now' }).click()
  await confirm.getByRole('button', { name: 'Purge', exact: true }).click()
  await expect(confirm).toBeHidden()
  await expect(retention.getByRole('status').last()).toHaveText(
    'Removed 1 activity deleted on Strava.',
  )
  expect(await storedActivities(page)).toBe(19)
  await saveScreenshot(page, 'settings-purged')

  // Everything chosen above is what the core now uses, and what the screen shows after a reload.
  await page.reload()
  await openSection(page, 'Settings')
  await expect(interval).toHaveValue('1440')
  await expect(detailsOnly).toBeChecked()
  await expect(retention.getByRole('radio', { name: /Remove them 48 hours after/ })).toBeChecked()
  await expect(retention).toContainText('No backed-up activity has been deleted on Strava.')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('backs up, then restores the backup from Settings, staying connected', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  await connectAndBackUp(page, shell.server.url, emulator, approveInPopup)
  await openSection(page, 'Settings')
  const data = page.getByRole('region', { name: 'Your data' })
  await data.getByRole('button', { name: 'Back up database…' }).click()
  await expect(data.getByRole('status')).toContainText('Backed up 20 activities.')

  // Two more activities arrive after the backup.
  emulator.addActivity()
  emulator.addActivity()
  await shell.core.sync.run()
  expect(await storedActivities(page)).toBe(22)

  await data.getByRole('button', { name: 'Restore from backup…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(confirm).toContainText('holds 20 activities')
  await expect(confirm).toContainText('(22 activities now)')
  await saveScreenshot(page, 'settings-restore-confirm')
  await confirm.getByRole('button', { name: 'Restore' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByRole('region', { name: 'Your data' }).getByRole('status')).toContainText(
    /^Restored 20 activities from \S+\.sqlite\. The library it replaced is kept in the data folder as trailkeep\.sqlite\.before-restore\.$/,
  )
  await saveScreenshot(page, 'settings-restored')
  await expect(page.getByText('Not connected')).toHaveCount(0)
  await openSection(page, 'Activities')
  await expect(page.getByText(/^(20|21|22) activities$/)).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
