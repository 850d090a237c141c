// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { ActivityDetailDto } from '../../../../src/shared/library-dto'
import { makeActivity, makeStreams } from '../fake-api'
import { renderScreen, resetScreen } from './render-activities-screen'

// jsdom has no canvas: the charts are checked by their captions, not their pixels.
vi.mock('uplot', () => ({
  default: class {
    width = 400
    setSize() {}
    destroy() {}
  },
}))

const lastQuery = (fake: ReturnType<typeof renderScreen>['fake']) => fake.calls.list.at(-1)

function threeRuns(): ActivityDetailDto[] {
  return [
    makeActivity({
      id: 1001,
      name: 'Tempo Tuesday',
      startDate: '2024-05-07T06:00:00Z',
      startDateLocal: '2024-05-07T08:00:00Z',
    }),
    makeActivity({
      id: 1002,
      name: 'Long Sunday Ride',
      sportType: 'Ride',
      distance: 80_000,
      movingTime: 10_800,
      startDate: '2024-05-05T06:00:00Z',
      startDateLocal: '2024-05-05T08:00:00Z',
    }),
    makeActivity({
      id: 1003,
      name: 'Easy Friday',
      distance: 5000,
      movingTime: 1800,
      startDate: '2024-05-03T06:00:00Z',
      startDateLocal: '2024-05-03T08:00:00Z',
    }),
  ]
}

beforeEach(resetScreen)
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('dates and times', () => {
  test.each([
    ['month-day-12h', 'Sun, May 5, 2024 · 7:05 PM', 'Sunday, May 5, 2024 at 7:05 PM'],
    ['day-month-24h', 'Sun, 5 May 2024 · 19:05', 'Sunday, 5 May 2024 at 19:05'],
  ] as const)('list and detail both follow the %s format', async (dateFormat, row, detail) => {
    renderScreen({
      preferences: { dateFormat },
      activities: [makeActivity({ name: 'Evening Run', startDateLocal: '2024-05-05T19:05:00Z' })],
    })
    const option = await screen.findByRole('option', { name: /Evening Run/ })
    await waitFor(() => expect(option.querySelector('.row-when')?.textContent).toBe(`Run · ${row}`))
    const article = await screen.findByRole('article')
    expect(article.querySelector('.detail-kicker')?.textContent).toContain(detail)
  })
})

describe('list', () => {
  test('shows the count, the rows newest first, and opens the newest', async () => {
    renderScreen({ activities: threeRuns(), preferences: { dateFormat: 'day-month-24h' } })
    expect(await screen.findByText('3 activities')).toBeTruthy()
    const options = within(screen.getByRole('listbox', { name: 'Activities' })).getAllByRole(
      'option',
    )
    expect(options.map((o) => o.querySelector('.row-name')?.textContent)).toEqual([
      'Tempo Tuesday',
      'Long Sunday Ride',
      'Easy Friday',
    ])
    expect(await screen.findByRole('heading', { level: 2, name: 'Tempo Tuesday' })).toBeTruthy()
    expect(options[0]?.getAttribute('aria-selected')).toBe('true')
    expect(options[0]?.textContent).toContain('Tue, 7 May 2024 · 08:00')
    expect(options[0]?.textContent).toContain('10.00 km')
    expect(options[0]?.textContent).toContain('5:00 /km')
  })

  test('sends each toolbar filter in the library query, search after a pause', async () => {
    const { fake } = renderScreen({ activities: threeRuns() })
    await screen.findByText('3 activities')
    expect(lastQuery(fake)).toEqual({ sort: 'date', direction: 'desc', offset: 0, limit: 200 })

    fireEvent.change(screen.getByLabelText('Search activities'), { target: { value: 'tempo' } })
    expect(lastQuery(fake)?.search).toBeUndefined()
    await waitFor(() => expect(lastQuery(fake)?.search).toBe('tempo'))
    await screen.findByText('1 activity')

    fireEvent.change(screen.getByLabelText('Search activities'), { target: { value: '' } })
    fireEvent.change(screen.getByLabelText('Sport'), { target: { value: 'Ride' } })
    await waitFor(() => expect(lastQuery(fake)?.sportTypes).toEqual(['Ride']))

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-05-01' } })
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-05-31' } })
    await waitFor(() =>
      expect(lastQuery(fake)).toMatchObject({ fromDate: '2024-05-01', toDate: '2024-05-31' }),
    )

    fireEvent.click(screen.getByLabelText('Show deleted'))
    await waitFor(() => expect(lastQuery(fake)?.includeDeleted).toBe(true))

    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'distance' } })
    await waitFor(() => expect(lastQuery(fake)?.sort).toBe('distance'))
    fireEvent.click(screen.getByRole('button', { name: 'Sort order: Longest first' }))
    await waitFor(() => expect(lastQuery(fake)?.direction).toBe('asc'))
    expect(screen.getByRole('button', { name: 'Sort order: Shortest first' })).toBeTruthy()
    expect(lastQuery(fake)).toMatchObject({ offset: 0, limit: 200, sportTypes: ['Ride'] })
  })

  test('offers the sport types of the library', async () => {
    renderScreen({ activities: threeRuns() })
    const sport = screen.getByLabelText('Sport')
    await waitFor(() =>
      expect([...sport.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
        'All sports',
        'Ride',
        'Run',
      ]),
    )
  })

  test('arrow keys, Home and End move the selection; Enter opens the activity', async () => {
    renderScreen({ activities: threeRuns() })
    await screen.findByText('3 activities')
    const listbox = screen.getByRole('listbox', { name: 'Activities' })
    const selected = () =>
      within(listbox).getByRole('option', { selected: true }).querySelector('.row-name')
        ?.textContent
    await waitFor(() => expect(selected()).toBe('Tempo Tuesday'))
    listbox.focus()

    fireEvent.keyDown(listbox, { key: 'ArrowDown' })
    expect(selected()).toBe('Long Sunday Ride')
    expect(listbox.getAttribute('aria-activedescendant')).toBe('activity-option-1002')
    fireEvent.keyDown(listbox, { key: 'End' })
    expect(selected()).toBe('Easy Friday')
    fireEvent.keyDown(listbox, { key: 'ArrowDown' })
    expect(selected()).toBe('Easy Friday')
    fireEvent.keyDown(listbox, { key: 'Home' })
    expect(selected()).toBe('Tempo Tuesday')
    fireEvent.keyDown(listbox, { key: 'ArrowUp' })
    expect(selected()).toBe('Tempo Tuesday')
    fireEvent.keyDown(listbox, { key: 'ArrowDown' })

    const heading = await screen.findByRole('heading', { level: 2, name: 'Long Sunday Ride' })
    fireEvent.keyDown(listbox, { key: 'Enter' })
    expect(document.activeElement).toBe(heading)
    // Escape in the detail goes back to the list.
    fireEvent.keyDown(heading, { key: 'Escape' })
    expect(document.activeElement).toBe(listbox)
  })

  test('a click selects a row and shows its detail', async () => {
    renderScreen({ activities: threeRuns() })
    const row = (await screen.findByText('Easy Friday')).closest('[role="option"]') as HTMLElement
    fireEvent.mouseDown(row, { button: 0 })
    expect(row.getAttribute('aria-selected')).toBe('true')
    expect(await screen.findByRole('heading', { level: 2, name: 'Easy Friday' })).toBeTruthy()
  })

  test('marks activities deleted on Strava and those without streams', async () => {
    renderScreen({
      activities: [
        makeActivity({ name: 'Gone', deletedAt: '2024-05-08T10:00:00.000Z', hasStreams: true }),
        makeActivity({ name: 'Waiting', hasStreams: false }),
        makeActivity({ name: 'Typed in', isManual: true, hasStreams: false }),
      ],
    })
    await screen.findByText('2 activities')
    expect(screen.queryByText('Deleted on Strava')).toBeNull()
    fireEvent.click(screen.getByLabelText('Show deleted'))
    await screen.findByText('3 activities')
    const row = (name: string) =>
      within(screen.getByRole('listbox')).getByText(name).closest('[role="option"]') as HTMLElement
    const gone = row('Gone')
    expect(within(gone).getByText('Deleted on Strava')).toBeTruthy()
    expect(within(gone).queryByText('No streams yet')).toBeNull()
    const waiting = row('Waiting')
    expect(within(waiting).getByText('No streams yet')).toBeTruthy()
    const manual = row('Typed in')
    expect(within(manual).queryByText('No streams yet')).toBeNull()
  })

  test('renders names and descriptions as text, never as HTML', async () => {
    const payload = '<img src=x onerror=alert(1)>'
    const { container } = renderScreen({
      activities: [
        makeActivity({ name: payload, description: '<script>alert(1)</script> & <b>bold?</b>' }),
      ],
    })
    expect(await screen.findByRole('heading', { level: 2, name: payload })).toBeTruthy()
    expect(await screen.findByText('<script>alert(1)</script> & <b>bold?</b>')).toBeTruthy()
    expect(within(screen.getByRole('listbox')).getByText(payload)).toBeTruthy()
    expect(container.querySelector('img, script, b')).toBeNull()
  })

  test('switching units to imperial turns km into mi', async () => {
    renderScreen({ activities: threeRuns() })
    const listbox = await screen.findByRole('listbox', { name: 'Activities' })
    await within(listbox).findByText('10.00 km')
    expect(within(listbox).getByText(/5:00 \/km/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Use miles' }))
    expect(await within(listbox).findByText('6.21 mi')).toBeTruthy()
    expect(within(listbox).getByText(/8:03 \/mi/)).toBeTruthy()
    expect(within(listbox).queryByText(/ km/)).toBeNull()
  })

  test('an empty library says whether the first backup is running', async () => {
    renderScreen({ activities: [], syncStatus: { running: true } })
    expect(await screen.findByText('Your activities are on their way')).toBeTruthy()
    cleanup()
    renderScreen({ activities: [] })
    expect(await screen.findByText('No activities yet')).toBeTruthy()
  })

  test('filters with no match say so and clear in one click', async () => {
    const { fake } = renderScreen({ activities: threeRuns() })
    await screen.findByText('3 activities')
    fireEvent.change(screen.getByLabelText('Search activities'), { target: { value: 'zzz' } })
    expect(await screen.findByText('No activities match these filters.')).toBeTruthy()
    const clear = screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement
    fireEvent.click(clear)
    expect(await screen.findByText('3 activities')).toBeTruthy()
    expect((screen.getByLabelText('Search activities') as HTMLInputElement).value).toBe('')
    expect(lastQuery(fake)?.search).toBeUndefined()
  })

  test('a finished sync refreshes the list and keeps the selection', async () => {
    const { fake } = renderScreen({ activities: threeRuns() })
    await screen.findByText('3 activities')
    const listbox = screen.getByRole('listbox')
    fireEvent.keyDown(listbox, { key: 'ArrowDown' })
    await screen.findByRole('heading', { level: 2, name: 'Long Sunday Ride' })

    fake.setActivities([
      makeActivity({ id: 1004, name: 'Brand new', startDate: '2024-05-09T06:00:00Z' }),
      ...fake.activities,
    ])
    const calls = fake.calls.list.length
    act(() =>
      fake.emit('sync:finished', {
        summary: null,
        error: null,
        finishedAt: '2024-05-09T07:00:00Z',
      }),
    )
    expect(await screen.findByText('4 activities')).toBeTruthy()
    expect(fake.calls.list.length).toBeGreaterThan(calls)
    const selected = within(listbox).getByRole('option', { selected: true })
    expect(selected.textContent).toContain('Long Sunday Ride')
    expect(selected.getAttribute('aria-posinset')).toBe('3')
  })
})

test('switching tabs and back keeps the filters and the selection', async () => {
  const { unmount } = renderScreen({ activities: threeRuns() })
  await screen.findByText('3 activities')
  fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'distance' } })
  await screen.findByRole('heading', { level: 2, name: 'Tempo Tuesday' })
  fireEvent.keyDown(screen.getByRole('listbox'), { key: 'End' })
  await screen.findByRole('heading', { level: 2, name: 'Easy Friday' })
  unmount()

  renderScreen({ activities: threeRuns() })
  expect(await screen.findByRole('heading', { level: 2, name: 'Easy Friday' })).toBeTruthy()
  expect((screen.getByLabelText('Sort') as HTMLSelectElement).value).toBe('distance')
  const selected = within(screen.getByRole('listbox')).getByRole('option', { selected: true })
  expect(selected.getAttribute('aria-posinset')).toBe('3')
})

describe('50,000 activities', () => {
  test('keeps only the visible rows in the DOM and loads pages of 200 on demand', async () => {
    const many = Array.from({ length: 50_000 }, (_, i) =>
      makeActivity({
        id: 2_000_000_000_000 + i,
        name: `Run ${i + 1}`,
        startDate: new Date(Date.UTC(2024, 0, 1) - i * 3_600_000).toISOString(),
      }),
    )
    const { fake } = renderScreen({ activities: many })
    expect(await screen.findByText('50,000 activities')).toBeTruthy()
    const listbox = screen.getByRole('listbox')
    expect(within(listbox).getAllByRole('option').length).toBeLessThan(30)
    expect(fake.calls.list.every((q) => q.limit === 200)).toBe(true)

    fireEvent.keyDown(listbox, { key: 'End' })
    await waitFor(() =>
      expect(within(listbox).getByRole('option', { selected: true }).textContent).toContain(
        'Run 50000',
      ),
    )
    expect(fake.calls.list.map((q) => q.offset)).toContain(49_800)
    expect(within(listbox).getAllByRole('option').length).toBeLessThan(30)
    expect(fake.calls.list.length).toBeLessThan(6)
  })
})

describe('detail', () => {
  test('shows stats, a route map, charts for the recorded streams, splits and the Strava link', async () => {
    const activity = makeActivity({
      id: 16_123_456_789,
      name: 'Hill reps',
      hasStreams: true,
      calories: 612,
      deviceName: 'Garmin Forerunner 965',
      gearName: 'Pegasus 40',
      streams: makeStreams(1200, 3, { heartrate: true, cadence: true }),
      distance: 3600,
      movingTime: 1200,
      splits: [1, 2, 3].map((split) => ({
        split,
        distance: split === 3 ? 1600 : 1000,
        movingTime: split === 3 ? 533 : 333,
        elapsedTime: 340,
        elevationDifference: 2,
        averageSpeed: 3,
        averageHeartrate: 150,
      })),
    })
    renderScreen({ activities: [activity] })
    await screen.findByRole('heading', { level: 2, name: 'Hill reps' })
    const link = screen.getByRole('link', { name: 'View on Strava' })
    expect(link.getAttribute('href')).toBe('https://www.strava.com/activities/16123456789')
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(await screen.findByRole('img', { name: 'Route map' })).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Elevation chart' })).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Pace chart' })).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Heart rate chart' })).toBeTruthy()
    expect(screen.getByRole('figure', { name: 'Cadence chart' })).toBeTruthy()
    expect(screen.queryByRole('figure', { name: 'Power chart' })).toBeNull()
    expect(screen.getByText('612 kcal')).toBeTruthy()
    expect(screen.getByText('Garmin Forerunner 965')).toBeTruthy()
    expect(screen.getByText('Pegasus 40')).toBeTruthy()
    const splits = screen.getByRole('table')
    expect(within(splits).getAllByRole('row')).toHaveLength(4)
    expect(screen.queryByRole('button', { name: 'Fetch now' })).toBeNull()
  })

  test('mile splits come from the streams for imperial users', async () => {
    renderScreen({
      activities: [
        makeActivity({ hasStreams: true, streams: makeStreams(1200, 3), distance: 3597 }),
      ],
      preferences: { units: 'imperial' },
    })
    const table = await screen.findByRole('table')
    // 3,597 m: two whole miles and a last 0.24 mi.
    const heads = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent)
    expect(heads).toEqual(['1', '2', '0.24'])
    expect(screen.getByText(/per mile/)).toBeTruthy()
  })
})
