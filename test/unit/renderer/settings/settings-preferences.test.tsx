// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BridgeError } from '../../../../src/shared/expose-api'
import { PreferencesProvider } from '../../../../src/renderer/src/preferences-context'
import { SettingsScreen } from '../../../../src/renderer/src/settings/settings-screen'
import { installDomStubs } from '../dom-setup'
import { installFakeApi } from '../fake-api'
import { CONNECTED, loaded, radio, renderSettings, section } from './render-settings'

beforeEach(() => installDomStubs())
afterEach(() => cleanup())

describe('Settings: units, dates and sync', () => {
  it('saves imperial units at once and says so', async () => {
    const user = userEvent.setup()
    const { fake } = renderSettings()
    await loaded()
    const units = section('Units')
    expect(radio(units, /Metric/).checked).toBe(true)

    await user.click(radio(units, /Imperial/))

    expect(fake.calls.settingsUpdate).toEqual([{ units: 'imperial' }])
    await waitFor(() => expect(within(units).getByRole('status').textContent).toBe('Saved'))
    expect(radio(units, /Imperial/).checked).toBe(true)
  })

  it('saves the date and time format, showing an example of each', async () => {
    const user = userEvent.setup()
    const { fake } = renderSettings()
    await loaded()
    const units = section('Units')
    expect(radio(units, /As this computer does/).checked).toBe(true)
    expect(radio(units, /24-hour clock, day first/).parentElement?.textContent).toMatch(
      /Mon, 13 May 2024, 15:05$/,
    )
    expect(radio(units, /12-hour clock, month first/).parentElement?.textContent).toMatch(
      /Mon, May 13, 2024, 3:05 PM$/,
    )

    await user.click(radio(units, /12-hour clock, month first/))

    expect(fake.calls.settingsUpdate).toEqual([{ dateFormat: 'month-day-12h' }])
    await waitFor(() => expect(within(units).getByRole('status').textContent).toBe('Saved'))
  })

  it('saves each sync control with the value it shows', async () => {
    const user = userEvent.setup()
    const { fake } = renderSettings()
    await loaded()
    const sync = section('Sync')
    const interval = within(sync).getByRole<HTMLSelectElement>('combobox', {
      name: 'Sync in the background while Trailkeep is open',
    })
    expect(interval.value).toBe('60')
    expect([...interval.options].map((o) => o.text)).toEqual([
      'Off',
      'Every 15 min',
      'Every 30 min',
      'Every hour',
      'Every 6 hours',
      'Once a day',
    ])

    await user.selectOptions(interval, 'Once a day')
    await user.click(within(sync).getByRole('checkbox', { name: 'Sync when Trailkeep starts' }))
    const levels = within(sync).getAllByRole<HTMLInputElement>('radio')
    expect(levels.map((radio) => radio.value)).toEqual(['everything', 'details', 'summaries'])
    expect(levels.map((radio) => radio.checked)).toEqual([true, false, false])
    for (const radio of levels) {
      const note = document.getElementById(radio.getAttribute('aria-describedby') ?? '')
      expect(note?.textContent, radio.value).toMatch(/request/)
    }
    const summariesOnly = within(sync).getByRole<HTMLInputElement>('radio', {
      name: /Summaries only/,
    })
    await user.click(summariesOnly)

    expect(fake.calls.settingsUpdate).toEqual([
      { syncIntervalMinutes: 1440 },
      { syncOnLaunch: false },
      { syncLevel: 'summaries' },
    ])
    await waitFor(() => expect(interval.value).toBe('1440'))
    expect(summariesOnly.checked).toBe(true)
  })

  it('shows an interval set elsewhere as what it is', async () => {
    renderSettings({ preferences: { syncIntervalMinutes: 120 } })
    await loaded()
    const interval = within(section('Sync')).getByRole<HTMLSelectElement>('combobox')
    expect(interval.selectedOptions[0]?.text).toBe('Every 2 hours')
  })

  it('shows a failed save as an alert and goes back to the saved value', async () => {
    const user = userEvent.setup()
    const { fake } = renderSettings()
    await loaded()
    fake.api.settings.update = async () => {
      throw new BridgeError('DB', 'The settings could not be saved.')
    }
    const units = section('Units')

    await user.click(radio(units, /Imperial/))

    expect((await within(units).findByRole('alert')).textContent).toBe(
      'The settings could not be saved.',
    )
    expect(radio(units, /Metric/).checked).toBe(true)
    expect(within(units).getByRole('status').textContent).toBe('')
  })

  it('shows why settings could not be loaded, and tries again', async () => {
    const user = userEvent.setup()
    const fake = installFakeApi()
    const get = fake.api.settings.get
    let fail = true
    fake.api.settings.get = async () => {
      if (fail) throw new BridgeError('DB', 'The library is locked.')
      return get()
    }
    render(
      <PreferencesProvider>
        <SettingsScreen connection={CONNECTED} onConnectionChange={() => undefined} />
      </PreferencesProvider>,
    )
    expect((await screen.findByRole('alert')).textContent).toMatch(/The library is locked\./)
    fail = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await loaded()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
