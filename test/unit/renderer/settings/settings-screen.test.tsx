// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConnectionStatusDto } from '../../../../src/shared/dto'
import { BridgeError } from '../../../../src/shared/expose-api'
import { PreferencesProvider } from '../../../../src/renderer/src/preferences-context'
import { SettingsScreen } from '../../../../src/renderer/src/settings/settings-screen'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, makeActivity, type FakeApiOptions } from '../fake-api'

const CONNECTED: ConnectionStatusDto = {
  state: 'connected',
  athlete: { id: 1, firstname: 'Zoë', lastname: 'Ångström' },
  reconnectReason: null,
  privateActivitiesExcluded: false,
  connecting: false,
  credentials: { configured: true, source: 'saved', clientId: '12345' },
  tokenProtection: { kind: 'passphrase', description: 'a key derived from a passphrase' },
}

beforeEach(() => installDomStubs())
afterEach(() => cleanup())

function renderSettings(
  options: FakeApiOptions = {},
  connection: ConnectionStatusDto = { ...CONNECTED, ...options.connection },
) {
  const fake = installFakeApi(options)
  const onConnectionChange = vi.fn()
  render(
    <PreferencesProvider>
      <SettingsScreen connection={connection} onConnectionChange={onConnectionChange} />
    </PreferencesProvider>,
  )
  return { fake, onConnectionChange }
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name })
}

function radio(container: HTMLElement, name: string | RegExp): HTMLInputElement {
  return within(container).getByRole<HTMLInputElement>('radio', { name })
}

/** Settings render once the shared preferences arrived. */
async function loaded(): Promise<void> {
  await screen.findByRole('region', { name: 'Units' })
}

describe('SettingsScreen', () => {
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

  describe('deleted on Strava', () => {
    const withDeleted = (): FakeApiOptions => ({
      activities: [
        makeActivity({ name: 'Still there' }),
        makeActivity({ name: 'Gone', deletedAt: '2024-05-03T10:00:00.000Z' }),
      ],
    })

    it('explains the API agreement and saves the retention choice', async () => {
      const user = userEvent.setup()
      const { fake } = renderSettings()
      await loaded()
      const retention = section('Deleted on Strava')
      expect(retention.textContent).toMatch(/API agreement/)
      expect(radio(retention, /Keep them here/).checked).toBe(true)

      await user.click(radio(retention, /Remove them 48 hours after/))

      expect(fake.calls.settingsUpdate).toEqual([{ deletedRetention: 'purge-after-48h' }])
    })

    it('asks before purging, and Cancel removes nothing', async () => {
      const user = userEvent.setup()
      const { fake } = renderSettings(withDeleted())
      const purge = vi.spyOn(fake.api.library, 'purgeDeleted')
      await loaded()
      const retention = section('Deleted on Strava')
      await within(retention).findByText('1 activity here was deleted on Strava.')

      await user.click(within(retention).getByRole('button', { name: 'Purge now' }))
      const dialog = screen.getByRole('dialog', { name: 'Remove activities deleted on Strava?' })
      expect(dialog.textContent).toMatch(/the 1 backed-up activity deleted on Strava/)
      expect(purge).not.toHaveBeenCalled()

      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(purge).not.toHaveBeenCalled()
      expect(fake.activities).toHaveLength(2)
    })

    it('purges after confirming and reports how many were removed', async () => {
      const user = userEvent.setup()
      const { fake } = renderSettings(withDeleted())
      const purge = vi.spyOn(fake.api.library, 'purgeDeleted')
      await loaded()
      const retention = section('Deleted on Strava')

      await user.click(within(retention).getByRole('button', { name: 'Purge now' }))
      await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Purge' }))

      expect(purge).toHaveBeenCalledTimes(1)
      await waitFor(() =>
        expect(
          within(retention)
            .getAllByRole('status')
            .map((s) => s.textContent),
        ).toContain('Removed 1 activity deleted on Strava.'),
      )
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(fake.activities.map((a) => a.name)).toEqual(['Still there'])
    })

    it('reports when there was nothing to purge', async () => {
      const user = userEvent.setup()
      renderSettings()
      await loaded()
      const retention = section('Deleted on Strava')
      await user.click(within(retention).getByRole('button', { name: 'Purge now' }))
      await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Purge' }))
      expect(
        await within(retention).findByText(
          'Nothing to remove: no backed-up activity has been deleted on Strava.',
        ),
      ).toBeTruthy()
    })
  })

  it('shows the data folder as read-only, selectable text', async () => {
    renderSettings()
    await loaded()
    const folder = within(section('Data')).getByRole<HTMLInputElement>('textbox', {
      name: 'Data folder',
    })
    expect(folder.value).toBe('/tmp/trailkeep')
    expect(folder.readOnly).toBe(true)
  })

  it('says how tokens are protected', async () => {
    renderSettings()
    await loaded()
    const security = section('Security')
    // The settings' own description, as the core reports it.
    expect(security.textContent).toMatch(/stored encrypted with a passphrase\./)
    expect(security.querySelector('.warning')).toBeNull()
  })

  it('warns when tokens are kept in memory only', async () => {
    const memoryOnly = {
      kind: 'memory-only',
      description: 'TRAILKEEP_PASSPHRASE is not set, so tokens are never written to disk.',
    } as const
    renderSettings({ connection: { tokenProtection: memoryOnly } })
    await loaded()
    const warning = section('Security').querySelector('.warning')
    expect(warning?.textContent).toMatch(/kept in memory only/)
    expect(warning?.textContent).toMatch(/TRAILKEEP_PASSPHRASE is not set/)
    expect(warning?.textContent).toMatch(/connect again each time Trailkeep starts/)
  })

  describe('account', () => {
    it('shows who is connected and disconnects keeping the backup', async () => {
      const user = userEvent.setup()
      const { fake, onConnectionChange } = renderSettings()
      const disconnect = vi.spyOn(fake.api.auth, 'disconnect')
      await loaded()
      const account = section('Account')
      expect(
        within(account).getByRole('heading', { name: 'Connected as Zoë Ångström' }),
      ).toBeTruthy()

      await user.click(within(account).getByRole('button', { name: 'Disconnect…' }))
      const dialog = screen.getByRole('dialog', { name: 'Disconnect from Strava?' })
      const keep = within(dialog).getByRole<HTMLInputElement>('radio', {
        name: 'Keep my backed-up activities on this computer',
      })
      expect(keep.checked).toBe(true)
      await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }))

      expect(disconnect).toHaveBeenCalledWith({ deleteData: false })
      await waitFor(() => expect(onConnectionChange).toHaveBeenCalledTimes(1))
    })

    it('points to the connect banner when not connected, with no Disconnect', async () => {
      renderSettings({}, { ...CONNECTED, state: 'disconnected', athlete: null })
      await loaded()
      const account = section('Account')
      expect(within(account).getByRole('heading', { name: 'Not connected to Strava' })).toBeTruthy()
      expect(within(account).queryByRole('button')).toBeNull()
    })

    it('offers Disconnect while a reconnect is needed', async () => {
      renderSettings({}, { ...CONNECTED, state: 'reconnect_required', reconnectReason: 'revoked' })
      await loaded()
      const account = section('Account')
      expect(within(account).getByRole('heading', { name: /needs renewing/ })).toBeTruthy()
      expect(within(account).getByRole('button', { name: 'Disconnect…' })).toBeTruthy()
    })
  })

  describe('Strava API application', () => {
    /** Answers as the core does: another Client ID ends the connection made with the old one. */
    const saveLikeTheCore: FakeApiOptions['saveCredentials'] = async (input, fake) => {
      const changed = input.clientId !== fake.connection.credentials.clientId
      fake.connection = {
        ...fake.connection,
        credentials: { configured: true, source: 'saved', clientId: input.clientId },
        ...(changed && { state: 'reconnect_required', reconnectReason: 'credentials-changed' }),
      }
      return fake.connection
    }

    it('never shows the secret, and saving another application asks to reconnect', async () => {
      const user = userEvent.setup()
      const { fake, onConnectionChange } = renderSettings({ saveCredentials: saveLikeTheCore })
      await loaded()
      const app = section('Strava API application')
      const clientId = within(app).getByLabelText<HTMLInputElement>('Client ID')
      const secret = within(app).getByLabelText<HTMLInputElement>('Client Secret')
      expect(clientId.value).toBe('12345')
      expect(secret.value).toBe('')
      expect(secret.type).toBe('password')
      expect(secret.getAttribute('aria-describedby')).toBeTruthy()
      expect(
        document.getElementById(secret.getAttribute('aria-describedby') ?? '')?.textContent,
      ).toBe('Saved; enter a new one to replace it.')
      expect(app.textContent).toMatch(/Saving another Client ID ends the current connection/)

      await user.clear(clientId)
      await user.type(clientId, '67890')
      await user.type(secret, 'a'.repeat(40))
      await user.click(within(app).getByRole('button', { name: 'Save application' }))

      expect(fake.calls.credentialsSave).toEqual([
        { clientId: '67890', clientSecret: 'a'.repeat(40) },
      ])
      expect((await within(app).findByRole('status')).textContent).toMatch(
        /^Saved\. Connect with Strava again/,
      )
      expect(onConnectionChange).toHaveBeenCalledWith(
        expect.objectContaining({
          state: 'reconnect_required',
          reconnectReason: 'credentials-changed',
        }),
      )
      expect(secret.value).toBe('')
    })

    it('asks for the secret again before saving anything', async () => {
      const user = userEvent.setup()
      const { fake } = renderSettings()
      await loaded()
      const app = section('Strava API application')
      await user.click(within(app).getByRole('button', { name: 'Save application' }))
      const secret = within(app).getByLabelText('Client Secret')
      expect(secret.getAttribute('aria-invalid')).toBe('true')
      expect(app.textContent).toMatch(/Enter the Client Secret/)
      expect(fake.calls.credentialsSave).toEqual([])
    })

    it('offers no form when the application is set in the environment', async () => {
      renderSettings({
        connection: { credentials: { configured: true, source: 'environment', clientId: '777' } },
      })
      await loaded()
      const app = section('Strava API application')
      expect(app.textContent).toMatch(/Client ID 777, set outside Trailkeep/)
      expect(within(app).queryByRole('textbox')).toBeNull()
      expect(within(app).queryByRole('button')).toBeNull()
    })
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
