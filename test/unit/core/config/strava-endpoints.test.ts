import { describe, expect, it } from 'vitest'
import {
  NEW_API_BASES,
  apiUrl,
  resolveStravaEndpoints,
} from '../../../../src/main/core/config/strava-endpoints'

describe('resolveStravaEndpoints', () => {
  it("uses Strava's own hosts when nothing is set: OAuth on www.strava.com, the API chosen at run time", () => {
    expect(resolveStravaEndpoints({})).toEqual({
      oauthOrigin: 'https://www.strava.com',
      api: {
        kind: 'auto',
        legacy: 'https://www.strava.com/api/v3',
        next: NEW_API_BASES,
        nextFrom: Date.UTC(2027, 0, 4),
      },
    })
    expect(NEW_API_BASES).toContain('https://www.api-v3.strava.com')
  })

  it('puts the legacy /api/v3 path on STRAVA_BASE_URL when STRAVA_API_BASE_URL is not set', () => {
    expect(resolveStravaEndpoints({ STRAVA_BASE_URL: 'http://127.0.0.1:5000/' })).toEqual({
      oauthOrigin: 'http://127.0.0.1:5000',
      api: { kind: 'fixed', base: 'http://127.0.0.1:5000/api/v3' },
    })
  })

  it('uses STRAVA_API_BASE_URL as given, and Strava for OAuth unless STRAVA_BASE_URL says otherwise', () => {
    expect(resolveStravaEndpoints({ STRAVA_API_BASE_URL: 'https://api.example.test/v9/' })).toEqual(
      {
        oauthOrigin: 'https://www.strava.com',
        api: { kind: 'fixed', base: 'https://api.example.test/v9' },
      },
    )
    expect(
      resolveStravaEndpoints({
        STRAVA_BASE_URL: 'http://127.0.0.1:5000',
        STRAVA_API_BASE_URL: 'http://127.0.0.1:5001',
      }),
    ).toEqual({
      oauthOrigin: 'http://127.0.0.1:5000',
      api: { kind: 'fixed', base: 'http://127.0.0.1:5001' },
    })
  })

  it('refuses addresses that would send tokens in the clear or somewhere odd, with one sentence', () => {
    for (const [name, value, message] of [
      ['STRAVA_BASE_URL', 'not a url', /STRAVA_BASE_URL is not a valid URL/],
      ['STRAVA_BASE_URL', 'http://strava.example', /must use https/],
      ['STRAVA_API_BASE_URL', 'http://10.0.0.1/api', /must use https/],
      ['STRAVA_API_BASE_URL', 'https://api.example.test/?x=1', /query or fragment/],
      ['STRAVA_API_BASE_URL', 'https://user:pw@api.example.test', /user name or password/],
      ['STRAVA_API_BASE_URL', 'ftp://api.example.test', /must use https/],
    ] as const) {
      expect(() => resolveStravaEndpoints({ [name]: value }), value).toThrow(message)
    }
  })
})

describe('apiUrl', () => {
  it('keeps the base path and encodes the query', () => {
    expect(
      apiUrl('https://www.strava.com/api/v3', '/athlete/activities', { page: 2, x: undefined })
        .href,
    ).toBe('https://www.strava.com/api/v3/athlete/activities?page=2')
    expect(apiUrl('https://www.api-v3.strava.com', '/activities/17179869184/streams').href).toBe(
      'https://www.api-v3.strava.com/activities/17179869184/streams',
    )
  })
})
