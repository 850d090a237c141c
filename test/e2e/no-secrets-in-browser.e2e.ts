/**
 * Strava tokens, authorization codes and the client secret stay in the core: during a whole
 * connect/disconnect session none of them reaches the page over the bridge, its DOM, its
 * storage or the built renderer bundle. The only place the client secret may travel is the one
 * credentials:save request the user's own typing sends from the page to the core.
 */
import type { Page } from '@playwright/test'
import { findSecretsInFolder } from '../helpers/scan-secrets'
import {
  ATHLETE_NAME,
  E2E_PASSPHRASE,
  RENDERER_DIR,
  completeSetup,
  expect,
  openSection,
  test,
} from './fixtures'

interface Frame {
  direction: 'sent' | 'received'
  url: string
  payload: string
}

function recordBridgeFrames(page: Page): Frame[] {
  const frames: Frame[] = []
  page.on('websocket', (socket) => {
    const url = socket.url()
    const text = (payload: string | Buffer) =>
      typeof payload === 'string' ? payload : payload.toString('utf8')
    socket.on('framesent', ({ payload }) =>
      frames.push({ direction: 'sent', url, payload: text(payload) }),
    )
    socket.on('framereceived', ({ payload }) =>
      frames.push({ direction: 'received', url, payload: text(payload) }),
    )
  })
  return frames
}

function channelOf(frame: Frame): unknown {
  try {
    return (JSON.parse(frame.payload) as { channel?: unknown }).channel
  } catch {
    return undefined
  }
}

/** Every secret (by index, never its value) that occurs in the text. */
function leaked(text: string, secrets: string[]): number[] {
  return secrets.flatMap((secret, index) => (text.includes(secret) ? [index] : []))
}

async function pageSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const storage = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => {
        const key = s.key(i) ?? ''
        return `${key}=${s.getItem(key) ?? ''}`
      })
    return [
      document.documentElement.outerHTML,
      document.title,
      location.href,
      ...storage(localStorage),
      ...storage(sessionStorage),
    ].join('\n')
  })
}

test('no token, code or client secret reaches the browser during a session', async ({
  page,
  shell,
  emulator,
  approveInPopup,
}) => {
  const frames = recordBridgeFrames(page)
  const snapshots: string[] = []

  await page.goto(shell.server.url)
  await completeSetup(page, emulator)
  snapshots.push(await pageSnapshot(page))

  await page.getByRole('button', { name: 'Connect with Strava' }).click()
  await approveInPopup(page)
  await openSection(page, 'Settings')
  await expect(page.getByRole('heading', { name: `Connected as ${ATHLETE_NAME}` })).toBeVisible()
  // Let the first backup finish, so activity data crossed the bridge too.
  await expect(page.getByRole('status', { name: 'Sync status' })).toContainText('Backed up.', {
    timeout: 30_000,
  })
  snapshots.push(await pageSnapshot(page))

  await page.reload()
  await openSection(page, 'Settings')
  await expect(page.getByRole('heading', { name: `Connected as ${ATHLETE_NAME}` })).toBeVisible()
  snapshots.push(await pageSnapshot(page))
  for (const section of ['Totals', 'Activities'] as const) {
    await openSection(page, section)
    snapshots.push(await pageSnapshot(page))
  }
  await openSection(page, 'Settings')

  await page.getByRole('button', { name: 'Disconnect…' }).click()
  await page.getByRole('button', { name: 'Disconnect', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Connect with Strava' })).toBeVisible()
  snapshots.push(await pageSnapshot(page))

  const issued = emulator.issuedSecrets()
  // One code, one access token and one refresh token at least, or the check proves nothing.
  expect(issued.length).toBeGreaterThanOrEqual(3)
  const secrets = [...issued, emulator.clientSecret, E2E_PASSPHRASE]

  // Sanity: frames were recorded, and the user's own typing sent the secret exactly once.
  expect(frames.filter((f) => f.direction === 'received').length).toBeGreaterThan(0)
  const saves = frames.filter((f) => f.direction === 'sent' && channelOf(f) === 'credentials:save')
  expect(saves).toHaveLength(1)
  expect(saves[0]?.payload).toContain(emulator.clientSecret)

  const others = frames.filter((f) => !saves.includes(f))
  const frameLeaks = others.flatMap((f, i) =>
    leaked(f.payload, secrets).map((s) => `${f.direction} frame #${i} holds secret #${s}`),
  )
  expect(frameLeaks).toEqual([])

  const pageLeaks = snapshots.flatMap((snapshot, i) =>
    leaked(snapshot, secrets).map((s) => `page snapshot #${i} holds secret #${s}`),
  )
  expect(pageLeaks).toEqual([])

  const bridgeScript = await (await page.request.get(`${shell.server.origin}/__bridge.js`)).text()
  expect(bridgeScript.length).toBeGreaterThan(0)
  expect(leaked(bridgeScript, secrets)).toEqual([])
  expect(findSecretsInFolder(RENDERER_DIR, secrets)).toEqual([])
})
