// Shared by the Settings screen tests: a fake bridge, the screen, and finders.
import { render, screen, within } from '@testing-library/react'
import { vi } from 'vitest'
import type { ConnectionStatusDto } from '../../../../src/shared/dto'
import { PreferencesProvider } from '../../../../src/renderer/src/preferences-context'
import { SettingsScreen } from '../../../../src/renderer/src/settings/settings-screen'
import { installFakeApi, type FakeApiOptions } from '../fake-api'

export const CONNECTED: ConnectionStatusDto = {
  state: 'connected',
  athlete: { id: 1, firstname: 'Zoë', lastname: 'Ångström' },
  reconnectReason: null,
  privateActivitiesExcluded: false,
  connecting: false,
  credentials: { configured: true, source: 'saved', clientId: '12345' },
  tokenProtection: { kind: 'passphrase', description: 'a key derived from a passphrase' },
}

export function renderSettings(
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

export function section(name: string): HTMLElement {
  return screen.getByRole('region', { name })
}

export function radio(container: HTMLElement, name: string | RegExp): HTMLInputElement {
  return within(container).getByRole<HTMLInputElement>('radio', { name })
}

/** Settings render once the shared preferences arrived. */
export async function loaded(): Promise<void> {
  await screen.findByRole('region', { name: 'Units' })
}
