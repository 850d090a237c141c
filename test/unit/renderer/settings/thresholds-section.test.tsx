// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetActivitiesScreen } from '../../../../src/renderer/src/activities/activities-screen'
import { App } from '../../../../src/renderer/src/app'
import type { ThresholdsDto } from '../../../../src/shared/lab-dto'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, makeActivity, type FakeApiOptions } from '../fake-api'

vi.mock('uplot', () => ({ default: class {} }))

beforeEach(() => {
  installDomStubs({ width: 1280, height: 800 })
  resetActivitiesScreen()
})
afterEach(cleanup)

const ride = makeActivity({ id: 601, name: 'Hill reps', sportType: 'Ride' })

const THRESHOLDS: ThresholdsDto = {
  entries: [{ id: 1, kind: 'ftp', value: 240, from: '2024-01-01' }],
  today: { ftp: 240 },
  todayDate: '2024-05-02',
  estimates: [
    {
      kind: 'ftp',
      value: 262,
      rule: '95 % of your best 20-minute power (276 W).',
      activity: {
        id: 601,
        name: 'Hill reps',
        sportType: 'Ride',
        startDateLocal: ride.startDateLocal,
        startDate: ride.startDate,
      },
      current: 240,
    },
  ],
}

async function openThresholds(options: FakeApiOptions = {}) {
  const fake = installFakeApi({
    activities: [ride],
    lab: { thresholds: async () => THRESHOLDS, setThresholds: async () => THRESHOLDS },
    ...options,
  })
  const user = userEvent.setup()
  render(<App />)
  await screen.findByText('1 activity')
  await user.click(screen.getByRole('button', { name: 'Settings' }))
  const section = await screen.findByRole('region', { name: 'Athlete thresholds' })
  await within(section).findByText('Suggested FTP: 262 W')
  const setCalls = () =>
    fake.calls.lab.filter((c) => c.method === 'setThresholds').map((c) => c.input)
  return { fake, user, section, setCalls }
}

describe('athlete thresholds in Settings', () => {
  it('takes a running pace in minutes per mile and stores seconds per km', async () => {
    const { user, section, setCalls } = await openThresholds({ preferences: { units: 'imperial' } })
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Threshold' }),
      'thresholdPace',
    )
    await user.type(within(section).getByRole('textbox', { name: 'Value (min/mi)' }), '7:15')
    await user.clear(within(section).getByLabelText('From'))
    await user.type(within(section).getByLabelText('From'), '2024-03-01')
    await user.click(within(section).getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(setCalls()).toHaveLength(1))
    const [call] = setCalls() as [{ values: { thresholdPace: number }; from: string }]
    expect(call.from).toBe('2024-03-01')
    expect(call.values.thresholdPace).toBeCloseTo(435 / 1.609344, 6)
  })

  it('refuses a value no athlete has, in one sentence, and sends nothing', async () => {
    const { user, section, setCalls } = await openThresholds()
    await user.type(within(section).getByRole('textbox', { name: 'Value (W)' }), '9')
    await user.click(within(section).getByRole('button', { name: 'Add' }))
    expect(within(section).getByText('FTP must be a number from 30 to 2000 W.')).toBeTruthy()
    expect(setCalls()).toEqual([])
  })

  it('changes a threshold from an estimate only when asked, and from today', async () => {
    const { user, section, setCalls } = await openThresholds()
    const offer = within(section).getByRole('group', { name: 'Suggested FTP' })
    expect(offer.textContent).toContain('(now 240 W)')
    expect(within(offer).getByRole('button', { name: /Hill reps/ })).toBeTruthy()
    expect(setCalls()).toEqual([])
    await user.click(within(offer).getByRole('button', { name: 'Use 262 W from today' }))
    await waitFor(() => expect(setCalls()).toEqual([{ values: { ftp: 262 } }]))
  })

  it('puts an estimate away for the session with "Not now"', async () => {
    const { user, section, setCalls } = await openThresholds()
    await user.click(within(section).getByRole('button', { name: 'Not now' }))
    expect(within(section).queryByRole('group', { name: 'Suggested FTP' })).toBeNull()
    expect(setCalls()).toEqual([])
  })
})
