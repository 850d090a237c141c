// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BridgeError } from '../../../../src/shared/expose-api'
import { ConnectScreen } from '../../../../src/renderer/src/account/connect-screen'
import { resetActivitiesScreen } from '../../../../src/renderer/src/activities/activities-screen'
import { App } from '../../../../src/renderer/src/app'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, makeActivity, type FakeApiOptions } from '../fake-api'

// uPlot reads matchMedia as it loads, before any stub; no chart is drawn here.
vi.mock('uplot', () => ({ default: class {} }))

const DISCONNECTED: FakeApiOptions['connection'] = {
  state: 'disconnected',
  athlete: null,
  tokenProtection: {
    kind: 'passphrase',
    description: 'a key derived from TRAILKEEP_PASSPHRASE (scrypt, AES-256-GCM)',
  },
}

const UNREACHABLE = 'Could not reach Strava. Check your internet connection and try again.'

beforeEach(() => {
  installDomStubs()
  resetActivitiesScreen()
})
afterEach(cleanup)

function renderConnect(options: FakeApiOptions = {}) {
  const fake = installFakeApi({ connection: DISCONNECTED, ...options })
  const onChange = vi.fn()
  render(<ConnectScreen status={fake.connection} onChange={onChange} />)
  return { fake, onChange }
}

describe('the connect card', () => {
  it('says in the card that Strava cannot be reached, and offers Connect again', async () => {
    const user = userEvent.setup()
    const { fake, onChange } = renderConnect({
      connect: async () => {
        throw new BridgeError('NETWORK', UNREACHABLE)
      },
    })
    await user.click(screen.getByRole('button', { name: 'Connect with Strava' }))

    const card = screen.getByRole('region', { name: /Strava/ })
    expect((await within(card).findByRole('alert')).textContent).toBe(UNREACHABLE)
    expect(within(card).queryByText(/Waiting for you/)).toBeNull()
    expect(within(card).getByRole('button', { name: 'Connect with Strava' })).toBeTruthy()
    expect(fake.calls.connect).toBe(1)
    expect(onChange).not.toHaveBeenCalled()
  })
})

describe('the connect banner', () => {
  it('with nothing backed up: a full card in plain words, the technical detail left to Settings', async () => {
    const user = userEvent.setup()
    installFakeApi({ connection: DISCONNECTED })
    render(<App />)
    const card = await screen.findByRole('region', { name: 'Back up your Strava history' })
    expect(within(card).getByRole('button', { name: 'Connect with Strava' })).toBeTruthy()
    expect(card.textContent).toMatch(/Your Strava access stays on this computer, encrypted\./)
    expect(card.textContent).not.toMatch(/TRAILKEEP_PASSPHRASE|scrypt|AES/)
    expect(document.body.textContent).not.toMatch(/TRAILKEEP_PASSPHRASE|scrypt/)

    await user.click(screen.getByRole('button', { name: 'Settings' }))
    const security = await screen.findByRole('region', { name: 'Security' })
    expect(security.textContent).toMatch(/TRAILKEEP_PASSPHRASE \(scrypt, AES-256-GCM\)/)
  })

  it('with a backup to browse: one compact line above the list', async () => {
    installFakeApi({ connection: DISCONNECTED, activities: [makeActivity({ name: 'Kept Run' })] })
    render(<App />)
    const strip = await screen.findByRole('region', {
      name: 'Connect to Strava to back up new activities',
    })
    expect(within(strip).getByRole('button', { name: 'Connect with Strava' })).toBeTruthy()
    expect(within(strip).queryByRole('heading', { level: 1 })).toBeNull()
    expect(strip.querySelectorAll('p')).toHaveLength(0)
    expect(await screen.findByRole('option', { name: /Kept Run/ })).toBeTruthy()
  })

  it('names the reason to reconnect in the compact line', async () => {
    installFakeApi({
      connection: { ...DISCONNECTED, state: 'reconnect_required', reconnectReason: 'revoked' },
      activities: [makeActivity()],
    })
    render(<App />)
    const strip = await screen.findByRole('region', { name: 'Reconnect to Strava' })
    expect(strip.textContent).toMatch(/no longer accepts Trailkeep’s access/)
  })

  it('on first run the logo sits in the header, not loose in the corner', async () => {
    installFakeApi({
      connection: {
        ...DISCONNECTED,
        credentials: { configured: false, source: 'none', clientId: null },
      },
    })
    render(<App />)
    await screen.findByRole('heading', { name: 'Connect with Strava' })
    expect(within(screen.getByRole('banner')).getByLabelText('Trailkeep')).toBeTruthy()
  })
})
