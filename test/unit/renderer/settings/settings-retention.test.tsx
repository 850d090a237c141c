// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installDomStubs } from '../dom-setup'
import { makeActivity, type FakeApiOptions } from '../fake-api'
import { loaded, radio, renderSettings, section } from './render-settings'

beforeEach(() => installDomStubs())
afterEach(() => cleanup())

describe('Settings: activities deleted on Strava', () => {
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
})
