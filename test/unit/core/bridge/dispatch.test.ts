import { describe, expect, it } from 'vitest'
import { dispatchInvoke } from '../../../../src/main/core/bridge/dispatch'
import { AppError } from '../../../../src/main/core/errors'
import { recordingHandlers } from '../../../helpers/bridge-handlers'

describe('dispatching renderer calls', () => {
  it('refuses unknown channels, including prototype keys', async () => {
    const { handlers, calls } = recordingHandlers(true)
    for (const channel of [
      'nope',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'auth:constructor',
      'auth:__proto__',
      'library:toString',
      'data',
      42,
      null,
      { x: 1 },
    ]) {
      expect(await dispatchInvoke(handlers, channel, undefined), String(channel)).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Unknown request.' },
      })
    }
    expect(calls).toEqual([])
  })

  it('refuses malformed payloads before any handler runs', async () => {
    const { handlers, calls } = recordingHandlers(true)
    const bad: [string, unknown][] = [
      ['auth:status', { sneaky: true }],
      ['auth:disconnect', undefined],
      ['auth:disconnect', { deleteData: 'yes' }],
      ['auth:disconnect', { deleteData: true, extra: 1 }],
      ['auth:disconnect', JSON.parse('{"deleteData": false, "__proto__": {"polluted": true}}')],
      ['auth:connect', { force: 'true' }],
      ['credentials:save', { clientId: 'x'.repeat(65), clientSecret: 'y' }],
      ['credentials:save', { clientId: 1, clientSecret: 'y' }],
      ['credentials:save', "'; DROP TABLE activities; --"],
    ]
    for (const [channel, payload] of bad) {
      const result = await dispatchInvoke(handlers, channel, payload)
      expect(result, `${channel} ${JSON.stringify(payload)}`).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'The request was malformed.' },
      })
    }
    expect(calls).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('passes valid payloads and returns only code and message on failure', async () => {
    const { handlers: failing, mutable } = recordingHandlers(true)
    mutable.auth!.disconnect = async () => {
      throw new AppError('NOT_CONNECTED', 'Trailkeep is not connected to Strava.')
    }
    mutable.auth!.status = async () => {
      throw new Error('SELECT * FROM connection WHERE token = secret-value')
    }
    expect(await dispatchInvoke(failing, 'auth:disconnect', { deleteData: false })).toEqual({
      ok: false,
      error: { code: 'NOT_CONNECTED', message: 'Trailkeep is not connected to Strava.' },
    })
    const internal = await dispatchInvoke(failing, 'auth:status', undefined)
    expect(JSON.stringify(internal)).not.toContain('secret-value')
    expect(
      await dispatchInvoke(recordingHandlers(true).handlers, 'auth:connect', { force: true }),
    ).toEqual({ ok: true, value: true })
  })
})
