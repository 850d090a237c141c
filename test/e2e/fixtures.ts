/**
 * Playwright fixtures for the web-shell e2e tests: a fresh Strava emulator, a fresh data folder
 * and the web shell (the core in Node plus the built renderer) for every test, and helpers that
 * play the user on Strava's authorize page in the popup the app opens.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test as base, expect, type Page } from '@playwright/test'
import { startWebShell, type WebShell } from '../../src/main/web-shell/start-web-shell'
import { createStravaEmulator, type EmulatorOptions, type StravaEmulator } from '../strava-emulator'

export { expect }

export const E2E_PASSPHRASE = 'e2e correct horse battery staple'
export const ATHLETE_NAME = 'Zoë Ångström-Nakamura'
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url))
export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../../test-results/screenshots', import.meta.url),
)

const POPUP_TIMEOUT_MS = 15_000

export interface PopupOptions {
  /** Click Cancel on Strava's page instead of Authorize. */
  deny?: boolean
}

/** The emulator most tests get: 20 activities, Strava's real rate limits. */
export const DEFAULT_EMULATOR_OPTIONS: EmulatorOptions = { activityCount: 20, seed: 7 }

/** Rate limits no sync in a test comes near, so a whole backup finishes in seconds. */
export const GENEROUS_RATE_LIMITS = {
  overall15: 100_000,
  overallDaily: 1_000_000,
  read15: 100_000,
  readDaily: 1_000_000,
} as const

export interface E2eOptions {
  /** Set per file or describe block: `test.use({ emulatorOptions: { ... } })`. */
  emulatorOptions: EmulatorOptions
}

export interface E2eFixtures {
  emulator: StravaEmulator
  dataDir: string
  /**
   * The web shell's stand-in for native dialogs and dropped files (TRAILKEEP_WEB_INBOX): "Import
   * files" takes `files/`, "Import a folder" `folder/`, "Watch a folder" `watched/`, a drop finds
   * names in `dropped/`, and "Import Strava export" the first ZIP in `files/`.
   */
  inbox: string
  shell: WebShell
  /**
   * Takes the next popup the page opened (Strava's authorize page), clicks Authorize (or Cancel),
   * waits for the app's "You can close this tab" page and closes the popup.
   */
  approveInPopup: (page: Page, options?: PopupOptions) => Promise<void>
  /** Fails any test whose page threw an uncaught error, even when every assertion held. */
  noPageErrors: void
}

/**
 * Popups arrive when the core decides, not when the test asks, so they are queued from the
 * moment a page exists and handed out in order.
 */
class PopupInbox {
  private readonly arrived: Page[] = []
  private readonly waiting: ((popup: Page) => void)[] = []

  constructor(page: Page) {
    page.on('popup', (popup) => {
      const waiter = this.waiting.shift()
      if (waiter) waiter(popup)
      else this.arrived.push(popup)
    })
  }

  next(timeoutMs: number): Promise<Page> {
    const ready = this.arrived.shift()
    if (ready) return Promise.resolve(ready)
    return new Promise((resolve, reject) => {
      const waiter = (popup: Page) => {
        clearTimeout(timer)
        resolve(popup)
      }
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1)
        reject(new Error(`No popup (Strava's authorize page) opened within ${timeoutMs} ms`))
      }, timeoutMs)
      this.waiting.push(waiter)
    })
  }
}

const inboxes = new WeakMap<Page, PopupInbox>()

function inboxFor(page: Page): PopupInbox {
  let inbox = inboxes.get(page)
  if (!inbox) {
    inbox = new PopupInbox(page)
    inboxes.set(page, inbox)
  }
  return inbox
}

export async function approveInPopup(page: Page, options: PopupOptions = {}): Promise<void> {
  const popup = await inboxFor(page).next(POPUP_TIMEOUT_MS)
  await expect(
    popup.getByRole('heading', { name: 'Authorize Trailkeep to connect to Strava' }),
  ).toBeVisible()
  await popup
    .getByRole('button', { name: options.deny ? 'Cancel' : 'Authorize', exact: true })
    .click()
  await expect(popup.getByText('You can close this tab')).toBeVisible()
  expect(new URL(popup.url()).hostname).toBe('127.0.0.1')
  await popup.close()
}

/** Full-page screenshot to test-results/screenshots/<name>.png, for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** The window sizes every screenshot walk photographs, the first one the default. */
export const SCREENSHOT_VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 900, height: 600 },
] as const
const SCHEMES = ['light', 'dark'] as const

/** Two frames, so charts and lists have laid out again after a resize or a scheme change. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
}

/**
 * `<prefix>-<name>-<size>-<scheme>.png` at every size, light and dark, then back to the first
 * size in light. `prepare` runs after each resize (to scroll, say); `ready` before each picture
 * (by default two frames).
 */
export async function shootEverySize(
  page: Page,
  prefix: string,
  name: string,
  options: { prepare?: () => Promise<void>; ready?: () => Promise<void> } = {},
): Promise<void> {
  const ready = options.ready ?? (() => settle(page))
  for (const viewport of SCREENSHOT_VIEWPORTS) {
    await page.setViewportSize(viewport)
    await options.prepare?.()
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      await ready()
      await saveScreenshot(page, `${prefix}-${name}-${viewport.width}x${viewport.height}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize(SCREENSHOT_VIEWPORTS[0])
}

/** Fills the first-run form with the emulator's application and waits for the connect screen. */
export async function completeSetup(page: Page, emulator: StravaEmulator): Promise<void> {
  await page.getByLabel('Client ID').fill(emulator.clientId)
  await page.getByLabel('Client Secret').fill(emulator.clientSecret)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('button', { name: 'Connect with Strava' })).toBeVisible()
}

export const test = base.extend<E2eFixtures & E2eOptions>({
  emulatorOptions: [DEFAULT_EMULATOR_OPTIONS, { option: true }],

  emulator: async ({ emulatorOptions }, use) => {
    const emulator = await createStravaEmulator(emulatorOptions)
    await use(emulator)
    await emulator.close()
  },

  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'trailkeep-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },

  // eslint-disable-next-line no-empty-pattern
  inbox: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'trailkeep-e2e-inbox-'))
    for (const sub of ['files', 'folder', 'watched', 'dropped']) mkdirSync(join(dir, sub))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },

  shell: async ({ emulator, dataDir, inbox }, use) => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npm run build\` first.`)
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      STRAVA_BASE_URL: emulator.url,
      STRAVA_API_BASE_URL: emulator.apiUrl,
      TRAILKEEP_DATA_DIR: dataDir,
      TRAILKEEP_PASSPHRASE: E2E_PASSPHRASE,
      TRAILKEEP_WEB_INBOX: inbox,
    }
    // Without them the first-run setup screen appears, which is what these tests walk through.
    delete env.STRAVA_CLIENT_ID
    delete env.STRAVA_CLIENT_SECRET
    const shell = await startWebShell(env, { rendererDir: RENDERER_DIR })
    await use(shell)
    // A connect still waiting for the browser holds a listener and a timer; stop it first.
    shell.core.account.cancelConnect()
    await shell.close()
  },

  approveInPopup: async ({ page }, use) => {
    // Start queueing the default page's popups before the test body runs.
    inboxFor(page)
    await use(approveInPopup)
  },

  noPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`))
      await use()
      expect(errors, 'uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],
})

/** Clicks a tab of the app's section bar: Activities, Totals, Lab or Settings. */
export async function openSection(
  page: Page,
  name: 'Activities' | 'Maps' | 'Totals' | 'Lab' | 'Settings',
): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-current', 'page')
}
