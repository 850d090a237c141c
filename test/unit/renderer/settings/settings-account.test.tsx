// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installDomStubs } from '../dom-setup'
import { type FakeApiOptions } from '../fake-api'
import { CONNECTED, loaded, renderSettings, section } from './render-settings'

beforeEach(() => installDomStubs())
afterEach(() => cleanup())

describe('Settings: the Strava account and API application', () => {
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
})
