/** The one athlete the emulator knows. */
import type { AthleteName } from './types'

export const ATHLETE_ID = 134815

const BASE = {
  id: ATHLETE_ID,
  username: 'zoe_angstrom',
  firstname: 'Zoë',
  lastname: 'Ångström-Nakamura',
  bio: '',
  city: 'Köln',
  state: 'Nordrhein-Westfalen',
  country: 'Germany',
  sex: 'F',
  premium: true,
  summit: true,
  created_at: '2014-03-09T08:12:44Z',
  updated_at: '2026-10-02T17:45:10Z',
  badge_type_id: 1,
  weight: 58.5,
  profile_medium: 'https://dgalywyr863hv.cloudfront.net/pictures/athletes/134815/3518/2/medium.jpg',
  profile: 'https://dgalywyr863hv.cloudfront.net/pictures/athletes/134815/3518/2/large.jpg',
  friend: null,
  follower: null,
}

/** The summary athlete embedded in a token response. */
export function athleteSummary(name?: AthleteName): Record<string, unknown> {
  return { ...BASE, ...name, resource_state: 2 }
}

/** GET /api/v3/athlete. */
export function athleteDetail(name?: AthleteName): Record<string, unknown> {
  return {
    ...BASE,
    ...name,
    resource_state: 3,
    follower_count: 87,
    friend_count: 112,
    measurement_preference: 'meters',
    ftp: 242,
    clubs: [],
    bikes: [],
    shoes: [],
  }
}
