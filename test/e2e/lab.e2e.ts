/**
 * The lab in the web shell, as an athlete meets it: thresholds set in Settings (one estimate
 * accepted), every lab view, figures leading to their activities, gear past its retirement
 * distance, the year in review saved as a PNG; photographed at two sizes, light and dark, in
 * metric and imperial, into test-results/screenshots/lab-*.png.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  completeSetup,
  expect,
  GENEROUS_RATE_LIMITS,
  openSection,
  SCREENSHOT_DIR,
  test,
} from './fixtures'
import { shootLab } from './lab-screens'

test.use({ emulatorOptions: { activityCount: 160, seed: 17, rateLimits: GENEROUS_RATE_LIMITS } })

async function openLabView(page: Page, name: string): Promise<void> {
  await openSection(page, 'Lab')
  const item = page
    .getByRole('navigation', { name: 'Lab views' })
    .getByRole('button', { name, exact: true })
  await item.click()
  await expect(item).toHaveAttribute('aria-current', 'page')
}

async function addThreshold(page: Page, label: string, value: string, from: string) {
  const section = page.getByRole('region', { name: 'Athlete thresholds' })
  await section.getByRole('combobox', { name: 'Threshold', exact: true }).selectOption({ label })
  await section.getByRole('textbox', { name: /^Value/ }).fill(value)
  await section.getByRole('textbox', { name: 'From' }).fill(from)
  await section.getByRole('button', { name: 'Add' }).click()
}

/** The activity detail shows the activity a lab figure was clicked for. */
async function expectActivityOpened(page: Page, name: string | RegExp) {
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Activities' }),
  ).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(name)
}

test('the lab: every view, explained and leading to its activities', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  test.setTimeout(300_000)
  page.setDefaultTimeout(20_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(shell.server.url)
  await completeSetup(page, emulator)
  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await approveInPopup(page)
  const syncBar = page.getByRole('status', { name: 'Sync status' })
  await expect(syncBar).toContainText('Backed up.', { timeout: 120_000 })

  // Thresholds in Settings, dated before the first activity.
  await openSection(page, 'Settings')
  const thresholds = page.getByRole('region', { name: 'Athlete thresholds' })
  await addThreshold(page, 'FTP', '220', '2015-01-01')
  await addThreshold(page, 'Threshold heart rate', '168', '2015-01-01')
  await addThreshold(page, 'Maximum heart rate', '186', '2015-01-01')
  await addThreshold(page, 'Resting heart rate', '48', '2015-01-01')
  await addThreshold(page, 'Threshold running pace', '4:45', '2015-01-01')
  await expect(thresholds.getByRole('table', { name: /History/ }).getByRole('row')).toHaveCount(6)
  await addThreshold(page, 'FTP', '9', '2015-01-01')
  await expect(thresholds.getByText('FTP must be a number from 30 to 2000 W.')).toBeVisible()
  await expect(syncBar).not.toContainText('Analysing', { timeout: 60_000 })
  await page.reload()
  await openSection(page, 'Settings')
  const estimate = thresholds.getByRole('group', { name: /^Suggested/ }).first()
  await expect(estimate).toBeVisible()
  await shootLab(page, '01-settings-thresholds', () => thresholds.scrollIntoViewIfNeeded())
  await estimate.getByRole('button', { name: /^Use .* from today$/ }).click()
  await expect(thresholds.getByRole('table', { name: /History/ }).getByRole('row')).toHaveCount(7)
  const zones = page.getByRole('region', { name: 'Training zones' })
  await zones.getByText('Heart rate: rides').click()
  await shootLab(page, '02-settings-zones', () => zones.scrollIntoViewIfNeeded())

  // Fitness: today's figures, the chart, a day and its activities.
  await openLabView(page, 'Fitness')
  await expect(syncBar).not.toContainText('Analysing', { timeout: 60_000 })
  await expect(page.getByText('42-day load average')).toBeVisible()
  await shootLab(page, '03-fitness')
  const table = page.getByRole('table', { name: /Days with training/ })
  await table.getByRole('row').nth(1).getByRole('button').click()
  const day = page.getByRole('region', { name: /\d{4}$/ })
  await expect(day.getByText(/Scored by|Not scored/).first()).toBeVisible()
  await shootLab(page, '04-fitness-day', () => day.scrollIntoViewIfNeeded())
  const firstActivity = day.locator('.lab-day-line .lab-link').first()
  const activityName = (await firstActivity.textContent()) ?? ''
  await firstActivity.click()
  await expectActivityOpened(page, activityName)
  const performance = page.getByRole('region', { name: /^Performance/ })
  await expect(performance.getByText(/Scored by|Not scored/)).toBeVisible()

  // Best efforts: a time opens its activity, which marks its own efforts.
  await openLabView(page, 'Best efforts')
  await page.getByLabel('Sport').selectOption('Run')
  const fiveKm = page.getByRole('region', { name: '5K best efforts' })
  await expect(fiveKm.getByRole('row')).not.toHaveCount(0)
  await shootLab(page, '05-bests')
  const best = fiveKm.getByRole('row').nth(1).getByRole('cell').nth(1).getByRole('button')
  const bestTitle = (await best.getAttribute('title')) ?? ''
  await best.click()
  await expectActivityOpened(page, bestTitle.replace(/^Open /, '').replace(/, \w{3}, .*$/, ''))
  await expect(
    page
      .getByRole('table', { name: 'Best efforts in this activity' })
      .getByText('Fastest ever')
      .first(),
  ).toBeVisible()
  await shootLab(page, '06-activity-performance', () =>
    page.getByRole('table', { name: 'Best efforts in this activity' }).scrollIntoViewIfNeeded(),
  )

  // Curves, with critical power for power.
  await openLabView(page, 'Curves')
  await page.getByLabel('Sport').selectOption('Ride')
  await expect(page.getByRole('region', { name: 'Critical power and W′' })).toBeVisible()
  await shootLab(page, '07-curves-power')
  await page.getByRole('radio', { name: 'Pace', exact: true }).check()
  await page.getByLabel('Sport').selectOption('Run')
  await expect(
    page
      .getByRole('table', { name: /Best values held/ })
      .getByRole('button')
      .first(),
  ).toBeVisible()
  await shootLab(page, '08-curves-pace')

  await openLabView(page, 'Zones')
  await expect(page.getByText(/Measured with/)).toBeVisible()
  await shootLab(page, '09-zones')

  await openLabView(page, 'Calendar')
  const years = page.getByLabel('Year')
  await years.selectOption({ index: 1 })
  await page
    .getByRole('grid', { name: /^Training days of/ })
    .locator('button:not([disabled])')
    .first()
    .click()
  await expect(page.getByRole('region', { name: /\d{4}$/ })).toBeVisible()
  await shootLab(page, '10-calendar')

  await openLabView(page, 'Year in review')
  await page.getByLabel('Year').selectOption({ index: 1 })
  await expect(page.getByRole('heading', { name: /in review$/ })).toBeVisible()
  await shootLab(page, '11-review')
  await page.getByRole('button', { name: 'Save as PNG…' }).click()
  const saved = page
    .getByRole('status')
    .filter({ hasText: /^Saved trailkeep-\d{4}-in-review\.png\./ })
  await expect(saved).toBeVisible()
  const file = ((await saved.textContent()) ?? '').replace(/^Saved \S+ /, '')
  expect(existsSync(file)).toBe(true)
  expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG')
  copyFileSync(file, join(SCREENSHOT_DIR, 'lab-11-review-export.png'))

  await openLabView(page, 'Eddington')
  await page.getByLabel('Sport').selectOption('Ride')
  await expect(page.getByText('Eddington number (km)')).toBeVisible()
  await shootLab(page, '12-eddington')

  await openLabView(page, 'Gear')
  const gear = page.locator('.lab-gear').first()
  await gear.getByLabel(/^Retire at/).fill('10')
  await gear.getByRole('button', { name: 'Save' }).click()
  await expect(gear.getByText(/Past its retirement distance/)).toBeVisible()
  await shootLab(page, '13-gear')

  // Imperial: the same figures in miles and minutes per mile.
  await openSection(page, 'Settings')
  await page.getByRole('radio', { name: /^Imperial/ }).check()
  await expect(thresholds.getByText(/\/mi/).first()).toBeVisible()
  await shootLab(page, '14-imperial-settings-thresholds', () => thresholds.scrollIntoViewIfNeeded())
  for (const [view, shot] of [
    ['Fitness', '15-imperial-fitness'],
    ['Best efforts', '16-imperial-bests'],
    ['Curves', '17-imperial-curves'],
    ['Eddington', '18-imperial-eddington'],
    ['Gear', '19-imperial-gear'],
    ['Year in review', '20-imperial-review'],
  ] as const) {
    await openLabView(page, view)
    await expect(page.locator('.lab-view')).toBeVisible()
    await shootLab(page, shot)
  }
})
