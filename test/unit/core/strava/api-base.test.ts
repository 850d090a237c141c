import { describe, expect, it } from 'vitest'
import type { ApiBaseConfig } from '../../../../src/main/core/config/strava-endpoints'
import {
  ApiBaseSelector,
  RECHECK_PREFERRED_MS,
  type RememberedBase,
} from '../../../../src/main/core/strava/api-base'
import { AppError } from '../../../../src/main/core/errors'
import type { StravaResponse } from '../../../../src/main/core/strava/http'

const LEGACY = 'https://www.strava.com/api/v3'
const NEXT = ['https://www.api-v3.strava.com', 'https://api-v3.strava.com']
const NEXT_FROM = Date.UTC(2027, 0, 4)
const AUTO: ApiBaseConfig = { kind: 'auto', legacy: LEGACY, next: NEXT, nextFrom: NEXT_FROM }

function selector(now: number, remembered?: RememberedBase, config = AUTO) {
  const saved: RememberedBase[] = []
  const clock = { now: () => now, sleep: async () => undefined }
  const bases = new ApiBaseSelector(config, clock, {
    load: () => remembered,
    save: (value) => void saved.push(value),
  })
  return { bases, saved }
}

const answer = (status: number): StravaResponse => ({
  status,
  headers: new Headers(),
  body: undefined,
  malformed: false,
})
const transport = (code: string) =>
  new AppError('NETWORK', 'Could not reach Strava.', {
    cause: { name: 'TypeError', code, timedOut: false },
  })

describe('ApiBaseSelector', () => {
  it('tries the legacy base first before the new host exists, and the new host first from 2027-01-04', () => {
    expect(selector(NEXT_FROM - 1).bases.candidates()).toEqual([LEGACY, ...NEXT])
    expect(selector(NEXT_FROM).bases.candidates()).toEqual([...NEXT, LEGACY])
  })

  it('starts with the base that worked last time, and remembers a new choice once', () => {
    const june = Date.UTC(2027, 5, 2)
    const { bases, saved } = selector(june, { base: LEGACY, decidedAt: june - 1000 })
    expect(bases.candidates()).toEqual([LEGACY, ...NEXT])
    bases.confirm(LEGACY)
    expect(saved).toEqual([])
    bases.confirm(NEXT[0] ?? '')
    bases.confirm(NEXT[0] ?? '')
    expect(saved).toEqual([{ base: NEXT[0], decidedAt: june }])
    expect(bases.candidates()).toEqual([...NEXT, LEGACY])
  })

  it('tries the preferred host again once the new host exists, and after a week on a fallback', () => {
    const decidedBefore = { base: LEGACY, decidedAt: NEXT_FROM - 1 }
    expect(selector(NEXT_FROM + 1, decidedBefore).bases.candidates()[0]).toBe(NEXT[0])
    const recent = { base: LEGACY, decidedAt: NEXT_FROM + 1 }
    expect(selector(NEXT_FROM + 2, recent).bases.candidates()[0]).toBe(LEGACY)
    const old = selector(NEXT_FROM + 1 + RECHECK_PREFERRED_MS, recent)
    expect(old.bases.candidates()[0]).toBe(NEXT[0])
    old.bases.confirm(LEGACY)
    expect(old.saved).toEqual([{ base: LEGACY, decidedAt: NEXT_FROM + 1 + RECHECK_PREFERRED_MS }])
  })

  it('ignores a remembered base that is not a candidate or cannot be read', () => {
    const now = NEXT_FROM + 1
    expect(
      selector(now, { base: 'https://evil.example', decidedAt: now }).bases.candidates(),
    ).toEqual([...NEXT, LEGACY])
    const garbled = { base: 42, decidedAt: 'yesterday' } as unknown as RememberedBase
    expect(selector(now, garbled).bases.candidates()).toEqual([...NEXT, LEGACY])
  })

  it('switches only for a host that is not there: unresolvable, refused, 410, or 404 on a path that always exists', () => {
    const { bases } = selector(NEXT_FROM)
    for (const code of ['ENOTFOUND', 'ECONNREFUSED', 'EAI_AGAIN']) {
      expect(bases.isUnreachable(transport(code)), code).toBe(true)
    }
    for (const code of ['ECONNRESET', 'ETIMEDOUT', 'UND_ERR_SOCKET']) {
      expect(bases.isUnreachable(transport(code)), code).toBe(false)
    }
    expect(bases.isMissing(answer(404), '/athlete/activities')).toBe(true)
    expect(bases.isMissing(answer(404), '/athlete')).toBe(true)
    expect(bases.isMissing(answer(410), '/activities/1')).toBe(true)
    expect(bases.isMissing(answer(404), '/activities/1')).toBe(false)
    for (const status of [429, 500, 502, 503, 401, 200]) {
      expect(bases.isMissing(answer(status), '/athlete/activities'), String(status)).toBe(false)
    }
    expect(bases.needsProbe(answer(404), '/activities/1', NEXT[0] ?? '')).toBe(true)
    bases.confirm(NEXT[0] ?? '')
    expect(bases.needsProbe(answer(404), '/activities/1', NEXT[0] ?? '')).toBe(false)
  })

  it('never switches a configured base', () => {
    const { bases, saved } = selector(NEXT_FROM, undefined, {
      kind: 'fixed',
      base: 'http://127.0.0.1:1',
    })
    expect(bases.candidates()).toEqual(['http://127.0.0.1:1'])
    expect(bases.isUnreachable(transport('ENOTFOUND'))).toBe(false)
    expect(bases.isMissing(answer(404), '/athlete')).toBe(false)
    expect(bases.needsProbe(answer(404), '/activities/1', 'http://127.0.0.1:1')).toBe(false)
    bases.confirm('http://127.0.0.1:1')
    expect(saved).toEqual([])
  })
})
