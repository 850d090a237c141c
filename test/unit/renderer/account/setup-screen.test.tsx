// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BridgeError } from '../../../../src/shared/expose-api'
import { SetupScreen } from '../../../../src/renderer/src/account/setup-screen'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, type FakeApiOptions } from '../fake-api'

const SECRET = '0123456789abcdef0123456789abcdef01234567'

beforeEach(() => installDomStubs())
afterEach(cleanup)

function renderSetup(options: FakeApiOptions = {}) {
  const fake = installFakeApi({ connection: { state: 'disconnected', athlete: null }, ...options })
  const onSaved = vi.fn()
  render(<SetupScreen onSaved={onSaved} />)
  return {
    fake,
    onSaved,
    clientId: screen.getByLabelText<HTMLInputElement>('Client ID'),
    clientSecret: screen.getByLabelText<HTMLInputElement>('Client Secret'),
    save: screen.getByRole('button', { name: 'Save' }),
  }
}

/** The sentence a field's aria-describedby points to. */
function describedBy(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

describe('the first-run form', () => {
  it('marks empty fields itself, with a sentence each, and saves nothing', async () => {
    const user = userEvent.setup()
    const { fake, clientId, clientSecret, save } = renderSetup()
    await user.click(save)

    expect(clientId.getAttribute('aria-invalid')).toBe('true')
    expect(clientSecret.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(clientId)).toMatch(/^Enter the Client ID/)
    expect(describedBy(clientSecret)).toMatch(/^Enter the Client Secret/)
    expect(document.activeElement).toBe(clientId)
    expect(fake.calls.credentialsSave).toEqual([])
  })

  it('says what is wrong with a malformed ID or secret, and clears it once fixed', async () => {
    const user = userEvent.setup()
    const { fake, onSaved, clientId, clientSecret, save } = renderSetup()
    await user.type(clientId, '12a45')
    await user.type(clientSecret, 'not a secret!')
    await user.click(save)

    expect(describedBy(clientId)).toMatch(/number .* \(digits only\)/)
    expect(describedBy(clientSecret)).toMatch(/The Client Secret is the long code/)
    expect(fake.calls.credentialsSave).toEqual([])

    await user.clear(clientId)
    await user.type(clientId, '12345')
    expect(clientId.getAttribute('aria-invalid')).toBeNull()
    expect(describedBy(clientId)).toBe('')
    expect(clientSecret.getAttribute('aria-invalid')).toBe('true')

    await user.clear(clientSecret)
    await user.type(clientSecret, SECRET)
    expect(clientSecret.getAttribute('aria-invalid')).toBeNull()
    await user.click(save)
    expect(fake.calls.credentialsSave).toEqual([{ clientId: '12345', clientSecret: SECRET }])
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
  })

  it('shows the core’s sentence when saving fails', async () => {
    const user = userEvent.setup()
    const { clientId, clientSecret, save } = renderSetup({
      saveCredentials: async () => {
        throw new BridgeError('DB_READONLY', 'Trailkeep cannot write to its data folder.')
      },
    })
    await user.type(clientId, '12345')
    await user.type(clientSecret, SECRET)
    await user.click(save)
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Trailkeep cannot write to its data folder.',
    )
  })

  it('links to strava.com/settings/api in the browser, not in the app', () => {
    renderSetup()
    const link = screen.getByRole('link', { name: 'strava.com/settings/api' })
    expect(link.getAttribute('href')).toBe('https://www.strava.com/settings/api')
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer'])
  })
})
