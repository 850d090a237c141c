// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BridgeError } from '../../../../src/shared/expose-api'
import type { TotalsChartProps } from '../../../../src/renderer/src/totals/totals-chart'
import { PreferencesProvider } from '../../../../src/renderer/src/preferences-context'
import { TotalsScreen } from '../../../../src/renderer/src/totals/totals-screen'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, makeActivity, type FakeApiOptions } from '../fake-api'

// uPlot draws on a canvas, which jsdom lacks; the chart's inputs are what is checked here.
const charts = vi.hoisted(() => ({ last: null as TotalsChartProps | null }))
vi.mock('../../../../src/renderer/src/totals/totals-chart', () => ({
  TotalsChart: (props: TotalsChartProps) => {
    charts.last = props
    return <div role="img" aria-label={props.description} />
  },
}))

const NOW = new Date('2024-06-15T12:00:00')

/** Two runs and a ride in May 2024, a run in June 2024, a run in 2023. */
const ACTIVITIES = [
  makeActivity({
    sportType: 'Run',
    startDateLocal: '2024-05-01T07:30:00Z',
    distance: 10_000,
    movingTime: 3_000,
    totalElevationGain: 42,
  }),
  makeActivity({
    sportType: 'Run',
    startDateLocal: '2024-05-20T07:30:00Z',
    distance: 10_000,
    movingTime: 3_000,
    totalElevationGain: 42,
  }),
  makeActivity({
    sportType: 'Ride',
    startDateLocal: '2024-05-25T09:00:00Z',
    distance: 40_000,
    movingTime: 5_400,
    totalElevationGain: 300,
  }),
  makeActivity({
    sportType: 'Run',
    startDateLocal: '2024-06-03T07:30:00Z',
    distance: 5_000,
    movingTime: 1_500,
    totalElevationGain: 10,
  }),
  makeActivity({
    sportType: 'Run',
    startDateLocal: '2023-03-03T07:30:00Z',
    distance: 8_000,
    movingTime: 2_400,
    totalElevationGain: 20,
  }),
]

function renderTotals(options: FakeApiOptions = {}) {
  const fake = installFakeApi({ activities: ACTIVITIES, ...options })
  render(
    <PreferencesProvider>
      <TotalsScreen />
    </PreferencesProvider>,
  )
  return fake
}

function radio(name: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('radio', { name })
}

function select(name: string): HTMLSelectElement {
  return screen.getByRole<HTMLSelectElement>('combobox', { name })
}

/** The table row of one period, as cells: activities, distance, time, elevation. */
async function rowCells(period: string | RegExp): Promise<string[]> {
  const row = await screen.findByRole('row', { name: period })
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '')
}

beforeEach(() => {
  installDomStubs()
  // Only the clock is fake: promises and timers run as usual.
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
  charts.last = null
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('TotalsScreen', () => {
  it('asks for monthly totals of every sport first, and shows the last 24 months', async () => {
    const fake = renderTotals()
    await screen.findByRole('row', { name: /^May 2024/ })
    expect(radio('Monthly').checked).toBe(true)
    expect(fake.calls.totals).toEqual([{ period: 'month' }])
    expect(select('Sport').value).toBe('')
    expect(select('Range').value).toBe('24')
    // Newest first, gaps filled with empty months, ending with this month.
    const periods = screen
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
      .slice(0, 3)
    expect(periods).toEqual(['Jun 2024', 'May 2024', 'Apr 2024'])
    expect(screen.getAllByRole('row')).toHaveLength(1 + 24 + 1)
  })

  it('writes weeks in the chosen date format, in the table and on the chart', async () => {
    const user = userEvent.setup()
    renderTotals({ preferences: { dateFormat: 'month-day-12h' } })
    await screen.findByRole('row', { name: /^May 2024/ })
    await user.click(screen.getByRole('radio', { name: 'Weekly' }))
    await screen.findByRole('row', { name: /^Week 22 · from May 27, 2024/ })
    expect(charts.last?.axisLabels).toContainEqual({ short: 'May 27', year: '2024' })
  })

  it('sends the period and sport the user picks', async () => {
    const user = userEvent.setup()
    const fake = renderTotals({ preferences: { dateFormat: 'day-month-24h' } })
    await screen.findByRole('row', { name: /^May 2024/ })

    await user.click(screen.getByRole('radio', { name: 'Weekly' }))
    await screen.findByRole('row', { name: /^Week 22 · from 27 May 2024/ })
    await user.click(screen.getByRole('radio', { name: 'Yearly' }))
    await screen.findByRole('row', { name: /^2023/ })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sport' }), 'Ride')
    await waitFor(() => expect(charts.last?.series.map((s) => s.label)).toEqual(['Ride']))

    expect(fake.calls.totals).toEqual([
      { period: 'month' },
      { period: 'week' },
      { period: 'year' },
      { period: 'year', sportType: 'Ride' },
    ])
    expect(select('Range').value).toBe('all')
    expect(await rowCells(/^2024/)).toEqual(['1', '40.0 km', '1h 30m', '300 m'])
  })

  it('shows counts, distance, time and elevation in metric units', async () => {
    renderTotals()
    expect(await rowCells(/^May 2024/)).toEqual(['3', '60.0 km', '3h 10m', '384 m'])
    expect(await rowCells(/^Jun 2024/)).toEqual(['1', '5.0 km', '25m', '10 m'])
    expect(await rowCells(/^Apr 2024/)).toEqual(['0', '–', '–', '–'])
    // March 2023 is within the last 24 months too.
    expect(await rowCells(/^Total/)).toEqual(['5', '73.0 km', '4h 15m', '414 m'])
  })

  it('shows the same totals in miles and feet for imperial units', async () => {
    renderTotals({ preferences: { units: 'imperial' } })
    expect(await rowCells(/^May 2024/)).toEqual(['3', '37.3 mi', '3h 10m', '1,260 ft'])
    await waitFor(() => expect(charts.last?.yLabel).toBe('Distance (mi)'))
  })

  it('stacks one chart series per sport, in the metric chosen, in display units', async () => {
    const user = userEvent.setup()
    renderTotals()
    await waitFor(() => expect(charts.last?.series.map((s) => s.label)).toEqual(['Ride', 'Run']))
    const may = charts.last?.periodNames.indexOf('May 2024') ?? -1
    expect(charts.last?.series.map((s) => s.values[may])).toEqual([40, 20])

    await user.click(screen.getByRole('radio', { name: 'Elevation' }))
    await waitFor(() => expect(charts.last?.yLabel).toBe('Elevation gain (m)'))
    expect(charts.last?.series.map((s) => s.values[may])).toEqual([300, 84])
    expect(screen.getByRole('img', { name: /^Elevation gain per month/ })).toBeTruthy()
  })

  it('says nothing is backed up yet instead of an empty chart', async () => {
    renderTotals({ activities: [] })
    expect(await screen.findByRole('heading', { name: 'Nothing backed up yet' })).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
    expect(charts.last).toBeNull()
  })

  it('loads again when a sync finishes', async () => {
    const fake = renderTotals({ activities: [] })
    await screen.findByRole('heading', { name: 'Nothing backed up yet' })
    fake.setActivities(ACTIVITIES)
    fake.emit('sync:finished', {
      summary: null,
      error: null,
      finishedAt: '2024-06-15T12:00:00.000Z',
    })
    expect(await rowCells(/^May 2024/)).toEqual(['3', '60.0 km', '3h 10m', '384 m'])
    expect(fake.calls.totals).toHaveLength(2)
  })

  it('shows a failed load as an alert', async () => {
    const fake = installFakeApi()
    fake.api.library.totals = async () => {
      throw new BridgeError('DB', 'The library could not be read.')
    }
    render(<TotalsScreen />)
    expect((await screen.findByRole('alert')).textContent).toBe('The library could not be read.')
  })
})
