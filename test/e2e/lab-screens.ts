/** Photographing the lab's views: every size and scheme, for people to look at. */
import type { Page } from '@playwright/test'
import { saveScreenshot } from './fixtures'

export const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 900, height: 600 },
] as const
const SCHEMES = ['light', 'dark'] as const

/** Two frames, so charts have laid out again after a resize or a scheme change. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
}

/** `lab-<name>-<size>-<scheme>.png`; `prepare` runs after each resize (to scroll, say). */
export async function shootLab(page: Page, name: string, prepare?: () => Promise<void>) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport)
    await prepare?.()
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme })
      await settle(page)
      await saveScreenshot(page, `lab-${name}-${viewport.width}x${viewport.height}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize(VIEWPORTS[0])
}
