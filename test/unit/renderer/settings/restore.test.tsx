// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetActivitiesScreen } from '../../../../src/renderer/src/activities/activities-screen'
import { App } from '../../../../src/renderer/src/app'
import type { RestoreCandidateDto } from '../../../../src/shared/data-dto'
import { BridgeError } from '../../../../src/shared/expose-api'
import { installDomStubs } from '../dom-setup'
import { installFakeApi, makeActivity, type FakeApiOptions } from '../fake-api'

// jsdom has no canvas: the charts are checked elsewhere by their captions.
vi.mock('uplot', () => ({
  default: class {
    width = 400
    setSize() {}
    destroy() {}
  },
}))

beforeEach(() => {
  installDomStubs()
  resetActivitiesScreen()
})
afterEach(() => cleanup())

const CANDIDATE: RestoreCandidateDto = {
  choice: '6f1d1c3e-9a52-4c1e-8e1b-2b7d0c6a9f10',
  fileName: 'trailkeep-backup-2026-06-01.sqlite',
  activities: 2,
  newestActivity: '2026-05-30T06:00:00.000Z',
  modifiedAt: '2026-06-01T20:00:00.000Z',
}

const runs = (n: number) =>
  Array.from({ length: n }, (_, i) => makeActivity({ id: 100 + i, name: `Run ${i + 1}` }))

async function openYourData(options: FakeApiOptions) {
  const fake = installFakeApi({
    activities: runs(3),
    preferences: { dateFormat: 'day-month-24h' },
    ...options,
  })
  const user = userEvent.setup()
  render(<App />)
  expect(await screen.findByText('3 activities')).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Settings' }))
  const section = await screen.findByRole('region', { name: 'Your data' })
  return { fake, user, section }
}

describe('restoring a backup from Settings', () => {
  it('shows what the backup holds, restores on confirmation and shows the restored library', async () => {
    const { fake, user, section } = await openYourData({
      restoreCandidate: CANDIDATE,
      restoredActivities: runs(2),
    })
    await user.click(within(section).getByRole('button', { name: 'Restore from backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(dialog.textContent).toContain(
      'trailkeep-backup-2026-06-01.sqlite, saved 1 Jun 2026, holds 2 activities, the newest from 30 May 2026.',
    )
    expect(await within(dialog).findByText(/\(3 activities now\)/)).toBeTruthy()
    expect(fake.calls.restore).toEqual([])

    await user.click(within(dialog).getByRole('button', { name: 'Restore' }))
    expect(fake.calls.restore).toEqual([CANDIDATE.choice])
    // Every screen mounts again on the restored library, back on Settings with the news.
    const restored = await screen.findByRole('region', { name: 'Your data' })
    expect(
      await within(restored).findByText('Restored 2 activities from backup.sqlite.'),
    ).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Activities' }))
    expect(await screen.findByText('2 activities')).toBeTruthy()
  })

  it('changes nothing when the athlete cancels, or cancels the file dialog', async () => {
    const { fake, user, section } = await openYourData({ restoreCandidate: CANDIDATE })
    await user.click(within(section).getByRole('button', { name: 'Restore from backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(fake.calls.restore).toEqual([])
    cleanup()

    const cancelled = await openYourData({ restoreCandidate: null })
    await cancelled.user.click(
      within(cancelled.section).getByRole('button', { name: 'Restore from backup…' }),
    )
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(cancelled.fake.calls.restore).toEqual([])
  })

  it('says why a restore was refused and keeps the library on screen', async () => {
    const { user, section } = await openYourData({
      restoreCandidate: CANDIDATE,
      restore: async () => {
        throw new BridgeError(
          'DB_FOREIGN',
          'trailkeep-backup-2026-06-01.sqlite is a SQLite database but not a Trailkeep backup.',
        )
      },
    })
    await user.click(within(section).getByRole('button', { name: 'Restore from backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }))
    expect((await within(section).findByRole('alert')).textContent).toBe(
      'trailkeep-backup-2026-06-01.sqlite is a SQLite database but not a Trailkeep backup.',
    )
    expect(
      within(section).getByRole<HTMLButtonElement>('button', { name: 'Restore from backup…' })
        .disabled,
    ).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Activities' }))
    expect(await screen.findByText('3 activities')).toBeTruthy()
  })
})
