// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetActivitiesScreen } from '../../../../src/renderer/src/activities/activities-screen'
import { App } from '../../../../src/renderer/src/app'
import { resetLabScreen } from '../../../../src/renderer/src/lab/lab-screen'
import type { FitnessDto, LabActivityRef } from '../../../../src/shared/lab-dto'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, makeActivity, type FakeApiOptions } from '../fake-api'

// jsdom has no canvas: charts are a box with their description here.
vi.mock('uplot', () => ({
  default: Object.assign(
    class {
      scales = {}
      setSize() {}
      setScale() {}
      destroy() {}
    },
    { paths: {}, tzDate: (d: Date) => d },
  ),
}))

beforeEach(() => {
  installDomStubs({ width: 1280, height: 800 })
  resetActivitiesScreen()
  resetLabScreen()
})
afterEach(cleanup)

const tempo = makeActivity({ id: 501, name: 'Tempo on the river', sportType: 'Run' })
const easy = makeActivity({ id: 502, name: 'Easy loop', sportType: 'Run' })
const ref = (a: typeof tempo): LabActivityRef => ({
  id: a.id,
  name: a.name,
  sportType: a.sportType,
  startDateLocal: a.startDateLocal,
  startDate: a.startDate,
})

const FITNESS: FitnessDto = {
  days: [
    { date: '2024-05-01', load: 100, fitness: 2.35, fatigue: 13.31, form: 0 },
    { date: '2024-05-02', load: 0, fitness: 2.3, fatigue: 11.5, form: -10.96 },
  ],
  scored: 1,
  unscored: 1,
}

async function openLab(lab: FakeApiOptions['lab'], view?: string) {
  const fake = installFakeApi({ activities: [tempo, easy], lab })
  const user = userEvent.setup()
  render(<App />)
  await screen.findByText('2 activities')
  await user.click(screen.getByRole('button', { name: 'Lab' }))
  if (view) {
    await user.click(
      within(screen.getByRole('navigation', { name: 'Lab views' })).getByRole('button', {
        name: view,
      }),
    )
  }
  return { fake, user }
}

describe('the Lab tab', () => {
  it("shows today's fitness, fatigue and form with what the form means", async () => {
    await openLab({ fitness: async () => FITNESS })
    const figures = await screen.findByText('42-day load average')
    const list = figures.closest('dl') as HTMLElement
    expect(within(list).getByText('Fitness').nextSibling?.textContent).toBe('2')
    expect(within(list).getByText('Form').nextSibling?.textContent).toBe('−11')
    expect(within(list).getByText(/Optimal: training load that builds fitness/)).toBeTruthy()
  })

  it('lists the activities that count as 0 with what each lacked', async () => {
    const { user } = await openLab({
      fitness: async () => FITNESS,
      unscored: async () => ({
        total: 1,
        activities: [
          { ...ref(easy), missing: ['heart-rate stream', 'threshold pace'], explanation: '' },
        ],
      }),
    })
    await user.click(await screen.findByRole('button', { name: 'Show which and why' }))
    const list = await screen.findByRole('region', { name: 'Unscored activities' })
    expect(list.textContent).toContain('Easy loop')
    expect(list.textContent).toContain('missing heart-rate stream, threshold pace')
  })

  it('opens the activity a best time came from', async () => {
    const { user } = await openLab(
      {
        bests: async ({ sport, year }) => ({
          sport,
          year: year ?? null,
          years: [2024],
          distances: [
            {
              distance: 1000,
              top: [
                {
                  activity: ref(tempo),
                  distance: 1000,
                  seconds: 210,
                  startOffset: 500,
                  endOffset: 710,
                },
              ],
              yearBests: [],
            },
          ],
        }),
      },
      'Best efforts',
    )
    const card = await screen.findByRole('region', { name: '1K best efforts' })
    expect(within(card).getAllByText('3:30 /km').length).toBe(1)
    await user.click(within(card).getAllByRole('button', { name: '3:30' })[0] as HTMLElement)
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tempo on the river' }),
    ).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Activities' }).getAttribute('aria-current')).toBe(
      'page',
    )
  })

  it('shows the analysis in the status bar and reads its figures again when it ends', async () => {
    const { fake } = await openLab({ fitness: async () => FITNESS })
    await screen.findByText('42-day load average')
    const calls = () => fake.calls.lab.filter((c) => c.method === 'fitness').length
    const before = calls()
    act(() => fake.emit('derive:progress', { kind: 'lab', done: 64, total: 200 }))
    const bar = screen.getByRole('status', { name: 'Sync status' })
    expect(bar.textContent).toContain('Analysing activities for the lab: 64 of 200')
    act(() => fake.emit('derive:progress', { kind: 'lab', done: 200, total: 200 }))
    expect(bar.textContent).not.toContain('Analysing')
    await waitFor(() => expect(calls()).toBe(before + 1))
  })
})
