import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countLiveActivities } from '../../../src/main/core/db/library-repo'
import { activities } from '../../../src/main/core/db/schema'
import type { CoreParts } from '../../../src/main/core/create-core'
import { createHarness, type Harness } from '../../helpers/harness'

let h: Harness
beforeEach(async () => (h = await createHarness()))
afterEach(() => h.cleanup())

function addActivity(core: CoreParts) {
  core.db
    .insert(activities)
    .values({
      id: 16_123_456_789,
      athleteId: 134815,
      name: 'Läufchen am Rhein',
      sportType: 'Run',
      startDate: 1_700_000_000,
      startDateLocal: '2023-11-14T23:13:20Z',
      distance: 8000,
      movingTime: 2400,
      elapsedTime: 2500,
      totalElevationGain: 35,
      summaryJson: '{}',
      firstSeenAt: 0,
      updatedAt: 0,
    })
    .run()
}

function tokenColumns(core: CoreParts) {
  return core.database.sqlite.prepare('SELECT COUNT(*) FROM connection').pluck().get()
}

describe('disconnecting', () => {
  it('revokes at Strava, deletes every token and keeps the backup by default', async () => {
    const core = await h.openCore()
    await core.auth.connect()
    addActivity(core)
    const result = await core.auth.disconnect({ deleteData: false })
    expect(result).toEqual({ remoteRevoked: true, dataDeleted: false })
    expect(h.emulator.stats.revocations).toBe(1)
    expect(h.emulator.stats.deauthorizations).toBe(0)
    expect(tokenColumns(core)).toBe(0)
    expect(countLiveActivities(core.db)).toBe(1)
    expect((await core.auth.status()).state).toBe('disconnected')
  })

  it('deletes the local backup when asked', async () => {
    const core = await h.openCore()
    await core.auth.connect()
    addActivity(core)
    expect(await core.auth.disconnect({ deleteData: true })).toEqual({
      remoteRevoked: true,
      dataDeleted: true,
    })
    expect(countLiveActivities(core.db)).toBe(0)
  })

  it('still disconnects locally when Strava cannot be reached, and says so', async () => {
    const core = await h.openCore()
    await core.auth.connect()
    h.emulator.faults.push({ path: /^\/oauth\/revoke$/, kind: 'reset', times: 1 })
    expect(await core.auth.disconnect({ deleteData: false })).toEqual({
      remoteRevoked: false,
      dataDeleted: false,
    })
    expect(tokenColumns(core)).toBe(0)
    expect((await core.auth.status()).state).toBe('disconnected')
  })

  it('disconnects from reconnect_required without calling Strava', async () => {
    const core = await h.openCore()
    await core.auth.connect()
    h.emulator.revokeAll()
    await core.api.get('/athlete').catch(() => undefined)
    expect((await core.auth.status()).state).toBe('reconnect_required')
    expect(await core.auth.disconnect({ deleteData: false })).toEqual({
      remoteRevoked: false,
      dataDeleted: false,
    })
    expect((await core.auth.status()).state).toBe('disconnected')
  })
})
