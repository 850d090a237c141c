// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { ActivityDetailDto } from '../../../../src/shared/library-dto'
import { makeActivity, makeStreams, rateLimitedError } from '../fake-api'
import { renderScreen, resetScreen } from './render-activities-screen'

// jsdom has no canvas: the charts are checked by their captions, not their pixels.
vi.mock('uplot', () => ({
  default: class {
    width = 400
    setSize() {}
    destroy() {}
  },
}))

beforeEach(resetScreen)
afterEach(cleanup)

describe('an activity without streams', () => {
  test('Fetch now asks for the streams and shows the charts when they arrive', async () => {
    const waiting = makeActivity({ id: 3001, name: 'Not yet', hasStreams: false })
    const { fake } = renderScreen({
      activities: [waiting],
      fetchNow: async (id, api) => {
        const stored = api.activities.find((a) => a.id === id) as ActivityDetailDto
        Object.assign(stored, {
          hasStreams: true,
          streamsPending: false,
          streams: makeStreams(600, 3),
        })
        return structuredClone(stored)
      },
    })
    await screen.findByRole('heading', { level: 2, name: 'Not yet' })
    expect(screen.getAllByText(/No streams yet/).length).toBeGreaterThan(0)
    fireEvent.click(await screen.findByRole('button', { name: 'Fetch now' }))
    expect(fake.calls.fetchNow).toEqual([3001])
    expect(await screen.findByText('Fetched from Strava.')).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Elevation chart' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Fetch now' })).toBeNull()
    // The list learns it too.
    await waitFor(() =>
      expect(within(screen.getByRole('listbox')).queryByText('No streams yet')).toBeNull(),
    )
  })

  test('streams that a sync brings appear in the open activity', async () => {
    const { fake } = renderScreen({ activities: [makeActivity({ id: 4001, name: 'Syncing' })] })
    await screen.findByRole('button', { name: 'Fetch now' })
    const stored = fake.activities[0] as ActivityDetailDto
    Object.assign(stored, { hasStreams: true, streamsPending: false, streams: makeStreams(600, 3) })
    act(() => fake.emit('sync:finished', { summary: null, error: null, finishedAt: '' }))
    expect(await screen.findByRole('figure', { name: 'Elevation chart' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Fetch now' })).toBeNull()
  })

  test('Fetch now over the rate limit says so calmly and keeps the button', async () => {
    renderScreen({
      activities: [makeActivity({ name: 'Later', hasStreams: false })],
      fetchNow: async () => {
        throw rateLimitedError()
      },
    })
    fireEvent.click(await screen.findByRole('button', { name: 'Fetch now' }))
    expect(await screen.findByText(/request limit is reached for now/)).toBeTruthy()
    expect(screen.queryByText(/used up until/)).toBeNull()
    expect(screen.getByRole('button', { name: 'Fetch now' })).toBeTruthy()
  })

  test('while not connected, Fetch now gives way to the reason it cannot fetch', async () => {
    const { fake } = renderScreen({
      activities: [makeActivity({ name: 'Offline', hasStreams: false })],
      connection: { state: 'disconnected', athlete: null },
    })
    await screen.findByRole('heading', { level: 2, name: 'Offline' })
    expect(screen.getAllByText(/No streams yet/).length).toBeGreaterThan(0)
    expect(screen.getByText('Connect to Strava to fetch this activity’s details.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Fetch now' })).toBeNull()
    expect(screen.queryByText(/limit/)).toBeNull()
    expect(fake.calls.fetchNow).toEqual([])
  })

  test('a manual activity says it has no GPS or sensor data, and offers no fetch', async () => {
    renderScreen({ activities: [makeActivity({ name: 'Treadmill log', isManual: true })] })
    expect(await screen.findByText('Manual activity: no GPS or sensor data')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Fetch now' })).toBeNull()
  })

  test('streams the sync gave up on say why, and Fetch now tries again', async () => {
    const { fake } = renderScreen({
      activities: [makeActivity({ id: 5001, name: 'Garbled', streamsGivenUp: true })],
      fetchNow: async (id, api) => {
        const stored = api.activities.find((a) => a.id === id) as ActivityDetailDto
        Object.assign(stored, {
          hasStreams: true,
          streamsPending: false,
          streamsGivenUp: false,
          streams: makeStreams(600, 3),
        })
        return structuredClone(stored)
      },
    })
    await screen.findByRole('heading', { level: 2, name: 'Garbled' })
    expect(await screen.findByText(/could not be read/)).toBeTruthy()
    expect(screen.queryByText(/has not reached yet/)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Fetch now' }))
    expect(await screen.findByRole('figure', { name: 'Elevation chart' })).toBeTruthy()
    expect(fake.calls.fetchNow).toEqual([5001])
  })
})
