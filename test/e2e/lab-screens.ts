/** Photographing the lab's views: every size and scheme, for people to look at. */
import type { Page } from '@playwright/test'
import { shootEverySize } from './fixtures'

/** `lab-<name>-<size>-<scheme>.png`; `prepare` runs after each resize (to scroll, say). */
export async function shootLab(page: Page, name: string, prepare?: () => Promise<void>) {
  await shootEverySize(page, 'lab', name, { prepare })
}
