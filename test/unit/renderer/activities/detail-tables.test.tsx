// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { LapsTable } from '../../../../src/renderer/src/activities/laps-table'
import { SplitsTable } from '../../../../src/renderer/src/activities/splits-table'
import type { LapDto, SplitDto } from '../../../../src/shared/library-dto'
import { makeActivity } from '../fake-api'

afterEach(cleanup)

function lap(index: number, overrides: Partial<LapDto> = {}): LapDto {
  return {
    index,
    name: `Lap ${index}`,
    distance: 1000,
    movingTime: 300,
    elapsedTime: 310,
    totalElevationGain: 12.4,
    averageSpeed: 1000 / 300,
    averageHeartrate: 151.6,
    maxHeartrate: 160,
    averageCadence: 86,
    ...overrides,
  }
}

function split(index: number, overrides: Partial<SplitDto> = {}): SplitDto {
  return {
    split: index,
    distance: 1000,
    movingTime: 330,
    elapsedTime: 335,
    elevationDifference: -3,
    averageSpeed: 1000 / 330,
    averageHeartrate: 148.2,
    ...overrides,
  }
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

describe('laps', () => {
  test('shows each lap with units, a dash for what is unknown, and the HR column when any lap has it', () => {
    const detail = makeActivity({
      sportType: 'Run',
      laps: [lap(1), lap(2, { averageHeartrate: null, averageSpeed: null })],
    })
    render(<LapsTable detail={detail} units="metric" />)
    const table = screen.getByRole('table')
    const headings = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headings).toEqual(['Lap', 'Distance', 'Time', 'Pace', 'Elev', 'HR'])
    const [first, second] = within(table).getAllByRole('row').slice(1) as HTMLElement[]
    expect(cells(first as HTMLElement)).toEqual(['1.00 km', '5:00', '5:00 /km', '12 m', '152'])
    expect(cells(second as HTMLElement)).toEqual(['1.00 km', '5:00', '–', '12 m', '–'])
  })

  test('leaves out columns no lap has, and a single lap altogether', () => {
    const laps = [1, 2].map((i) => lap(i, { averageHeartrate: null, totalElevationGain: null }))
    render(<LapsTable detail={makeActivity({ sportType: 'Ride', laps })} units="metric" />)
    const headings = screen.getAllByRole('columnheader').map((h) => h.textContent)
    expect(headings).toEqual(['Lap', 'Distance', 'Time', 'Speed'])
    cleanup()
    const { container } = render(
      <LapsTable detail={makeActivity({ laps: [lap(1)] })} units="metric" />,
    )
    expect(container.textContent).toBe('')
  })
})

describe('splits', () => {
  test('shows kilometre splits with signed elevation and heart rate, dashes where unknown', () => {
    const detail = makeActivity({
      sportType: 'Run',
      streams: null,
      splits: [split(1), split(2, { elevationDifference: null, averageHeartrate: null })],
    })
    render(<SplitsTable detail={detail} units="metric" />)
    const headings = screen.getAllByRole('columnheader').map((h) => h.textContent)
    expect(headings).toEqual(['km', 'Pace', 'Time', 'Elev', 'HR'])
    const [first, second] = screen.getAllByRole('row').slice(1) as HTMLElement[]
    expect(cells(first as HTMLElement).slice(1)).toEqual(['5:30', '−3 m', '148'])
    expect(cells(second as HTMLElement).slice(1)).toEqual(['5:30', '–', '–'])
  })
})
