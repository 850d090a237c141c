/**
 * The map explorer in Chromium against the web shell: heatmap, explorer tiles, the same route
 * with a stretch compared, and privacy zones, first without a base map and then on a small
 * PMTiles base map, proving that no request leaves the page while it is shown. Screenshots at
 * 1280×800 and 900×600, light and dark, go to test-results/screenshots/maps-*.png.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from '@playwright/test'
import { mercatorX, mercatorY } from '../../src/main/core/maps/tile-math'
import { pathTrack } from '../helpers/map-fixtures'
import { writeRasterPmtiles } from '../helpers/pmtiles-fixture'
import { onTrack, type StravaEmulator } from '../strava-emulator'
import {
  completeSetup,
  expect,
  GENEROUS_RATE_LIMITS,
  openSection,
  SCREENSHOT_VIEWPORTS,
  shootEverySize,
  test,
} from './fixtures'

/** Cologne, where the emulator's athlete lives. */
const HOME: [number, number] = [50.9375, 6.9603]
const LOOP: [number, number][] = [
  [0, 0],
  [1800, 0],
  [1800, 1400],
  [0, 1400],
  [0, 0],
]
const BASE_MAP_DIR = mkdtempSync(join(tmpdir(), 'trailkeep-e2e-basemap-'))
const BASE_MAP = join(BASE_MAP_DIR, 'cologne.pmtiles')

test.use({ emulatorOptions: { activityCount: 30, seed: 7, rateLimits: GENEROUS_RATE_LIMITS } })
test.beforeAll(() => {
  writeRasterPmtiles(BASE_MAP, { west: 6.5, south: 50.6, east: 7.4, north: 51.25 }, 12)
  process.env.TRAILKEEP_WEB_BASE_MAP_FILE = BASE_MAP
})
test.afterAll(() => {
  delete process.env.TRAILKEEP_WEB_BASE_MAP_FILE
  rmSync(BASE_MAP_DIR, { recursive: true, force: true })
})

/** The same loop four times (one of them the other way round) over four years. */
function addLoops(emulator: StravaEmulator): void {
  const years = [2022, 2023, 2024, 2025]
  years.forEach((year, i) => {
    const origin: [number, number] = [HOME[0] + i * 0.00004, HOME[1]]
    const track = pathTrack(origin, i === 2 ? [...LOOP].reverse() : LOOP, 6).map(
      ([lat, lon]) => [lat, lon] as [number, number],
    )
    const start = `${year}-06-0${i + 1}T07:00:00Z`
    emulator.addActivity({
      ...onTrack(track, 290 + i * 12),
      name: i === 2 ? 'Park loop backwards' : `Park loop ${year}`,
      sport_type: 'Run',
      type: 'Run',
      start_date: start,
      start_date_local: start,
      has_heartrate: true,
      average_heartrate: 150 - i * 2,
    })
  })
}

async function connectAndBackUp(
  page: Page,
  emulator: StravaEmulator,
  approve: () => Promise<void>,
) {
  await page.setViewportSize(SCREENSHOT_VIEWPORTS[0])
  await page.goto(shellUrl(page))
  await completeSetup(page, emulator)
  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await approve()
  await expect(page.getByRole('status', { name: 'Sync status' })).toContainText('Backed up.', {
    timeout: 60_000,
  })
}

let baseUrl = ''
const shellUrl = (_page: Page) => baseUrl

/** The map region's canvas host, once it has drawn everything it asked for. */
async function mapIdle(map: Locator): Promise<void> {
  const started = Date.now()
  await page_settle(map)
  await expect(map).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 })
  if (process.env.TRAILKEEP_E2E_TIMING) console.log(`map idle after ${Date.now() - started} ms`)
}

async function page_settle(map: Locator): Promise<void> {
  await map.page().waitForTimeout(150)
}

/** Clicks the map at a latitude and longitude, from the view it reports. */
async function clickAt(map: Locator, [lat, lon]: [number, number]): Promise<void> {
  // After a window resize the map redraws at its new size a moment later: wait for it.
  await expect
    .poll(async () => {
      const canvas = await map.locator('canvas').boundingBox()
      const box = await map.boundingBox()
      return Math.abs((canvas?.width ?? 0) - (box?.width ?? -10)) < 2
    })
    .toBe(true)
  await mapIdle(map)
  const bounds = JSON.parse((await map.getAttribute('data-bounds')) ?? '[]') as number[]
  const [west, south, east, north] = bounds as [number, number, number, number]
  const box = await map.boundingBox()
  if (!box) throw new Error('the map is not on screen')
  const x = ((mercatorX(lon) - mercatorX(west)) / (mercatorX(east) - mercatorX(west))) * box.width
  const y =
    ((mercatorY(lat) - mercatorY(north)) / (mercatorY(south) - mercatorY(north))) * box.height
  await map.click({ position: { x, y } })
}

/** Every size and scheme of what is on screen, waiting for each map to draw. */
async function shoot(page: Page, name: string, maps: Locator, prepare?: () => Promise<void>) {
  await shootEverySize(page, 'maps', name, {
    prepare,
    ready: async () => {
      for (const map of await maps.all()) await mapIdle(map)
    },
  })
}

function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = []
  context.on('request', (request) => urls.push(request.url()))
  return urls
}

test('heatmap, explorer tiles, same route and privacy zones, without and with a base map', async ({
  page,
  context,
  shell,
  emulator,
  approveInPopup,
}) => {
  test.setTimeout(600_000)
  baseUrl = shell.server.url
  addLoops(emulator)
  await connectAndBackUp(page, emulator, () => approveInPopup(page))
  // Every request of the page and its workers once connected (Strava's page came before).
  const requests = recordRequests(context)
  // The recorder sees the page's own requests: one made here proves it (the map's code may
  // all be loaded already, and tiles travel over the bridge, so the walk itself may ask none).
  await page.evaluate(() => fetch('./trailkeep-mark.svg').then((response) => response.ok))
  await expect.poll(() => requests.some((url) => url.endsWith('/trailkeep-mark.svg'))).toBe(true)

  // Without a base map: the heatmap on a plain background, with a scale bar.
  await openSection(page, 'Maps')
  const heatmap = page.getByRole('region', { name: 'Heatmap of your activities' })
  await mapIdle(heatmap)
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible()
  await expect(page.getByText('No base map yet')).toBeVisible()
  await shoot(page, '01-heatmap-plain', heatmap)

  // Who went there: a click on the loop lists the runs that passed.
  await clickAt(heatmap, HOME)
  const passed = page.getByRole('list', { name: 'Activities that passed here' })
  await expect(passed.getByRole('button', { name: /Park loop/ })).toHaveCount(4)

  // Explorer tiles at zoom 14 and 17 with their figures.
  await page.getByRole('button', { name: 'Explorer tiles' }).click()
  const explorer = page.getByRole('region', { name: 'Explorer tiles' })
  const figures = page.getByRole('definition')
  await expect(figures.first()).not.toHaveText('…')
  const visited14 = Number((await figures.first().textContent())?.replace(/,/g, ''))
  expect(visited14).toBeGreaterThan(0)
  await expect(
    page.getByRole('img', { name: 'Visited tiles and the max cluster over time' }),
  ).toBeVisible()
  await shoot(page, '02-explorer-plain', explorer)
  await page.getByRole('button', { name: /^Zoom 17/ }).click()
  await expect
    .poll(async () => Number((await figures.first().textContent())?.replace(/,/g, '')))
    .toBeGreaterThan(visited14)

  // The loop from the heatmap list opens in Activities, with the same route beside it.
  await page.getByRole('button', { name: 'Heatmap' }).click()
  await clickAt(heatmap, HOME)
  await passed.getByRole('button', { name: 'Park loop 2025' }).click()
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
    'Park loop 2025',
  )
  const sameRoute = page.getByRole('region', { name: /Same route/ })
  await expect(sameRoute).toContainText('2 other times, same way round')
  const routeTable = sameRoute.getByRole('table', { name: 'Activities on this route' })
  await expect(routeTable.getByRole('row')).toHaveCount(4)
  const detailMap = page.getByRole('article').getByRole('region', { name: 'Route map' })
  await mapIdle(detailMap)
  await expect(
    page
      .getByRole('article')
      .getByText(/new tiles? at zoom 17/)
      .first(),
  ).toBeVisible()

  // Compare a stretch: two clicks on the route.
  await sameRoute.getByRole('button', { name: 'Compare a stretch…' }).click()
  await clickAt(detailMap, pathTrack(HOME, LOOP, 6)[60] as [number, number])
  await expect(page.getByText('Now click where the stretch ends.')).toBeVisible()
  await clickAt(detailMap, pathTrack(HOME, LOOP, 6)[500] as [number, number])
  const stretch = sameRoute.getByRole('table', { name: 'The stretch in each activity' })
  await expect(stretch.getByRole('row')).toHaveCount(4)
  await expect(stretch).toContainText('bpm')
  await shoot(page, '03-same-route-plain', detailMap, () => sameRoute.scrollIntoViewIfNeeded())

  // A base map from a PMTiles file, chosen in Settings.
  await openSection(page, 'Settings')
  const mapsSettings = page.getByRole('region', { name: 'Maps', exact: true })
  await mapsSettings.getByRole('button', { name: 'Choose a base map…' }).click()
  await expect(mapsSettings).toContainText('Base map: cologne.pmtiles')

  // Privacy zones: click the map for the centre, add, listed.
  const zones = page.getByRole('region', { name: 'Privacy zones' })
  const zonesMap = zones.getByRole('region', { name: /Privacy zones map/ })
  await zonesMap.scrollIntoViewIfNeeded()
  await mapIdle(zonesMap)
  await clickAt(zonesMap, HOME)
  await expect(zones.getByLabel('Latitude')).not.toHaveValue('')
  await zones.getByLabel('Radius (m)').fill('400')
  await zones.getByRole('button', { name: 'Add zone' }).click()
  await expect(
    zones.getByRole('list', { name: 'Privacy zones' }).getByRole('listitem'),
  ).toHaveCount(1)
  await shoot(page, '04-privacy-zones', zonesMap, () => zonesMap.scrollIntoViewIfNeeded())

  // With the base map shown, nothing leaves the page: every request goes to the app's own origin.
  await openSection(page, 'Maps')
  await mapIdle(heatmap)
  await shoot(page, '05-heatmap-base-map', heatmap)
  await page.getByRole('button', { name: 'Explorer tiles' }).click()
  await shoot(page, '06-explorer-base-map', explorer)
  await page.getByRole('button', { name: 'Heatmap' }).click()
  await page.getByRole('button', { name: 'Save picture…' }).click()
  await expect(
    page.getByText(/Saved a \d+ × \d+ picture\. Your 1 privacy zone is left out\./),
  ).toBeVisible()
  await openSection(page, 'Activities')
  await mapIdle(detailMap)
  await shoot(page, '07-detail-base-map', detailMap, () => detailMap.scrollIntoViewIfNeeded())
  const origin = new URL(shell.server.url).origin
  // The map loaded its code and styles from the app (perhaps before the recording started, for
  // the first activity's route); every tile came over the bridge.
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  )
  expect(loaded.filter((url) => url.includes('/assets/maplibre'))).not.toEqual([])
  expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
})
