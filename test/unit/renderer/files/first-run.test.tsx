// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetActivitiesScreen } from '../../../../src/renderer/src/activities/activities-screen'
import { App } from '../../../../src/renderer/src/app'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, makeActivity, type FakeApiOptions } from '../fake-api'

vi.mock('uplot', () => ({ default: class {} }))

const NO_APPLICATION: FakeApiOptions['connection'] = {
  state: 'disconnected',
  athlete: null,
  credentials: { configured: false, source: 'none', clientId: null },
}

beforeEach(() => {
  installDomStubs()
  resetActivitiesScreen()
})
afterEach(cleanup)

describe('first run without a Strava API application', () => {
  it('offers two doors, and the library once files brought activities in', async () => {
    const user = userEvent.setup()
    const fake = installFakeApi({
      connection: NO_APPLICATION,
      activities: [],
      importResult: { path: '/home/a/GARMIN', summary: 'Imported 2 new activities.' },
    })
    render(<App />)
    const strava = await screen.findByRole('region', { name: 'Connect with Strava' })
    const files = screen.getByRole('region', { name: 'Start from your files' })
    expect(within(strava).getByLabelText('Client ID')).toBeTruthy()
    expect(strava.textContent).toMatch(/paid\s+subscription/)

    await user.click(
      within(files).getByRole('button', { name: 'Import a folder of activity files…' }),
    )
    expect(fake.calls.importFolder).toBe(1)
    expect(await within(files).findByRole('status')).toHaveProperty(
      'textContent',
      'Imported 2 new activities.',
    )
    // The core announces the change; the library takes the doors' place.
    fake.setActivities([makeActivity({ name: 'Morning Run', source: 'file', id: -1 })])
    act(() => fake.emit('library:changed', { added: 2, updated: 0 }))
    expect(await screen.findByRole('option', { name: /Morning Run/ })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Your library comes from your files' })).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Start from your files' })).toBeNull()
  })

  it('imports files dropped anywhere on the window and says what came in', async () => {
    const fake = installFakeApi({ connection: NO_APPLICATION, activities: [] })
    render(<App />)
    await screen.findByRole('region', { name: 'Start from your files' })
    window.trailkeep = {
      ...window.trailkeep!,
      pathsOfDroppedFiles: (f) => f.map((x) => `/d/${x.name}`),
    }
    const file = new File(['x'], 'run.fit')
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' }
    fireEvent.dragEnter(window, { dataTransfer })
    expect(screen.getByText(/Drop to import/)).toBeTruthy()
    fireEvent.drop(window, { dataTransfer })
    expect(await screen.findByText('Imported 1 new activity.')).toBeTruthy()
    expect(fake.calls.importDropped).toEqual([['/d/run.fit']])
    expect(screen.queryByText(/Drop to import/)).toBeNull()
  })
})
