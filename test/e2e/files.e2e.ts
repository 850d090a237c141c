/**
 * An athlete with no Strava API application, in a real Chromium against the web shell: first run
 * through "Start from your files" (their Strava export, then a folder of watch files), browsing
 * the library, files dropped onto the window, and a watched folder that gets new files while the
 * app runs. Screens photographed at 1280×800 and 900×600, light and dark.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { deviceFitOf, writeDeviceFiles, writeStravaExport } from '../helpers/device-library'
import { expect, openSection, SCREENSHOT_VIEWPORTS, shootEverySize, test } from './fixtures'

test.use({ emulatorOptions: { activityCount: 30, seed: 21 } })

const shoot = (page: Page, name: string) => shootEverySize(page, 'files', name)

const list = (page: Page) => page.getByRole('listbox', { name: 'Activities' })

/** The list draws only the rows in view; each says how many there are in all. */
async function expectActivities(page: Page, count: number, timeout = 30_000): Promise<void> {
  await expect(list(page).getByRole('option').first()).toHaveAttribute(
    'aria-setsize',
    String(count),
    { timeout },
  )
}

test('first run from files alone: an export, then a folder of watch files, browsable', async ({
  page,
  shell,
  emulator,
  inbox,
}) => {
  test.setTimeout(120_000)
  const [exported, watch] = [emulator.activities.slice(0, 12), emulator.activities.slice(12, 20)]
  await writeStravaExport(join(inbox, 'files', 'export_12345.zip'), exported)
  const recorded = writeDeviceFiles(join(inbox, 'folder'), watch, () => 0, 10)

  await page.setViewportSize(SCREENSHOT_VIEWPORTS[0])
  await page.goto(shell.server.url)
  const door = page.getByRole('region', { name: 'Start from your files' })
  await expect(door).toBeVisible()
  await expect(page.getByRole('region', { name: 'Connect with Strava' })).toBeVisible()
  await shoot(page, '01-first-run')

  await door.getByRole('button', { name: 'Import Strava export (ZIP)…' }).click()
  // The export brings a library: the doors give way to it, without any Strava connection.
  await expectActivities(page, exported.length)
  await expect(
    page.getByRole('region', { name: 'Your library comes from your files' }),
  ).toBeVisible()
  await expect(page.getByRole('status', { name: 'Sync status' })).toBeVisible()

  await openSection(page, 'Settings')
  const yourData = page.getByRole('region', { name: 'Your data' })
  await yourData.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(yourData.getByRole('status')).toContainText(
    `Imported ${recorded.length} new activities.`,
    { timeout: 30_000 },
  )
  await openSection(page, 'Activities')
  await expectActivities(page, exported.length + recorded.length)

  // A watch's activity: its own id, its file's data, no Strava link.
  const fromFile = list(page).getByRole('option').filter({ hasText: 'File' }).first()
  await fromFile.click()
  const detail = page.getByRole('article')
  await expect(detail.getByText('From your file', { exact: true })).toBeVisible()
  await expect(detail.getByText(/From your file: summary, GPS and sensor data/)).toBeVisible()
  await expect(detail.getByRole('link', { name: 'View on Strava' })).toHaveCount(0)
  await shoot(page, '02-library-from-files')

  await openSection(page, 'Totals')
  await expect(page.getByRole('table', { name: /^Monthly totals/ })).toBeVisible()
})

test('files dropped onto the window are imported, with a quiet notice', async ({
  page,
  shell,
  emulator,
  inbox,
}) => {
  const activity = emulator.activities.find((a) => deviceFitOf(a, 0, 10) !== null)
  writeFileSync(join(inbox, 'dropped', 'morning.fit'), deviceFitOf(activity!, 0, 10)!)
  await page.goto(shell.server.url)
  await expect(page.getByRole('region', { name: 'Start from your files' })).toBeVisible()

  // What a file manager's drag gives the page: a DataTransfer holding the file.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([new Uint8Array(8)], 'morning.fit'))
    return transfer
  })
  await page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await expect(page.getByText(/^Drop to import/)).toBeVisible()
  await shoot(page, '03-drop-overlay')
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  const notices = page.getByRole('status', { name: 'Notices' })
  await expect(notices).toContainText('Imported 1 new activity.', { timeout: 30_000 })
  await expectActivities(page, 1)
  await shoot(page, '04-drop-notice')
})

test('a watched folder: files copied in while the app runs appear in the list', async ({
  page,
  shell,
  emulator,
  inbox,
}) => {
  test.setTimeout(90_000)
  const [first, ...later] = emulator.activities.filter((a) => deviceFitOf(a, 0, 10) !== null)
  writeDeviceFiles(join(inbox, 'folder'), [first!], () => 0, 10)
  await page.goto(shell.server.url)
  await page
    .getByRole('region', { name: 'Start from your files' })
    .getByRole('button', { name: 'Import a folder of activity files…' })
    .click()
  await expectActivities(page, 1)

  await openSection(page, 'Settings')
  const watched = page.getByRole('region', { name: 'Watched folders' })
  await watched.getByRole('button', { name: 'Watch a folder…' }).click()
  await expect(watched.getByRole('list', { name: 'Watched folders' })).toContainText(
    join(inbox, 'watched'),
  )
  await expect(watched).toContainText('0 activities added', { timeout: 15_000 })
  await shoot(page, '05-watched-folders')

  await openSection(page, 'Activities')
  // The watch is plugged in and syncs two activities into the folder.
  writeDeviceFiles(join(inbox, 'watched'), later.slice(0, 2), () => 0, 10)
  await expectActivities(page, 3)
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText('2 new activities from')
  await shoot(page, '06-watched-arrivals')
})
