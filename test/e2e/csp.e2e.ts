/**
 * The Content-Security-Policy reaches the page as a response header (frame-ancestors included),
 * and loading the app, setting it up and reloading it logs not one console error: no ignored
 * meta directive, no blocked script, style or connection.
 */
import { completeSetup, expect, test } from './fixtures'

test('the page loads with the CSP header and no console errors', async ({
  page,
  shell,
  emulator,
}) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })

  const response = await page.goto(shell.server.url)
  expect(response?.status()).toBe(200)
  const csp = response?.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("script-src 'self'")
  expect(response?.headers()['x-content-type-options']).toBe('nosniff')

  // The app runs under the policy: its scripts, styles and the bridge's WebSocket all work.
  await completeSetup(page, emulator)
  await page.reload()
  await expect(page.getByRole('button', { name: 'Connect with Strava' })).toBeVisible()

  expect(errors, 'console errors while loading the app').toEqual([])
})
