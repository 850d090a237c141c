// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DetailSources } from '../../../../src/renderer/src/activities/detail-sources'
import { makeActivity } from '../fake-api'

afterEach(() => cleanup())

describe('where an activity’s parts came from', () => {
  it('names each source once, with the parts it gave', () => {
    const detail = makeActivity({
      source: 'strava',
      hasOriginal: true,
      origins: {
        streams: 'file',
        description: 'export',
        laps: 'file',
        device: 'file',
        calories: 'strava',
        gear: 'export',
      },
    })
    const { container } = render(<DetailSources detail={detail} />)
    expect(container.textContent).toBe(
      'From Strava: summary, calories · From your Strava export: description, gear · From your file: GPS and sensor data, laps, device · original file kept',
    )
  })
})
