// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BridgeError } from '../../../../src/shared/trailkeep-api'
import { ConnectScreen } from '../../../../src/renderer/src/account/connect-screen'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, type FakeApiOptions } from '../fake-api'

const UNREACHABLE = 'Could not reach Strava. Check your internet connection and try again.'

beforeEach(() => installDomStubs())
afterEach(cleanup)

function renderConnect(options: FakeApiOptions = {}) {
  const fake = installFakeApi({ connection: { state: 'disconnected', athlete: null }, ...options })
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
