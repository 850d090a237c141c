// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SyncStatusDto } from '../../../../src/shared/dto'
import { App } from '../../../../src/renderer/src/app'
import { resetActivitiesScreen } from '../../../../src/renderer/src/activities/activities-screen'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, makeActivity } from '../fake-api'

// uPlot reads matchMedia as it loads, before any stub; no chart is drawn here.
vi.mock('uplot', () => ({ default: class {} }))

/** The last sync stopped at Strava's daily limit and planned to go on later. */
const PAUSED: Partial<SyncStatusDto> = {
  lastSyncAt: '2024-05-02T10:00:00.000Z',
  lastResult: {
    summary: {
      complete: false,
      added: 10,
      updated: 0,
      deleted: 0,
      requests: 1000,
      rateLimited: 1,
      resumeAfter: '2024-05-03T00:00:00.000Z',
    },
    error: null,
    finishedAt: '2024-05-02T10:00:00.000Z',
  },
}

beforeEach(() => {
  installDomStubs()
  resetActivitiesScreen()
})
afterEach(cleanup)

function syncBar(): HTMLElement {
  return screen.getByRole('status', { name: 'Sync status' })
}

describe('the sync status bar', () => {
  it('says the backup is here to browse once disconnected, instead of the paused sync', async () => {
    const user = userEvent.setup()
    installFakeApi({ syncStatus: PAUSED, activities: [makeActivity()] })
    render(<App />)
    await waitFor(() => expect(syncBar().textContent).toMatch(/continuing at/))
    expect(within(syncBar()).getByRole('button', { name: 'Sync now' })).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Settings' }))
    await user.click(await screen.findByRole('button', { name: 'Disconnect…' }))
    const dialog = screen.getByRole('dialog', { name: 'Disconnect from Strava?' })
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }))

    await waitFor(() =>
      expect(syncBar().textContent).toBe('Not connected to Strava: your backup is here to browse.'),
    )
    expect(within(syncBar()).queryByRole('button')).toBeNull()
  })

  it('shows the disconnected state after a reload while disconnected', async () => {
    installFakeApi({
      syncStatus: { ...PAUSED, running: false },
      connection: { state: 'disconnected', athlete: null },
    })
    render(<App />)
    await waitFor(() =>
      expect(syncBar().textContent).toBe('Not connected to Strava: your backup is here to browse.'),
    )
    expect(syncBar().textContent).not.toMatch(/continuing|Done by/)
    expect(within(syncBar()).queryByRole('progressbar')).toBeNull()
  })

  it('says access needs renewing when Strava no longer accepts it', async () => {
    installFakeApi({
      syncStatus: PAUSED,
      connection: { state: 'reconnect_required', reconnectReason: 'revoked' },
    })
    render(<App />)
    await waitFor(() => expect(syncBar().textContent).toMatch(/^Strava access needs renewing/))
  })
})
