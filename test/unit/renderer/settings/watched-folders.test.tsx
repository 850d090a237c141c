// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PreferencesProvider } from '../../../../src/renderer/src/preferences-context'
import { WatchedFoldersSection } from '../../../../src/renderer/src/settings/watched-folders-section'
import { installDomStubs } from '../dom-setup'
import { installFakeApi } from '../fake-api'

beforeEach(() => installDomStubs())
afterEach(() => cleanup())

describe('the watched folders section', () => {
  it('adds a folder through the dialog, shows how it went, and stops watching it', async () => {
    const user = userEvent.setup()
    const fake = installFakeApi()
    render(
      <PreferencesProvider>
        <WatchedFoldersSection />
      </PreferencesProvider>,
    )
    const region = await screen.findByRole('region', { name: 'Watched folders' })
    expect(await within(region).findByText('No folder is watched yet.')).toBeTruthy()

    await user.click(within(region).getByRole('button', { name: 'Watch a folder…' }))
    expect(fake.calls.foldersAdd).toBe(1)
    const list = await within(region).findByRole('list', { name: 'Watched folders' })
    expect(list.textContent).toContain('/media/WATCH/GARMIN/Activity')
    expect(list.textContent).toContain('Not looked at yet · 0 activities added')

    // The core reports each look; a missing folder says so instead.
    act(() =>
      fake.emit('folders:changed', [
        {
          id: 1,
          path: '/media/WATCH/GARMIN/Activity',
          lastScanAt: null,
          activitiesAdded: 3,
          problem: 'The folder is not there now (a watch or drive not plugged in?).',
        },
      ]),
    )
    expect(list.textContent).toContain('The folder is not there now')

    await user.click(
      within(region).getByRole('button', { name: 'Stop watching /media/WATCH/GARMIN/Activity' }),
    )
    expect(fake.calls.foldersRemove).toEqual([1])
    expect(await within(region).findByText('No folder is watched yet.')).toBeTruthy()
  })
})
