/**
 * A walk through every screen a new user meets, photographed at 1280×800 and 900×600, light and
 * dark, into test-results/screenshots/screens-*.png for people to look at: first run (empty and
 * with its own field messages), the connect card and its waiting state, the activities list, one
 * activity, totals, each Settings section, the disconnect dialog and the disconnected library.
 */
import type { Page } from '@playwright/test'
import {
  completeSetup,
  expect,
  GENEROUS_RATE_LIMITS,
  openSection,
  SCREENSHOT_VIEWPORTS,
  shootEverySize,
  test,
} from './fixtures'

test.use({ emulatorOptions: { activityCount: 40, seed: 7, rateLimits: GENEROUS_RATE_LIMITS } })

/** Every size and scheme of one screen; `prepare` runs after each resize (to scroll, say). */
const shoot = (page: Page, name: string, prepare?: () => Promise<void>) =>
  shootEverySize(page, 'screens', name, { prepare })

const SETTINGS_SECTIONS = [
  'Units',
  'Sync',
  'Deleted on Strava',
  'Your data',
  'Security',
  'Account',
  'Strava API application',
] as const

test('every screen at two sizes, light and dark', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  test.setTimeout(180_000)
  await page.setViewportSize(SCREENSHOT_VIEWPORTS[0])
  await page.goto(shell.server.url)

  await expect(page.getByRole('heading', { name: 'Connect with Strava' })).toBeVisible()
  await shoot(page, '01-first-run')
  await page.getByLabel('Client ID').fill('my app')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByLabel('Client Secret')).toHaveAttribute('aria-invalid', 'true')
  await shoot(page, '02-first-run-errors')
  await page.getByLabel('Client ID').fill('')

  await completeSetup(page, emulator)
  await shoot(page, '03-connect-card')
  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await expect(page.getByText('Waiting for you to approve in the browser…')).toBeVisible()
  await shoot(page, '04-connect-waiting')
  await approveInPopup(page)
  const syncBar = page.getByRole('status', { name: 'Sync status' })
  await expect(syncBar).toContainText('Backed up.', { timeout: 60_000 })

  const list = page.getByRole('listbox', { name: 'Activities' })
  await expect(list.getByRole('option').first()).toBeVisible()
  await shoot(page, '05-activities')
  // A run with a route and a plain name, found by search: one match, then opened.
  const run = emulator.activities.find(
    (a) => a.sport_type === 'Run' && a.map.summary_polyline && /^[A-Za-z ]+$/.test(a.name),
  )
  await page.getByRole('searchbox', { name: 'Search activities' }).fill(run?.name ?? '')
  await expect(list.getByRole('option').first()).toContainText(run?.name ?? '')
  await list.getByRole('option').first().click()
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    run?.name ?? '',
  )
  const detail = page.getByRole('article')
  await expect(detail.getByRole('figure', { name: /chart$/ }).first()).toBeVisible()
  await shoot(page, '06-activity-detail')
  await shoot(page, '07-activity-detail-charts', async () => {
    await detail
      .getByRole('figure', { name: /chart$/ })
      .first()
      .scrollIntoViewIfNeeded()
  })
  await page.getByRole('button', { name: 'Clear filters' }).click()

  await openSection(page, 'Totals')
  await expect(page.getByRole('table', { name: /^Monthly totals/ })).toBeVisible()
  await shoot(page, '08-totals')

  await openSection(page, 'Settings')
  for (const [i, name] of SETTINGS_SECTIONS.entries()) {
    const section = page.getByRole('region', { name, exact: true })
    await shoot(page, `09-settings-${i + 1}-${name.toLowerCase().replaceAll(' ', '-')}`, () =>
      section.scrollIntoViewIfNeeded(),
    )
  }

  await page.getByRole('button', { name: 'Disconnect…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Disconnect from Strava?' })
  await expect(dialog).toBeVisible()
  await shoot(page, '10-disconnect-dialog')
  await dialog.getByRole('button', { name: 'Disconnect', exact: true }).click()
  await expect(dialog).toBeHidden()

  await openSection(page, 'Activities')
  await expect(syncBar).toHaveText('Not connected to Strava: your backup is here to browse.')
  await expect(list.getByRole('option').first()).toBeVisible()
  await shoot(page, '11-disconnected')
})
